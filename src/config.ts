/**
 * Configuration files: discovery (lilconfig, from the working directory upward), validation (schemas.ts) and
 * the mapping onto CredenceOptions. A bad file is a UsageError naming the file, the key and what was
 * expected, so a newsroom's CI fails with a message an editor can act on rather than a stack trace.
 *
 * The YAML parser and the schemas are loaded only when a file is found: together they are a fifth of a cold
 * start, and most runs have no configuration file.
 */
import { lilconfig, type Loader } from 'lilconfig';
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { DisclosurePattern } from './analyze/disclosure-patterns.js';
import type { PolarityPair } from './analyze/claims.js';
import type { CredenceOptions } from './engine.js';
import { UsageError } from './errors.js';
import { DEFAULT_MAX_FILE_SIZE } from './read.js';
import { RULES } from './rules/index.js';
import type { SeverityOrOff } from './types.js';
import type { ConfigFile } from './schemas.js';
import { DEFAULT_EXTENSIONS, DEFAULT_IGNORE_FILES, displayPath } from './walk.js';

export type { ConfigFile } from './schemas.js';

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

async function parseYamlOrJson(filepath: string, content: string): Promise<unknown> {
  const { parse: parseYaml } = await import('yaml');
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
  const { parseConfig } = await import('./schemas.js');
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
