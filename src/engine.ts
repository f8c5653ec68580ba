/**
 * The library API: the CLI is a thin shell over `analyze()`. Stages run in order (walk → read → analyse →
 * cross-check → rules → report) and only plain data passes between them.
 */
import path from 'node:path';
import type { DisclosurePattern } from './analyze/disclosure-patterns.js';
import type { PolarityPair } from './analyze/claims.js';
import { cacheNamespace, defaultCacheDir } from './cache.js';
import { buildIndex } from './crosscheck/index.js';
import { UsageError } from './errors.js';
import { DEFAULT_MAX_FILE_SIZE } from './read.js';
import { buildReportInParts, type Report, type ReportInParts } from './report.js';
import { RULES, RULE_IDS } from './rules/index.js';
import { applyDirectives, type DirectiveOptions } from './suppress.js';
import type { ArticleAnalysis, Finding, Notice, SeverityOrOff } from './types.js';
import { VERSION } from './version.js';
import { walk, displayPath, DEFAULT_EXTENSIONS, DEFAULT_IGNORE_FILES, type IgnoreRules, type WalkedFile } from './walk.js';
import { runInWorkers, workersAvailable } from './workers/pool.js';
import type { ArticleOutcome, ArticleSource, TaskSettings } from './workers/task.js';

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
  /**
   * Threads for per-article analysis (default 1: the calling thread). Above 1, articles are analysed in
   * worker threads once there are enough of them to repay starting the threads (see MIN_ARTICLES_PER_THREAD);
   * the report is the same whatever the number.
   */
  jobs?: number;
  /** Reuse per-article analyses from earlier runs (see cache.ts), stored in `cacheLocation`. */
  cache?: boolean;
  /** Folder of the cache (default: node_modules/.cache/credence of the nearest package, see defaultCacheDir). */
  cacheLocation?: string;
  /**
   * Called with each article, in path order, as soon as it and every article before it are done. With it,
   * analyzeFiles keeps nothing and returns [] (`extract --full` streams an archive in bounded memory).
   */
  onArticle?: (article: ArticleAnalysis) => void;
  /** Called after each article is analysed (progress bars). */
  onProgress?: (done: number, total: number) => void;
  /** Timings per stage, in ms, for the benchmark. */
  timings?: Record<string, number>;
  /** Filled in by the run: what was analysed, what came from the cache, on how many threads. */
  stats?: RunStats;
}

export interface RunStats {
  /** Articles analysed in this run. */
  analysed: number;
  /** Articles whose analysis came from the cache. */
  cached: number;
  /** Threads that analysed articles (1: the calling thread). */
  threads: number;
  /** The cache folder, when the cache is on. */
  cacheDir: string | null;
  /** Why the cache could not be written, when it could not (the run goes on without it). */
  cacheWriteError: string | null;
}

/**
 * Below this many articles per extra thread, starting workers (each loads the NLP model and warms its
 * regular expressions, ≈0.4 s of CPU) costs more than it saves: a few dozen articles are analysed in the
 * calling thread in that time.
 */
export const MIN_ARTICLES_PER_THREAD = 32;

