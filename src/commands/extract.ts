/**
 * `credence extract`: what credence read in each article (entities, figures, dates), without judging it.
 * The JSON objects are the report's own (figureReports/dateReports over the same corpus index), so a
 * figure's subject and corroboration read the same here as in `--format json`.
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { Chalk, type ChalkInstance } from 'chalk';
import { Option, type Command } from 'commander';
import { buildIndex } from '../crosscheck/index.js';
import { analyzeFiles, collect, load, type RunStats } from '../engine.js';
import { UsageError } from '../errors.js';
import { dateReports, figureReports, type ArticleReport, type DateReport, type FigureReport } from '../report.js';
import { escapeControls, excerptOf } from '../text/sanitize.js';
import type { CredenceOptions } from '../engine.js';
import type { Entity, Notice } from '../types.js';
import { VERSION } from '../version.js';
import { displayPath } from '../walk.js';
import { articleRecord, noticeRecord } from './extractions.js';
import { addColorOption, addInputOptions, colorWanted, resolveSettings, startProgress, type InputFlags } from './options.js';
import { MACHINE_FORMATS, warnCacheWrite } from './report.js';
import { takeStdin } from './stdin.js';

export const EXTRACT_FORMATS = ['text', 'json', 'jsonl'];

/** What `extract` prints per article: the report's article record without its findings. */
export type Extraction = Omit<ArticleReport, 'findings'>;

interface ExtractFlags extends InputFlags {
  format: string;
  full?: boolean;
}

function numberText(v: number): string {
  return Number.isInteger(v) || Math.abs(v) >= 1e21 ? String(v) : String(Number(v.toPrecision(12)));
}

function span(start: string | null, end: string | null): string {
  if (start === null && end === null) return 'unresolved';
  if (start === end) return start!;
  return `${start ?? '…'} – ${end ?? '…'}`;
}

function renderText(items: Extraction[], notices: Notice[], c: ChalkInstance): string {
  const out: string[] = [];
  const field = (name: string, value: string): string => `${c.dim(name)} ${value}`;
  for (const a of items) {
    out.push('');
    out.push(c.underline(escapeControls(a.path)) + (a.title ? `  ${c.bold(excerptOf(a.title, 90))}` : '') + `  ${c.dim(`date ${a.date ?? 'none'}`)}`);
    out.push(`  ${c.bold(`entities (${a.entities.length})`)}`);
    for (const e of a.entities) {
      const aliases = e.aliases.length ? `  ${field('aliases', e.aliases.map((x) => excerptOf(x, 60)).join(', '))}` : '';
      out.push(`    ${excerptOf(e.name, 80)}  ${c.dim(e.type)}  ${field('mentions', String(e.mentions))}${aliases}`);
    }
    out.push(`  ${c.bold(`figures (${a.figures.length})`)}`);
    for (const f of a.figures) {
      out.push(`    ${c.dim(`${f.line}:${f.column}`)}  ${excerptOf(f.text, 80)}`);
      const value = `${numberText(f.value)} ${escapeControls(f.unit)}${f.range ? ` (range ${numberText(f.range[0])}–${numberText(f.range[1])})` : ''}`;
      out.push(`        ${[field('value', value), field('bound', f.bound), field('measure', excerptOf(f.measure, 40)), field('subject', f.subject === null ? 'none' : excerptOf(f.subject, 60))].join('  ')}`);
      const period = f.period === null ? 'none' : `${excerptOf(f.period, 60)} (${span(f.periodStart, f.periodEnd)})`;
      const attribution = f.attribution === null ? 'none' : `${excerptOf(f.attribution, 60)} (${f.attributionKind})`;
      out.push(`        ${[field('period', period), field('attribution', attribution)].join('  ')}`);
      const by = f.corroboratedBy.length ? f.corroboratedBy.map((r) => `${escapeControls(r.path)}:${r.line}`).join(', ') : 'none';
      out.push(`        ${[field('independent sources', String(f.independentSources)), field('corroborated by', by)].join('  ')}`);
    }
    out.push(`  ${c.bold(`dates (${a.dates.length})`)}`);
    for (const d of a.dates) out.push(`    ${c.dim(`${d.line}:${d.column}`)}  ${excerptOf(d.text, 80)}  ${c.dim('→')} ${span(d.start, d.end)}`);
  }
  if (notices.length) {
    out.push('');
    for (const n of notices) out.push(`${c.dim(escapeControls(n.path))}: ${n.level === 'error' ? c.red(n.level) : c.yellow(n.level)} ${escapeControls(n.message)}`);
  }
  return out.join('\n').replace(/^\n/, '') + '\n';
}

