/**
 * The report commands (`credence PATH…` and `credence check`): analyse, then baseline, then --quiet, then
 * format and decide the exit code — in that order, so a baseline records and hides findings whatever the
 * display flags, and --max-warnings counts what is shown (as in ESLint, --quiet leaves no warnings to count).
 */
import { closeSync, existsSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { applyBaseline, BaselinePaths, BASELINE_FILE, pruneBaseline, readBaseline, serialiseBaseline } from '../baseline.js';
import { analyzeInParts, collect, judgeInParts, load, type CredenceOptions, type RunStats } from '../engine.js';
import { readExtractions } from './extractions.js';
import { UsageError } from '../errors.js';
import { FORMATTERS } from '../formatters/index.js';
import { jsonChunks } from '../formatters/json.js';
import type { Report, ReportInParts } from '../report.js';
import { RULE_IDS } from '../rules/index.js';
import type { Severity } from '../types.js';
import { displayPath } from '../walk.js';
import { changedSince } from './git.js';
import { addColorOption, addInputOptions, colorWanted, failOnOption, resolveSettings, startProgress, type InputFlags } from './options.js';
import { filterFindings } from './report-filter.js';
import { takeStdin } from './stdin.js';
import { table } from '../text/table.js';

const LEVELS: Readonly<Record<string, number>> = table({ note: 1, warning: 2, error: 3, none: 99 });

/** Formats read by programs: no progress line while they go to stdout. */
export const MACHINE_FORMATS = new Set(['json', 'sarif', 'junit', 'github', 'jsonl']);

/** The cache is an optimisation: when it cannot be written the run goes on, and says so once. */
export function warnCacheWrite(stats: RunStats): void {
  if (stats.cacheWriteError) process.stderr.write(`credence: cache not written (${stats.cacheWriteError}); analysing without it\n`);
}

export function exitCodeFor(report: Report, failOn: string): number {
  const threshold = LEVELS[failOn] ?? 3;
  const worst = report.articles.flatMap((a) => a.findings).reduce((m, f) => Math.max(m, LEVELS[f.severity as Severity]!), 0);
  return worst >= threshold ? 1 : 0;
}

export interface ReportFlags extends InputFlags {
  format: string;
  outputFile?: string;
  failOn: string;
  maxWarnings?: string;
  quiet?: boolean;
  baseline?: string | false;
  pruneBaseline?: boolean;
  changedSince?: string;
}

export function addReportOptions(cmd: Command): Command {
  cmd
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(FORMATTERS)).default('stylish'))
    .option('-o, --output-file <path>', 'write the report to a file instead of stdout (the exit code is kept)')
    .addOption(failOnOption())
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings (after --quiet and the baseline)')
    .option('-q, --quiet', 'report errors only');
  addInputOptions(cmd, { rules: true, directives: true });
  cmd
    .option('--baseline <file>', `hide the findings recorded in this baseline (default: ${BASELINE_FILE} in the working directory, when present)`)
    .option('--no-baseline', 'do not read a baseline, even when one is present')
    .option('--prune-baseline', 'remove entries that no longer match a finding from the baseline used')
    .option('--changed-since <ref>', 'cross-check everything, but report only files changed since this git revision (and untracked ones)');
  return addColorOption(cmd);
}

