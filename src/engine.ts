/**
 * The library API: the CLI is a thin shell over `analyze()`. Stages run in order (walk → read → analyse →
 * cross-check → rules → report) and only plain data passes between them.
 */
import path from 'node:path';
import { analyzeArticle, type AnalyzeOptions } from './analyze/index.js';
import { compilePatterns } from './analyze/disclosures.js';
import type { DisclosurePattern } from './analyze/disclosure-patterns.js';
import { POLARITY_PAIRS, type PolarityPair } from './analyze/claims.js';
import { buildIndex } from './crosscheck/index.js';
import { UsageError } from './errors.js';
import { decode, readArticle, DEFAULT_MAX_FILE_SIZE, type ReadResult } from './read.js';
import { buildReport, type Report } from './report.js';
import { RULES, RULE_IDS } from './rules/index.js';
import { applyDirectives, maskDirectives, type DirectiveOptions } from './suppress.js';
import { lineStarts } from './text/lines.js';
import type { ArticleAnalysis, Finding, Notice, SeverityOrOff } from './types.js';
import { VERSION } from './version.js';
import { walk, displayPath, DEFAULT_EXTENSIONS, DEFAULT_IGNORE_FILES, type IgnoreRules, type WalkedFile } from './walk.js';

/** An article that is not (only) on disk: stdin, an editor's unsaved buffer. */
export interface TextInput {
  /** Shown in the report; relative to `cwd`. When a walked file has the same path, this text replaces it. */
  path: string;
  /** The text, or raw bytes to decode as a file's would be (BOM, UTF-16, Windows-1252). */
  text: string | Uint8Array;
}

export interface CredenceOptions {
  cwd?: string;
  extensions?: string[];
  /** gitignore-style patterns relative to `cwd`. */
  ignore?: string[];
  /** Ignore files honoured while walking (default `.gitignore` and `.credenceignore`; [] for none). */
  ignoreFiles?: string[];
  /** gitignore-style patterns relative to their own folder (a config file's `exclude`). */
  ignoreRules?: IgnoreRules[];
  /** gitignore-style patterns a file found in a folder must match (a config file's `include`). */
  include?: IgnoreRules;
  /** Articles given as text rather than found on disk (stdin). */
  inputs?: TextInput[];
  /** Inline `credence-disable` directives (see suppress.ts); honoured with a reason by default. */
  directives?: DirectiveOptions;
  /** YYYY-MM-DD: resolves relative dates in articles that state no date of their own. */
  referenceDate?: string | null;
  maxFileSize?: number;
  /** Per-rule severity override, or 'off'. */
  rules?: Record<string, SeverityOrOff>;
  ruleOptions?: Record<string, Record<string, unknown>>;
  disclosurePatterns?: DisclosurePattern[];
  polarityPairs?: PolarityPair[];
  /** Only these files get findings; the others are context (`check --against`). */
  reportOnly?: (path: string) => boolean;
  /** Called after each article is analysed (progress bars). */
  onProgress?: (done: number, total: number) => void;
  /** Timings per stage, in ms, for the benchmark. */
  timings?: Record<string, number>;
}

export interface Loaded {
  files: WalkedFile[];
  notices: Notice[];
}

export async function collect(paths: string[], opts: CredenceOptions): Promise<Loaded> {
  const cwd = opts.cwd ?? process.cwd();
  if (paths.length === 0 && opts.inputs?.length) return { files: [], notices: [] };
  const { files, notices } = await walk(paths, {
    cwd, extensions: opts.extensions ?? DEFAULT_EXTENSIONS, ignore: opts.ignore ?? [],
    ignoreFiles: opts.ignoreFiles ?? DEFAULT_IGNORE_FILES,
    ...(opts.ignoreRules ? { ignoreRules: opts.ignoreRules } : {}),
    ...(opts.include ? { include: opts.include } : {}),
  });
  if (files.length === 0 && !opts.inputs?.length) {
    throw new UsageError(`no article files matched ${paths.map((p) => JSON.stringify(p)).join(', ')} (extensions: ${(opts.extensions ?? DEFAULT_EXTENSIONS).join(', ')})`);
  }
  return { files, notices };
}

function analyzeOptions(opts: CredenceOptions): AnalyzeOptions {
  return {
    referenceDate: opts.referenceDate ?? null,
    ...(opts.disclosurePatterns?.length ? { disclosurePatterns: compilePatterns(opts.disclosurePatterns) } : {}),
    ...(opts.polarityPairs?.length ? { polarityPairs: [...POLARITY_PAIRS, ...opts.polarityPairs] } : {}),
  };
}