export async function runExtract(argPaths: string[], flags: ExtractFlags): Promise<number> {
  const settings = await resolveSettings(flags);
  if (flags.printConfig) {
    process.stdout.write(JSON.stringify(settings.printable, null, 2) + '\n');
    return 0;
  }
  const { paths, inputs } = await takeStdin(argPaths, flags.stdinFilename);
  let walkPaths = paths;
  if (walkPaths.length === 0 && inputs.length === 0) {
    if (!settings.config.filepath) throw new UsageError('no paths given (try: credence extract seeds)');
    walkPaths = [displayPath(settings.cwd, settings.config.baseDir)];
  }
  if (flags.full) return extractFull(walkPaths, flags, { ...settings.options, inputs });
  const progress = startProgress(flags, MACHINE_FORMATS.has(flags.format) && !flags.outputFile);
  const stats = {} as RunStats;
  let loaded;
  try {
    loaded = await load(walkPaths, { ...settings.options, inputs, stats, ...(progress.onProgress ? { onProgress: progress.onProgress } : {}) });
  } finally {
    progress.stop();
  }
  warnCacheWrite(stats);
  const { articles, notices } = loaded;
  const index = buildIndex(articles);
  const items: Extraction[] = articles.map((a, ai) => ({
    path: a.path, title: a.title, date: a.date, entities: a.entities, figures: figureReports(a, ai, articles, index), dates: dateReports(a),
  }));
  const sorted = [...notices].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.message < b.message ? -1 : 1));
  let text: string;
  if (flags.format === 'json') {
    text = JSON.stringify({ schemaVersion: 1, tool: { name: 'credence', version: VERSION }, articles: items, notices: sorted }, null, 2) + '\n';
  } else if (flags.format === 'jsonl') {
    text = items.map((i) => JSON.stringify(i) + '\n').join('');
    // One line per article on stdout keeps the stream parseable; what was skipped goes to stderr.
    for (const n of sorted) process.stderr.write(`credence: ${escapeControls(n.path)}: ${n.level} ${escapeControls(n.message)}\n`);
  } else {
    const color = !flags.outputFile && colorWanted(process.stdout, flags.color);
    text = renderText(items, sorted, new Chalk({ level: color ? 1 : 0 }));
  }
  if (flags.outputFile) writeFileSync(flags.outputFile, text);
  else process.stdout.write(text);
  return 0;
}

/**
 * `--full`: every article's complete analysis as one JSON line, written as soon as it and the articles before
 * it are done, with no cross-check: shards of an archive are extracted independently, in bounded memory, and
 * `credence check --from-extractions` cross-checks them together later.
 */
async function extractFull(walkPaths: string[], flags: ExtractFlags, options: CredenceOptions): Promise<number> {
  if (flags.format !== 'jsonl') throw new UsageError('--full writes JSON lines: add --format jsonl');
  // line by line as articles complete: the archive never sits in memory (stdout on a pipe or file is
  // synchronous on Linux; EPIPE from `| head` is handled by the CLI's stdout error handler)
  const fd = flags.outputFile ? openSync(flags.outputFile, 'w') : null;
  const write = (s: string): void => {
    if (fd === null) process.stdout.write(s);
    else writeSync(fd, s);
  };
  const progress = startProgress(flags, !flags.outputFile);
  const stats = {} as RunStats;
  const notices: Notice[] = [];
  try {
    const { files, notices: walkNotices } = await collect(walkPaths, options);
    notices.push(...walkNotices);
    await analyzeFiles(files, { ...options, stats, onArticle: (a) => write(articleRecord(a)), ...(progress.onProgress ? { onProgress: progress.onProgress } : {}) }, notices);
  } finally {
    progress.stop();
  }
  const sorted = [...notices].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.message < b.message ? -1 : 1));
  for (const n of sorted) {
    write(noticeRecord(n));
    process.stderr.write(`credence: ${escapeControls(n.path)}: ${n.level} ${escapeControls(n.message)}\n`);
  }
  if (fd !== null) closeSync(fd);
  warnCacheWrite(stats);
  return 0;
}

export function registerExtract(program: Command): void {
  const cmd = program
    .command('extract')
    .description('print what credence reads in each article: entities with aliases, figures with every field, dates with their intervals')
    .argument('[paths...]', 'files, folders or globs ("-" reads standard input)')
    .addOption(new Option('-f, --format <name>', 'text (readable), json (one document) or jsonl (one line per article)').choices(EXTRACT_FORMATS).default('text'))
    .option('-o, --output-file <path>', 'write to a file instead of stdout')
    .option('--full', 'with --format jsonl: each line is the complete analysis of one article (text included), not cross-checked; input for credence check --from-extractions');
  addInputOptions(cmd, { rules: false, directives: false });
  addColorOption(cmd);
  cmd.addHelpText('after', `
Examples:
  $ credence extract seeds/001_aa175fc209d0c5e2.txt       entities, figures and dates, readable
  $ credence extract clippings --format json              the report's entities/figures/dates objects
  $ credence extract clippings --format jsonl | jq .path  one JSON line per article
  $ pbpaste | credence extract - --stdin-filename draft.md
  $ credence extract archive/2024 --format jsonl --full -o 2024.jsonl     a shard, for check --from-extractions

JSON objects are those of the report (\`credence --format json\`): figures carry the corpus-wide subject and
corroboration of the set given. With --full, lines are complete analyses (path, text, sentences, figures,
claims…) and nothing is cross-checked, so shards can be extracted apart and checked together:
  $ credence check --from-extractions 2023.jsonl 2024.jsonl --format json
Exit codes: 0 done, 2 usage, configuration or I/O error.`);
  cmd.action(async (paths: string[], flags: ExtractFlags) => {
    process.exitCode = await runExtract(paths, flags);
  });
}
