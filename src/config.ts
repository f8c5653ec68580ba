/**
 * Configuration files: discovery (lilconfig, from the working directory upward), validation (zod) and the
 * mapping onto CredenceOptions. A bad file is a UsageError naming the file, the key and what was expected,
 * so a newsroom's CI fails with a message an editor can act on rather than a stack trace.
 *
 * zod rather than ajv: the schema lives next to the TypeScript types it produces (no hand-kept JSON schema
 * drifting from the interfaces), and the checks that JSON Schema cannot express — a regular expression that
 * compiles, an example that its own pattern matches, a calendar date that exists — sit in the same place.
 */
import { lilconfig, type Loader } from 'lilconfig';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { DISCLOSURE_PATTERNS, type DisclosurePattern } from './analyze/disclosure-patterns.js';
import type { PolarityPair } from './analyze/claims.js';
import type { CredenceOptions } from './engine.js';
import { UsageError } from './errors.js';
import { DEFAULT_MAX_FILE_SIZE } from './read.js';
import { RULES } from './rules/index.js';
import type { DisclosureKind, SeverityOrOff } from './types.js';
import { DEFAULT_EXTENSIONS, DEFAULT_IGNORE_FILES, displayPath } from './walk.js';

export const CONFIG_NAME = 'credence';

/** Searched in this order in each folder, from the working directory up to the home folder (or the root). */
export const SEARCH_PLACES = [
  'credence.config.json',
  '.credencerc',
  '.credencerc.json',
  '.credencerc.yaml',
  '.credencerc.yml',
  'package.json',
];

/** "default" keeps the rule's own severity (unsupported-number: warning, or note when attributed). */
export type ConfiguredSeverity = SeverityOrOff | 'default';
const SEVERITIES = ['error', 'warning', 'note', 'off', 'default'] as const satisfies readonly ConfiguredSeverity[];

const DISCLOSURE_KINDS = ['auto', 'text', 'partial', 'image', 'translation', 'audio', 'byline'] as const satisfies readonly (DisclosureKind | 'auto')[];
// Fails to compile when a kind is added to DisclosureKind and not here.
const allKindsListed: Exclude<DisclosureKind, (typeof DISCLOSURE_KINDS)[number]> extends never ? true : never = true;
void allKindsListed;

function strict<T extends z.ZodRawShape>(shape: T) {
  const keys = Object.keys(shape);
  return z.strictObject(shape, {
    error: (iss) => (iss.code === 'unrecognized_keys' ? `unknown key (expected ${keys.length ? `one of: ${keys.join(', ')}` : 'no options'})` : undefined),
  });
}

/** A regular-expression source that compiles with every set of flags its consumer uses. */
function regexSource(flagSets: string[]) {
  return z.string().min(1, 'expected a non-empty regular expression').superRefine((src, ctx) => {
    for (const flags of flagSets) {
      try {
        new RegExp(src, flags);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: `expected a valid regular expression (${(e as Error).message})` });
        return;
      }
    }
  });
}

const BUILTIN_PATTERN_IDS = new Set(DISCLOSURE_PATTERNS.map((p) => p.id));

// Same flags as analyze/disclosures.ts compilePatterns().
const DisclosurePatternSchema = strict({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id of letters, digits and hyphens')
    .refine((id) => !BUILTIN_PATTERN_IDS.has(id), 'expected an id not already used by a built-in pattern'),
  kind: z.enum(DISCLOSURE_KINDS, { error: () => `expected one of: ${DISCLOSURE_KINDS.join(', ')}` }),
  form: z.enum(['deictic', 'label', 'persona'], { error: () => 'expected one of: deictic, label, persona' }),
  pattern: regexSource(['iu']),
  example: z.string().min(1, 'expected a non-empty example'),
}).superRefine((p, ctx) => {
  let re: RegExp;
  try {
    re = new RegExp(p.pattern, 'iu');
  } catch {
    return; // reported on `pattern`
  }
  if (!re.test(p.example)) ctx.addIssue({ code: 'custom', path: ['example'], message: 'expected an example that the pattern matches (it does not)' });
});