/** How many threads analyse `count` articles when `jobs` are asked for. */
export function threadsFor(jobs: number | undefined, count: number): number {
  const asked = Math.max(1, Math.floor(jobs ?? 1));
  if (asked === 1 || !workersAvailable()) return 1;
  const useful = Math.floor(count / MIN_ARTICLES_PER_THREAD);
  return useful < 2 ? 1 : Math.min(asked, useful);
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

function taskSettings(opts: CredenceOptions): TaskSettings {
  const inputs = { referenceDate: opts.referenceDate ?? null, disclosurePatterns: opts.disclosurePatterns ?? [], polarityPairs: opts.polarityPairs ?? [] };
  const cwd = opts.cwd ?? process.cwd();
  return {
    ...inputs,
    maxFileSize: opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    cache: opts.cache ? { dir: path.resolve(cwd, opts.cacheLocation ?? defaultCacheDir(cwd)), namespace: cacheNamespace(inputs) } : null,
  };
}

/** Reads and analyses files (and `opts.inputs`, which replace files of the same path), in path order. */
export async function analyzeFiles(files: WalkedFile[], opts: CredenceOptions, notices: Notice[]): Promise<ArticleAnalysis[]> {
  const cwd = opts.cwd ?? process.cwd();
  const settings = taskSettings(opts);
  const inputs = new Map((opts.inputs ?? []).map((i) => [displayPath(cwd, path.resolve(cwd, i.path)), i]));
  const sources: ArticleSource[] = [
    ...files.filter((f) => !inputs.has(f.rel)).map((f) => ({ rel: f.rel, abs: f.abs })),
    ...[...inputs].map(([rel, i]) => ({ rel, text: i.text })),
  ].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  // Outcomes arrive in any order from the threads; they are released in path order as the prefix completes.
  const outcomes: Array<ArticleOutcome | null> = new Array(sources.length).fill(null);
  const threads = threadsFor(opts.jobs, sources.length);
  const out: ArticleAnalysis[] = [];
  let done = 0;
  let next = 0;
  let cached = 0;
  let analysed = 0;
  let cacheWriteError: string | null = null;
  // Memory (bench): every article's keywords are common words, made as strings of their own in each analysis
  // (or each thread's copy of it); kept as one string per word, 2.8 MB less live on 3,000 Reuters files
  const words = new Map<string, string>();
  const settle = (i: number, o: ArticleOutcome): void => {
    outcomes[i] = o;
    for (; next < sources.length && outcomes[next]; next++) {
      const ready = outcomes[next]!;
      outcomes[next] = null;
      notices.push(...ready.notices);
      if (!ready.analysis) continue;
      if (ready.cached) cached++;
      else analysed++;
      if (opts.onArticle) opts.onArticle(ready.analysis);
      else out.push(withSharedWords(ready.analysis, words));
    }
    opts.onProgress?.(++done, sources.length);
  };
  let inThisThread = sources.map((_, i) => i);
  if (threads > 1) {
    inThisThread = await runInWorkers(sources, settings, threads, { onOutcome: settle, onCacheError: (m) => (cacheWriteError ??= m) });
  }
  if (inThisThread.length) {
    // loaded here, not at the top: a run on worker threads never loads the NLP model in the main thread
    const { ArticleAnalyser } = await import('./workers/task.js');
    const analyser = new ArticleAnalyser(settings);
    for (const i of inThisThread) settle(i, await analyser.run(sources[i]!));
    cacheWriteError ??= analyser.cache?.writeError ?? null;
  }
  if (opts.stats) {
    Object.assign(opts.stats, { analysed, cached, threads, cacheDir: settings.cache?.dir ?? null, cacheWriteError } satisfies RunStats);
  }
  return out;
}

/** The analysis with each keyword replaced by the first string seen with its letters. */
function withSharedWords(a: ArticleAnalysis, words: Map<string, string>): ArticleAnalysis {
  const keywords = a.keywords;
  if (!keywords) return a;
  for (let i = 0; i < keywords.length; i++) {
    const w = keywords[i]!;
    const seen = words.get(w);
    if (seen === undefined) words.set(w, w);
    else keywords[i] = seen;
  }
  return a;
}

/** Cross-check and rules over analysed articles (also the entry point for `--from-extractions`). */
export function judge(articles: ArticleAnalysis[], opts: CredenceOptions, notices: Notice[]): Report {
  const { report, withDetails } = judgeInParts(articles, opts, notices);
  return { ...report, articles: report.articles.map(withDetails) };
}

/** judge, with each article's figures and dates given when asked for (see ReportInParts): what the CLI prints. */
export function judgeInParts(articles: ArticleAnalysis[], opts: CredenceOptions, notices: Notice[]): ReportInParts {
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
  const parts = buildReportInParts(VERSION, articles, index, kept, notices, reportOn);
  const t2 = performance.now();
  if (opts.timings) {
    opts.timings.crosscheck = (opts.timings.crosscheck ?? 0) + (t1 - t0);
    opts.timings.rules = (opts.timings.rules ?? 0) + (t2 - t1);
  }
  return parts;
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

/** analyze, with each article's figures and dates given when asked for (see ReportInParts). */
export async function analyzeInParts(paths: string[], opts: CredenceOptions = {}): Promise<ReportInParts> {
  const { articles, notices } = await load(paths, opts);
  return judgeInParts(articles, opts, notices);
}