function parseMaxWarnings(v: string | undefined): number | null {
  if (v === undefined) return null;
  if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings expects a whole number ≥ 0, got "${v}"`);
  return Number(v);
}

function emit(text: string | Iterable<string>, outputFile: string | undefined): void {
  if (typeof text === 'string') {
    if (outputFile) writeFileSync(outputFile, text);
    else process.stdout.write(text);
    return;
  }
  if (!outputFile) {
    for (const piece of text) process.stdout.write(piece);
    return;
  }
  const fd = openSync(outputFile, 'w');
  try {
    for (const piece of text) {
      const bytes = Buffer.from(piece);
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
    }
  } finally {
    closeSync(fd);
  }
}

interface BaselineChoice {
  file: string;
  explicit: boolean;
}

function baselineChoice(flags: ReportFlags, cwd: string): BaselineChoice | null {
  if (flags.baseline === false) {
    if (flags.pruneBaseline) throw new UsageError('--prune-baseline needs a baseline, but --no-baseline was given');
    return null;
  }
  if (typeof flags.baseline === 'string') return { file: path.resolve(cwd, flags.baseline), explicit: true };
  return { file: path.join(cwd, BASELINE_FILE), explicit: false };
}

/** Applies (and with --prune-baseline rewrites) the baseline; returns the report to show. */
async function withBaseline(report: Report, flags: ReportFlags, options: CredenceOptions, cwd: string): Promise<Report> {
  const choice = baselineChoice(flags, cwd);
  if (!choice) return report;
  const baseline = await readBaseline(choice.file, cwd);
  if (!baseline) {
    if (choice.explicit || flags.pruneBaseline) throw new UsageError(`baseline ${displayPath(cwd, choice.file)} does not exist (create it with: credence baseline PATH…)`);
    return report;
  }
  const paths = new BaselinePaths(cwd, path.dirname(choice.file));
  const applied = applyBaseline(report, baseline, paths);
  if (flags.pruneBaseline) {
    const analysed = new Set(report.articles.map((a) => paths.toBaseline(a.path)));
    const rulesRun = new Set(RULE_IDS.filter((id) => options.rules?.[id] !== 'off'));
    const pruned = pruneBaseline(baseline, applied.matched, analysed, rulesRun, (p) => existsSync(paths.toAbsolute(p)));
    writeFileSync(choice.file, serialiseBaseline(pruned.baseline));
    process.stderr.write(`credence: pruned ${pruned.removed} stale baseline entr${pruned.removed === 1 ? 'y' : 'ies'} from ${displayPath(cwd, choice.file)}\n`);
  }
  return applied.report;
}

export interface ReportRun {
  /** `check --against`: these are analysed as context, and only the files given as paths are reported. */
  against?: string[];
  /** `check --from-extractions`: analyses read from extraction records instead of from the articles. */
  extractions?: string[];
}

/** Everything after argument parsing for `credence PATH…` and `credence check`. */
export async function runReport(argPaths: string[], flags: ReportFlags, run: ReportRun = {}): Promise<number> {
  const settings = await resolveSettings(flags);
  if (flags.printConfig) {
    emit(JSON.stringify(settings.printable, null, 2) + '\n', flags.outputFile);
    return 0;
  }
  const { cwd, config } = settings;
  const maxWarnings = parseMaxWarnings(flags.maxWarnings);
  if (run.extractions?.includes('-') && argPaths.includes('-')) throw new UsageError('standard input can hold the extractions or a draft, not both');
  const { paths, inputs } = await takeStdin(argPaths, flags.stdinFilename);
  let walkPaths = paths;
  const drafted = walkPaths.length > 0 || inputs.length > 0;
  if (!drafted && !run.extractions) {
    if (!config.filepath) throw new UsageError('no paths given (try: credence seeds; or add a credence.config.json to analyse its folder)');
    walkPaths = [displayPath(cwd, config.baseDir)];
  }
  const options: CredenceOptions = { ...settings.options, inputs };
  const filters: Array<(p: string) => boolean> = [];
  if (run.against || (run.extractions && drafted)) {
    const drafts = await draftPaths(walkPaths, options, cwd);
    if (run.against) await collect(run.against, { ...options, inputs: [] }); // a clippings folder that holds no article is a mistake worth saying
    filters.push((p) => drafts.has(p));
  }
  if (flags.changedSince !== undefined) {
    const changed = await changedSince(flags.changedSince, cwd);
    const stdinPaths = new Set(inputs.map((i) => displayPath(cwd, path.resolve(cwd, i.path))));
    filters.push((p) => stdinPaths.has(p) || changed(p)); // an editor's buffer is a change by definition
  }
  if (filters.length) options.reportOnly = (p) => filters.every((f) => f(p));

  const started = performance.now();
  const progress = startProgress(flags, MACHINE_FORMATS.has(flags.format) && !flags.outputFile);
  const stats = {} as RunStats;
  let parts: ReportInParts;
  try {
    const engineOptions = { ...options, stats, ...(progress.onProgress ? { onProgress: progress.onProgress } : {}) };
    const analysed = [...walkPaths, ...(run.against ?? [])];
    parts = run.extractions
      ? await fromExtractions(run.extractions, analysed, engineOptions, cwd)
      : await analyzeInParts(analysed, engineOptions);
  } finally {
    progress.stop();
  }
  warnCacheWrite(stats);
  // (the report without its figures and dates, which only JSON prints: they are put in as each article is
  // written, so an archive's report never exists whole; see ReportInParts)
  let report = await withBaseline(parts.report, flags, options, cwd);
  if (flags.quiet) report = filterFindings(report, (_, f) => f.severity === 'error');
  const color = !flags.outputFile && colorWanted(process.stdout, flags.color);
  // (JSON is written a piece at a time, the same bytes as the formatter's text; see jsonChunks)
  emit(flags.format === 'json' ? jsonChunks(report, parts.withDetails) : FORMATTERS[flags.format]!(report, { color, elapsedMs: performance.now() - started }), flags.outputFile);

  let code = exitCodeFor(report, flags.failOn);
  if (maxWarnings !== null && report.summary.warning > maxWarnings) {
    process.stderr.write(`credence: ${report.summary.warning} warnings, more than --max-warnings ${maxWarnings}\n`);
    code = 1;
  }
  return code;
}

/**
 * `check --from-extractions`: the records' analyses plus whatever is given to analyse now (drafts, --against),
 * which replace records of the same path; then the same cross-check, rules and report as a direct run.
 */
async function fromExtractions(files: string[], paths: string[], options: CredenceOptions, cwd: string): Promise<ReportInParts> {
  const extracted = await readExtractions(files, cwd);
  const fresh = paths.length || options.inputs?.length ? await load(paths, options) : { articles: [], notices: [] };
  const freshPaths = new Set(fresh.articles.map((a) => a.path));
  const articles = [...extracted.articles.filter((a) => !freshPaths.has(a.path)), ...fresh.articles]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const notices = [...extracted.notices.filter((n) => !freshPaths.has(n.path)), ...fresh.notices];
  return judgeInParts(articles, options, notices);
}

/** `check`: the drafts' paths as the report shows them, so that only their findings are reported. */
async function draftPaths(drafts: string[], options: CredenceOptions, cwd: string): Promise<Set<string>> {
  const { files } = drafts.length ? await collect(drafts, { ...options, inputs: [] }) : { files: [] };
  return new Set([...files.map((f) => f.rel), ...(options.inputs ?? []).map((i) => displayPath(cwd, path.resolve(cwd, i.path)))]);
}