// Same flags as analyze/claims.ts: 'gi' to scan sentences, 'iu' when the object is embedded.
const PolarityPairSchema = strict({
  family: z.string().min(1, 'expected a non-empty family name'),
  positive: regexSource(['gi', 'iu']),
  negative: regexSource(['gi', 'iu']),
  object: regexSource(['i', 'iu']).optional(),
});

const severitySchema = z.enum(SEVERITIES, { error: () => `expected one of: ${SEVERITIES.map((s) => `"${s}"`).join(', ')}` });

/** Options each rule accepts; a test checks that every rule has an entry. */
export const RULE_OPTIONS: Record<string, z.ZodType> = {
  'ai-disclosure': strict({ patterns: z.array(DisclosurePatternSchema).optional() }),
  'ai-artifact': strict({}),
  'unsupported-number': strict({
    minSources: z.int('expected a whole number').min(1, 'expected a whole number ≥ 1').optional(),
    ignoreAttributed: z.boolean('expected true or false').optional(),
  }),
  contradiction: strict({ antonymPairs: z.array(PolarityPairSchema).optional() }),
};

function ruleEntry<T extends z.ZodType>(options: T) {
  return z.union([severitySchema, z.tuple([severitySchema, options.optional()])], {
    error: () => 'expected a severity ("error", "warning", "note", "off", "default") or ["<severity>", {options}]',
  });
}

const RulesSchema = strict(Object.fromEntries(Object.entries(RULE_OPTIONS).map(([id, options]) => [id, ruleEntry(options).optional()])));

function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const patternList = z.array(z.string().min(1, 'expected a non-empty pattern'), 'expected a list of gitignore-style patterns');

export const ConfigSchema = strict({
  /** Lets editors validate the file; ignored by credence. */
  $schema: z.string().optional(),
  rules: RulesSchema.optional(),
  include: patternList.optional(),
  exclude: patternList.optional(),
  extensions: z.array(z.string().regex(/^\.?[A-Za-z0-9][A-Za-z0-9_-]*$/, 'expected an extension such as "txt"'), 'expected a list of extensions')
    .min(1, 'expected at least one extension').optional(),
  date: z.string('expected a date as "YYYY-MM-DD"').regex(/^\d{4}-\d\d-\d\d$/, 'expected a date as "YYYY-MM-DD"')
    .refine(isCalendarDate, 'expected a date that exists').optional(),
  maxFileSize: z.int('expected a whole number of bytes').positive('expected a positive number of bytes').optional(),
  requireDirectiveReason: z.boolean('expected true or false').optional(),
  reportUnusedDisableDirectives: z.boolean('expected true or false').optional(),
  gitignore: z.boolean('expected true or false').optional(),
});

export type ConfigFile = z.infer<typeof ConfigSchema>;

export interface RuleSetting {
  severity: ConfiguredSeverity;
  options: Record<string, unknown>;
}

/** The settings after defaults, file and command line are merged. */
export interface ResolvedConfig {
  /** Absolute path of the file the settings came from, or null when none was found. */
  filepath: string | null;
  /** Folder that `include` and `exclude` are relative to: the config file's, or the working directory. */
  baseDir: string;
  rules: Record<string, RuleSetting>;
  include: string[];
  exclude: string[];
  extensions: string[];
  date: string | null;
  maxFileSize: number;
  requireDirectiveReason: boolean;
  reportUnusedDisableDirectives: boolean;
  gitignore: boolean;
}

export interface CommandLineSettings {
  rules?: Record<string, SeverityOrOff>;
  extensions?: string[];
  date?: string;
  maxFileSize?: number;
  gitignore?: boolean;
  reportUnusedDisableDirectives?: boolean;
}

function formatKey(keyPath: PropertyKey[]): string {
  let out = '';
  for (const k of keyPath) {
    if (typeof k === 'number') out += `[${k}]`;
    else out += out === '' ? String(k) : `.${String(k)}`;
  }
  return out || '(top level)';
}

type Issue = z.core.$ZodIssue;

