/**
 * The shapes of the files credence reads (configuration and baseline), as zod schemas, with messages that
 * name the key and what was expected. Imported only when such a file exists: zod alone is ≈ 120 ms of a cold
 * start.
 *
 * zod rather than ajv: the schema lives next to the TypeScript types it produces (no hand-kept JSON schema
 * drifting from the interfaces), and the checks that JSON Schema cannot express — a regular expression that
 * compiles, an example that its own pattern matches, a calendar date that exists — sit in the same place.
 */
import { z } from 'zod';
import { DISCLOSURE_PATTERNS } from './analyze/disclosure-patterns.js';
import type { ConfiguredSeverity } from './config.js';
import { UsageError } from './errors.js';
import type { DisclosureKind } from './types.js';
import type { Baseline } from './baseline.js';

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


const BaselineSchema = z.strictObject({
  version: z.literal(1, 'expected 1'),
  files: z.record(z.string(), z.record(z.string(), z.record(z.string().regex(/^[0-9a-f]{16}$/, 'expected a 16-digit hex fingerprint'), z.strictObject({
    count: z.int().positive('expected a positive count'),
    excerpt: z.string(),
  })))),
});

/** Validates a parsed baseline file; `where` names it in messages. */
export function parseBaseline(raw: unknown, where: string): Baseline {
  const r = BaselineSchema.safeParse(raw);
  if (!r.success) throw new UsageError(`invalid baseline ${where}: ${describeIssue(r.error.issues[0]!)}`);
  return r.data as Baseline;
}