function readInput(input: TextInput, maxFileSize: number): ReadResult {
  if (typeof input.text !== 'string') {
    if (input.text.length > maxFileSize) return { ok: false, reason: `larger than --max-file-size (${input.text.length} > ${maxFileSize} bytes)` };
    return decode(input.text);
  }
  if (input.text.trim() === '') return { ok: false, reason: 'no text (whitespace only)' };
  return { ok: true, text: input.text, encoding: 'string', warnings: [] };
}

/** Reads and analyses files (and `opts.inputs`, which replace files of the same path), in path order. */
export async function analyzeFiles(files: WalkedFile[], opts: CredenceOptions, notices: Notice[]): Promise<ArticleAnalysis[]> {
  const aopts = analyzeOptions(opts);
  const cwd = opts.cwd ?? process.cwd();
  const maxFileSize = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const inputs = new Map((opts.inputs ?? []).map((i) => [displayPath(cwd, path.resolve(cwd, i.path)), i]));
  type Source = { rel: string; read: () => Promise<ReadResult> };
  const sources: Source[] = [
    ...files.filter((f) => !inputs.has(f.rel)).map((f) => ({ rel: f.rel, read: () => readArticle(f.abs, maxFileSize) })),
    ...[...inputs].map(([rel, i]) => ({ rel, read: async () => readInput(i, maxFileSize) })),
  ].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const out: ArticleAnalysis[] = [];
  let done = 0;
  for (const f of sources) {
    const r = await f.read();
    done++;
    if (!r.ok) {
      notices.push({ path: f.rel, level: 'skipped', message: r.reason });
      opts.onProgress?.(done, sources.length);
      continue;
    }
    for (const w of r.warnings) notices.push({ path: f.rel, level: 'warning', message: w });
    try {
      // Directives are analysed as blanks, but the article keeps its text (for excerpts and the directives).
      const masked = maskDirectives(r.text, lineStarts(r.text));
      const a = analyzeArticle(f.rel, masked, aopts);
      out.push(masked === r.text ? a : { ...a, text: r.text });
    } catch (e) {
      notices.push({ path: f.rel, level: 'error', message: `internal error while analysing: ${(e as Error).message}` });
    }
    opts.onProgress?.(done, sources.length);
  }
  return out;
}

/** Cross-check and rules over analysed articles (also the entry point for `--from-extractions`). */
export function judge(articles: ArticleAnalysis[], opts: CredenceOptions, notices: Notice[]): Report {
  const t0 = performance.now();
  const index = buildIndex(articles);
  const t1 = performance.now();
  const reportOn = opts.reportOnly ? new Set(articles.map((a, i) => (opts.reportOnly!(a.path) ? i : -1)).filter((i) => i >= 0)) : undefined;
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = opts.rules?.[rule.id];
    if (setting === 'off') continue;
    const ctx = { articles, index, options: opts.ruleOptions?.[rule.id] ?? {}, ...(reportOn ? { reportOn } : {}) };
    for (const f of rule.check(ctx)) findings.push(setting ? { ...f, severity: setting } : f);
  }
  const kept = applyDirectives(articles, findings, RULE_IDS, opts.directives ?? {}, notices, reportOn);
  const report = buildReport(VERSION, articles, index, kept, notices, reportOn);
  const t2 = performance.now();
  if (opts.timings) {
    opts.timings.crosscheck = (opts.timings.crosscheck ?? 0) + (t1 - t0);
    opts.timings.rules = (opts.timings.rules ?? 0) + (t2 - t1);
  }
  return report;
}

/** Walk, read and analyse: every article's own data, before any cross-checking. */
export async function load(paths: string[], opts: CredenceOptions = {}): Promise<{ articles: ArticleAnalysis[]; notices: Notice[] }> {
  const t0 = performance.now();
  const { files, notices } = await collect(paths, opts);
  const t1 = performance.now();
  const articles = await analyzeFiles(files, opts, notices);
  const t2 = performance.now();
  if (opts.timings) {
    opts.timings.walk = t1 - t0;
    opts.timings.analyze = t2 - t1;
  }
  return { articles, notices };
}

/** Analyse files, folders or globs (and `opts.inputs`) and return the report that `--format json` prints. */
export async function analyze(paths: string[], opts: CredenceOptions = {}): Promise<Report> {
  const { articles, notices } = await load(paths, opts);
  return judge(articles, opts, notices);
}
