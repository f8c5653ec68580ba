/**
 * The library API: the CLI is a thin shell over `analyze()`. Stages run in order (walk → read → analyse →
 * cross-check → rules → report) and only plain data passes between them.
 */
import { analyzeArticle, type AnalyzeOptions } from './analyze/index.js';
import { compilePatterns } from './analyze/disclosures.js';
import type { DisclosurePattern } from './analyze/disclosure-patterns.js';
import { POLARITY_PAIRS, type PolarityPair } from './analyze/claims.js';
import { buildIndex } from './crosscheck/index.js';
import { UsageError } from './errors.js';
import { readArticle, DEFAULT_MAX_FILE_SIZE } from './read.js';
import { buildReport, type Report } from './report.js';
import { RULES } from './rules/index.js';
import type { ArticleAnalysis, Finding, Notice, SeverityOrOff } from './types.js';
import { VERSION } from './version.js';
import { walk, DEFAULT_EXTENSIONS, type WalkedFile } from './walk.js';

export interface CredenceOptions {
  cwd?: string;
  extensions?: string[];
  ignore?: string[];
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
  const { files, notices } = await walk(paths, { cwd, extensions: opts.extensions ?? DEFAULT_EXTENSIONS, ignore: opts.ignore ?? [] });
  if (files.length === 0) {
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

export async function analyzeFiles(files: WalkedFile[], opts: CredenceOptions, notices: Notice[]): Promise<ArticleAnalysis[]> {
  const aopts = analyzeOptions(opts);
  const out: ArticleAnalysis[] = [];
  let done = 0;
  for (const f of files) {
    const r = await readArticle(f.abs, opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    done++;
    if (!r.ok) {
      notices.push({ path: f.rel, level: 'skipped', message: r.reason });
      opts.onProgress?.(done, files.length);
      continue;
    }
    for (const w of r.warnings) notices.push({ path: f.rel, level: 'warning', message: w });
    try {
      out.push(analyzeArticle(f.rel, r.text, aopts));
    } catch (e) {
      notices.push({ path: f.rel, level: 'error', message: `internal error while analysing: ${(e as Error).message}` });
    }
    opts.onProgress?.(done, files.length);
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
  const report = buildReport(VERSION, articles, index, findings, notices, reportOn);
  const t2 = performance.now();
  if (opts.timings) {
    opts.timings.crosscheck = (opts.timings.crosscheck ?? 0) + (t1 - t0);
    opts.timings.rules = (opts.timings.rules ?? 0) + (t2 - t1);
  }
  return report;
}

/** Analyse files, folders or globs and return the report that `--format json` prints. */
export async function analyze(paths: string[], opts: CredenceOptions = {}): Promise<Report> {
  const t0 = performance.now();
  const { files, notices } = await collect(paths, opts);
  const t1 = performance.now();
  const articles = await analyzeFiles(files, opts, notices);
  const t2 = performance.now();
  if (opts.timings) {
    opts.timings.walk = t1 - t0;
    opts.timings.analyze = t2 - t1;
  }
  return judge(articles, opts, notices);
}