/** The issue to show: inside a union, the branch that got furthest rather than "Invalid input". */
function mostSpecific(issue: Issue): Issue {
  if (issue.code !== 'invalid_union') return issue;
  // The branch that got deepest into the value is the one the author meant; at equal depth, one that did
  // not fail on the value's type ("strict" fails the severity list, not the [severity, options] shape).
  let best: Issue | null = null;
  let bestScore = -1;
  for (const branch of issue.errors) {
    const first = branch[0];
    if (!first) continue;
    const score = first.path.length * 2 + (first.code === 'invalid_type' ? 0 : 1);
    if (score > bestScore) {
      best = first;
      bestScore = score;
    }
  }
  if (!best || bestScore === 0) return issue;
  const inner = mostSpecific(best);
  return { ...inner, path: [...issue.path, ...inner.path] } as Issue;
}

export function describeIssue(issue: Issue): string {
  const i = mostSpecific(issue);
  let keyPath = i.path;
  if (i.code === 'unrecognized_keys') keyPath = [...i.path, i.keys[0]!];
  const message = i.message.replace(/^Invalid input: /, '').replace(/^Too (small|big): /, '');
  return `${formatKey(keyPath)}: ${message}`;
}

/** Validates a parsed config object; `where` names the file in messages. */
export function parseConfig(raw: unknown, where: string, keyPrefix = ''): ConfigFile {
  if (raw === undefined || raw === null) return {};
  const r = ConfigSchema.safeParse(raw);
  if (r.success) return r.data;
  const [first, ...rest] = r.error.issues;
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})` : '';
  throw new UsageError(`invalid configuration in ${where}: ${keyPrefix}${describeIssue(first!)}${more}`);
}

function parseYamlOrJson(filepath: string, content: string): unknown {
  try {
    return parseYaml(content.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ConfigReadError(filepath, `not valid YAML or JSON (${firstLine((e as Error).message).replace(/:$/, '')})`);
  }
}

function parseJson(filepath: string, content: string): unknown {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ConfigReadError(filepath, `not valid JSON (${firstLine((e as Error).message)})`);
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

class ConfigReadError extends Error {
  constructor(readonly filepath: string, readonly reason: string) {
    super(reason);
  }
}

const LOADERS: Record<string, Loader> = {
  '.json': parseJson,
  '.yaml': parseYamlOrJson,
  '.yml': parseYamlOrJson,
  noExt: parseYamlOrJson,
};

export interface FoundConfig {
  filepath: string;
  config: ConfigFile;
}

/** Finds (or, with `explicit`, loads) and validates the configuration. Null when there is none. */
export async function loadConfig(cwd: string, explicit?: string): Promise<FoundConfig | null> {
  const searcher = lilconfig(CONFIG_NAME, { searchPlaces: SEARCH_PLACES, loaders: LOADERS, cache: false });
  let result;
  try {
    if (explicit !== undefined) {
      const abs = path.resolve(cwd, explicit);
      const ext = path.extname(abs);
      if (ext !== '' && !(ext in LOADERS)) throw new UsageError(`--config ${explicit}: expected a .json, .yaml or .yml file (or a .credencerc)`);
      try {
        await access(abs);
      } catch (e) {
        throw new UsageError(`--config ${explicit}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
      result = await searcher.load(abs);
    } else {
      result = await searcher.search(cwd);
    }
  } catch (e) {
    if (e instanceof ConfigReadError) throw new UsageError(`invalid configuration in ${displayPath(cwd, e.filepath)}: ${e.reason}`);
    throw e;
  }
  if (!result) return null;
  const where = displayPath(cwd, result.filepath);
  const inPackage = path.basename(result.filepath) === 'package.json';
  if (inPackage && (result.config === undefined || result.config === null)) {
    if (explicit !== undefined) throw new UsageError(`invalid configuration in ${where}: no "${CONFIG_NAME}" key`);
    return null;
  }
  return { filepath: result.filepath, config: parseConfig(result.config, where, inPackage ? `${CONFIG_NAME}.` : '') };
}

function normaliseRule(entry: unknown): RuleSetting {
  if (typeof entry === 'string') return { severity: entry as ConfiguredSeverity, options: {} };
  const [severity, options] = entry as [ConfiguredSeverity, Record<string, unknown> | undefined];
  return { severity, options: options ?? {} };
}

