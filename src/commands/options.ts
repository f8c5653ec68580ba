/**
 * Flags shared by the subcommands, and the one place where config file and command line become engine
 * options (command line wins over the file, the file over the defaults).
 */
import os from 'node:os';
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { loadConfig, printableConfig, resolveConfig, toCredenceOptions, type ResolvedConfig } from '../config.js';
import type { CredenceOptions } from '../engine.js';
import { ProgressLine, progressWanted } from '../progress.js';
import { RULE_IDS } from '../rules/index.js';
import type { SeverityOrOff } from '../types.js';
import { DEFAULT_EXTENSIONS } from '../walk.js';

export interface InputFlags {
  config?: string;
  printConfig?: boolean;
  ext?: string;
  ignore?: string[];
  gitignore?: boolean;
  date?: string;
  maxFileSize?: string;
  rule?: string[];
  stdinFilename?: string;
  inlineConfig?: boolean;
  reportUnusedDisableDirectives?: boolean;
  color?: boolean;
  outputFile?: string;
  jobs?: string;
  cache?: boolean;
  cacheLocation?: string;
  progress?: boolean;
}

export function collectList(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function parseRuleOverride(list: string[]): Record<string, SeverityOrOff> {
  const out: Record<string, SeverityOrOff> = {};
  for (const item of list) {
    const m = /^([a-z-]+)=(error|warning|note|off)$/.exec(item);
    if (!m) throw new UsageError(`--rule expects id=severity (error, warning, note or off), got "${item}"`);
    if (!RULE_IDS.includes(m[1]!)) throw new UsageError(`unknown rule "${m[1]}" (rules: ${RULE_IDS.join(', ')})`);
    out[m[1]!] = m[2] as SeverityOrOff;
  }
  return out;
}

/** Where articles come from and how they are read: every subcommand has these. */
export function addInputOptions(cmd: Command, opts: { rules: boolean; directives: boolean }): Command {
  cmd
    .option('-c, --config <path>', 'use this config file instead of searching from the working directory upward')
    .option('--print-config', 'print the merged configuration as JSON and exit')
    .option('--ext <list>', `comma-separated extensions to take from folders (default: ${DEFAULT_EXTENSIONS.join(',')})`)
    .option('--ignore <pattern>', 'gitignore-style pattern of paths to skip, relative to the working directory (repeatable)', collectList)
    .option('--no-gitignore', 'do not honour .gitignore files (.credenceignore still applies)')
    .option('--date <YYYY-MM-DD>', 'reference date for relative dates in articles that state none')
    .option('--max-file-size <bytes>', 'skip larger files with a note (default: 10 MiB)')
    .option('--stdin-filename <name>', 'the path to report for text read from "-" (stdin)')
    .option('-j, --jobs <n>', `threads that analyse articles (default: the number of CPU cores, ${os.availableParallelism()} here)`)
    .option('--cache', 'reuse per-article analyses of unchanged files from earlier runs (keyed by content, version and settings)')
    .option('--cache-location <path>', 'cache folder (default: node_modules/.cache/credence of the nearest package.json, else ~/.cache/credence)')
    .option('--no-progress', 'no progress line on stderr (shown only on a terminal, outside CI, for readable output)');
  if (opts.rules) cmd.option('--rule <id=severity>', 'override a rule: error, warning, note or off (repeatable; wins over the config)', collectList);
  if (opts.directives) {
    cmd
      .option('--no-inline-config', 'ignore credence-disable directives in articles')
      .option('--report-unused-disable-directives', 'report credence-disable directives that suppress nothing');
  }
  return cmd;
}

export function addColorOption(cmd: Command): Command {
  return cmd.option('--no-color', 'no colour, even on a terminal');
}

export function colorWanted(stream: NodeJS.WriteStream, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return false;
  if ('FORCE_COLOR' in process.env) return process.env.FORCE_COLOR !== '0' && process.env.FORCE_COLOR !== 'false';
  return Boolean(stream.isTTY);
}

export interface Settings {
  cwd: string;
  config: ResolvedConfig;
  options: CredenceOptions;
  /** Shown by --print-config. */
  printable: Record<string, unknown>;
}

export async function resolveSettings(flags: InputFlags): Promise<Settings> {
  const cwd = process.cwd();
  if (flags.date !== undefined && !/^\d{4}-\d\d-\d\d$/.test(flags.date)) throw new UsageError(`--date expects YYYY-MM-DD, got "${flags.date}"`);
  const maxFileSize = flags.maxFileSize !== undefined ? Number(flags.maxFileSize) : undefined;
  if (maxFileSize !== undefined && !(Number.isInteger(maxFileSize) && maxFileSize > 0)) {
    throw new UsageError(`--max-file-size expects a number of bytes, got "${flags.maxFileSize}"`);
  }
  const extensions = flags.ext !== undefined ? flags.ext.split(',').map((e) => e.trim().replace(/^\./, '')).filter(Boolean) : undefined;
  if (extensions && extensions.length === 0) throw new UsageError('--ext expects a comma-separated list of extensions');
  const found = await loadConfig(cwd, flags.config);
  const config = resolveConfig(found, {
    rules: parseRuleOverride(flags.rule ?? []),
    ...(extensions ? { extensions } : {}),
    ...(flags.date !== undefined ? { date: flags.date } : {}),
    ...(maxFileSize !== undefined ? { maxFileSize } : {}),
    // commander sets gitignore to true unless --no-gitignore is given: only `false` is a choice made here.
    ...(flags.gitignore === false ? { gitignore: false } : {}),
    ...(flags.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: true } : {}),
  }, cwd);
  const ignore = flags.ignore ?? [];
  const options = toCredenceOptions(config, cwd, ignore);
  if (flags.inlineConfig === false) options.directives = { ...options.directives, enabled: false };
  options.jobs = parseJobs(flags.jobs);
  if (flags.cache) {
    options.cache = true;
    if (flags.cacheLocation !== undefined) options.cacheLocation = flags.cacheLocation;
  }
  return { cwd, config, options, printable: printableConfig(config, cwd, ignore) };
}

function parseJobs(v: string | undefined): number {
  if (v === undefined) return os.availableParallelism();
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--jobs expects a whole number ≥ 1, got "${v}"`);
  return Number(v);
}

export interface Progress {
  onProgress?: (done: number, total: number) => void;
  /** Erases the line; call before printing anything. */
  stop(): void;
}

/** The progress line on stderr when a person is watching (see progress.ts for when that is). */
export function startProgress(flags: InputFlags & { quiet?: boolean }, machineOutputOnStdout: boolean): Progress {
  const wanted = progressWanted({
    stream: process.stderr, env: process.env, disabled: flags.progress === false, quiet: Boolean(flags.quiet), machineOutputOnStdout,
  });
  if (!wanted) return { stop: () => {} };
  const line = new ProgressLine(process.stderr);
  return { onProgress: (done, total) => line.update(done, total), stop: () => line.stop() };
}

export function failOnOption(): Option {
  return new Option('--fail-on <level>', 'exit 1 when a finding is at or above this level').choices(['error', 'warning', 'note', 'none']).default('error');
}
