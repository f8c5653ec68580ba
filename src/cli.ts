/** The command line: parses flags, calls the library, prints, and maps the outcome to an exit code. */
import { Command, Option } from 'commander';
import { writeFileSync } from 'node:fs';
import { UsageError } from './errors.js';
import { analyze, type CredenceOptions } from './engine.js';
import { FORMATTERS } from './formatters/index.js';
import type { Report } from './report.js';
import { RULE_IDS } from './rules/index.js';
import type { Severity, SeverityOrOff } from './types.js';
import { VERSION } from './version.js';
import { DEFAULT_EXTENSIONS } from './walk.js';
import { escapeControls } from './text/sanitize.js';

const LEVELS: Record<string, number> = { note: 1, warning: 2, error: 3, none: 99 };

export function exitCodeFor(report: Report, failOn: string): number {
  const threshold = LEVELS[failOn] ?? 3;
  const worst = report.articles.flatMap((a) => a.findings).reduce((m, f) => Math.max(m, LEVELS[f.severity as Severity]!), 0);
  return worst >= threshold ? 1 : 0;
}

function collectList(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function parseRuleOverride(list: string[]): Record<string, SeverityOrOff> {
  const out: Record<string, SeverityOrOff> = {};
  for (const item of list) {
    const m = /^([a-z-]+)=(error|warning|note|off)$/.exec(item);
    if (!m) throw new UsageError(`--rule expects id=severity (error, warning, note or off), got "${item}"`);
    if (!RULE_IDS.includes(m[1]!)) throw new UsageError(`unknown rule "${m[1]}" (rules: ${RULE_IDS.join(', ')})`);
    out[m[1]!] = m[2] as SeverityOrOff;
  }
  return out;
}

function colorWanted(stream: NodeJS.WriteStream, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return false;
  if ('FORCE_COLOR' in process.env) return process.env.FORCE_COLOR !== '0' && process.env.FORCE_COLOR !== 'false';
  return Boolean(stream.isTTY);
}

interface MainFlags {
  format: string;
  outputFile?: string;
  failOn: string;
  ext?: string;
  ignore?: string[];
  date?: string;
  maxFileSize?: string;
  color?: boolean;
  quiet?: boolean;
  rule?: string[];
}

function optionsFrom(flags: MainFlags): CredenceOptions {
  if (flags.date !== undefined && !/^\d{4}-\d\d-\d\d$/.test(flags.date)) throw new UsageError(`--date expects YYYY-MM-DD, got "${flags.date}"`);
  if (!FORMATTERS[flags.format]) throw new UsageError(`unknown format "${flags.format}" (formats: ${Object.keys(FORMATTERS).join(', ')})`);
  if (!(flags.failOn in LEVELS)) throw new UsageError(`--fail-on expects error, warning, note or none, got "${flags.failOn}"`);
  const maxFileSize = flags.maxFileSize !== undefined ? Number(flags.maxFileSize) : undefined;
  if (maxFileSize !== undefined && !(maxFileSize > 0)) throw new UsageError(`--max-file-size expects a number of bytes, got "${flags.maxFileSize}"`);
  const rules = parseRuleOverride(flags.rule ?? []);
  return {
    cwd: process.cwd(),
    extensions: flags.ext ? flags.ext.split(',').map((e) => e.trim()).filter(Boolean) : DEFAULT_EXTENSIONS,
    ignore: flags.ignore ?? [],
    referenceDate: flags.date ?? null,
    ...(maxFileSize ? { maxFileSize } : {}),
    rules,
  };
}

function emit(text: string, outputFile: string | undefined): void {
  if (outputFile) writeFileSync(outputFile, text);
  else process.stdout.write(text);
}

function onlyErrors(report: Report): Report {
  const articles = report.articles.map((a) => ({ ...a, findings: a.findings.filter((f) => f.severity === 'error') }));
  return { ...report, articles };
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('credence')
    .description('Source-credibility analyzer for folders of news articles: AI disclosures, unsupported numbers, contradictions.')
    .version(VERSION)
    .argument('[paths...]', 'files, folders or globs to analyse (folders: **/*.txt and **/*.md)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(FORMATTERS)).default('stylish'))
    .option('-o, --output-file <path>', 'write the report to a file instead of stdout (the exit code is kept)')
    .addOption(new Option('--fail-on <level>', 'exit 1 when a finding is at or above this level').choices(['error', 'warning', 'note', 'none']).default('error'))
    .option('--ext <list>', `comma-separated extensions to take from folders (default: ${DEFAULT_EXTENSIONS.join(',')})`)
    .option('--ignore <glob>', 'gitignore-style pattern of paths to skip (repeatable)', collectList)
    .option('--date <YYYY-MM-DD>', 'reference date for relative dates in articles that state none')
    .option('--max-file-size <bytes>', 'skip larger files with a note (default: 10 MiB)')
    .option('--rule <id=severity>', 'override a rule: error, warning, note or off (repeatable)', collectList)
    .option('-q, --quiet', 'report errors only')
    .option('--no-color', 'no colour, even on a terminal')
    .addHelpText('after', `
Examples:
  $ credence seeds                       report on every article in seeds/
  $ credence drafts --format json        the machine-readable report
  $ credence drafts --fail-on warning    exit 1 on warnings too (CI)
  $ credence clippings --rule unsupported-number=off

Exit codes: 0 no finding at or above --fail-on, 1 some, 2 usage, configuration or I/O error.`)
    .action(async (paths: string[], flags: MainFlags) => {
      if (paths.length === 0) throw new UsageError('no paths given (try: credence seeds)');
      const opts = optionsFrom(flags);
      const started = performance.now();
      let report = await analyze(paths, opts);
      if (flags.quiet) report = onlyErrors(report);
      const color = !flags.outputFile && colorWanted(process.stdout, flags.color);
      const text = FORMATTERS[flags.format]!(report, { color, elapsedMs: performance.now() - started });
      emit(text, flags.outputFile);
      process.exitCode = exitCodeFor(report, flags.failOn);
    });
  program.exitOverride();
  return program;
}

/** A reader that stops early (`credence … | head`) closes the pipe: not a failure of the run, and no stack trace. */
function quietOnClosedPipe(): void {
  process.stdout.once('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`credence: cannot write the report: ${e.message}\n`);
    process.exit(e.code === 'EPIPE' ? (typeof process.exitCode === 'number' ? process.exitCode : 0) : 2);
  });
}

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    const err = e as { code?: string; exitCode?: number; message?: string };
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    if (err.code?.startsWith('commander.')) return 2; // commander already printed its message
    if (e instanceof UsageError) {
      process.stderr.write(`credence: ${escapeControls(e.message)}\n`); // messages quote paths, which are untrusted
      return 2;
    }
    process.stderr.write(`credence: ${escapeControls((e as Error).message ?? String(e))}\n`);
    return 2;
  }
}