/** Defaults, then the file, then the command line (which wins). */
export function resolveConfig(found: FoundConfig | null, cli: CommandLineSettings, cwd: string): ResolvedConfig {
  const file = found?.config ?? {};
  const rules: Record<string, RuleSetting> = {};
  for (const rule of RULES) {
    const entry = (file.rules as Record<string, unknown> | undefined)?.[rule.id];
    rules[rule.id] = entry !== undefined ? normaliseRule(entry) : { severity: 'default', options: {} };
    const override = cli.rules?.[rule.id];
    if (override) rules[rule.id] = { ...rules[rule.id]!, severity: override };
  }
  return {
    filepath: found?.filepath ?? null,
    baseDir: found ? path.dirname(found.filepath) : cwd,
    rules,
    include: file.include ?? [],
    exclude: [...(file.exclude ?? [])],
    extensions: cli.extensions ?? file.extensions?.map((e) => e.replace(/^\./, '')) ?? DEFAULT_EXTENSIONS,
    date: cli.date ?? file.date ?? null,
    maxFileSize: cli.maxFileSize ?? file.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    requireDirectiveReason: file.requireDirectiveReason ?? true,
    reportUnusedDisableDirectives: cli.reportUnusedDisableDirectives || (file.reportUnusedDisableDirectives ?? false),
    gitignore: cli.gitignore ?? file.gitignore ?? true,
  };
}

function ignoreFilesFor(config: ResolvedConfig): string[] {
  return config.gitignore ? DEFAULT_IGNORE_FILES : DEFAULT_IGNORE_FILES.filter((f) => f !== '.gitignore');
}

/** The engine's options for a resolved configuration (`ignore` holds the command line's --ignore patterns). */
export function toCredenceOptions(config: ResolvedConfig, cwd: string, ignore: string[] = []): CredenceOptions {
  const severities: Record<string, SeverityOrOff> = {};
  const ruleOptions: Record<string, Record<string, unknown>> = {};
  for (const [id, s] of Object.entries(config.rules)) {
    if (s.severity !== 'default') severities[id] = s.severity;
    const { patterns, antonymPairs, ...rest } = s.options;
    void patterns;
    void antonymPairs;
    if (Object.keys(rest).length) ruleOptions[id] = rest;
  }
  const disclosurePatterns = (config.rules['ai-disclosure']?.options.patterns as DisclosurePattern[] | undefined) ?? [];
  const polarityPairs = (config.rules.contradiction?.options.antonymPairs as PolarityPair[] | undefined) ?? [];
  return {
    cwd,
    extensions: config.extensions,
    ignore,
    ignoreFiles: ignoreFilesFor(config),
    ...(config.exclude.length ? { ignoreRules: [{ base: config.baseDir, patterns: config.exclude }] } : {}),
    ...(config.include.length ? { include: { base: config.baseDir, patterns: config.include } } : {}),
    referenceDate: config.date,
    maxFileSize: config.maxFileSize,
    rules: severities,
    ruleOptions,
    disclosurePatterns,
    polarityPairs,
    directives: { requireReason: config.requireDirectiveReason, reportUnused: config.reportUnusedDisableDirectives },
  };
}

/** What `--print-config` shows: the merged settings in the config file's own shape, paths relative to cwd. */
export function printableConfig(config: ResolvedConfig, cwd: string, ignore: string[]): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const [id, s] of Object.entries(config.rules)) rules[id] = [s.severity, s.options];
  return {
    configFile: config.filepath ? displayPath(cwd, config.filepath) : null,
    baseDir: displayPath(cwd, config.baseDir),
    rules,
    include: config.include,
    exclude: config.exclude,
    ignore,
    extensions: config.extensions,
    date: config.date,
    maxFileSize: config.maxFileSize,
    requireDirectiveReason: config.requireDirectiveReason,
    reportUnusedDisableDirectives: config.reportUnusedDisableDirectives,
    gitignore: config.gitignore,
    ignoreFiles: ignoreFilesFor(config),
  };
}
