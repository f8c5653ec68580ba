/**
 * Flags shared by the subcommands, and the one place where config file and command line become engine
 * options (command line wins over the file, the file over the defaults).
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { loadConfig, printableConfig, resolveConfig, toCredenceOptions, type ResolvedConfig } from '../config.js';
import type { CredenceOptions } from '../engine.js';
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
    .option('--stdin-filename <name>', 'the path to report for text read from "-" (stdin)');
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
  return { cwd, config, options, printable: printableConfig(config, cwd, ignore) };
}

export function failOnOption(): Option {
  return new Option('--fail-on <level>', 'exit 1 when a finding is at or above this level').choices(['error', 'warning', 'note', 'none']).default('error');
}
