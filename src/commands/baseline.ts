/** `credence baseline PATH…`: record today's findings so that later runs report only new ones. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import type { Command } from 'commander';
import { baselineFromReport, baselineSize, BaselinePaths, BASELINE_FILE, mergeBaseline, readBaseline, serialiseBaseline } from '../baseline.js';
import { analyze } from '../engine.js';
import { UsageError } from '../errors.js';
import { RULE_IDS } from '../rules/index.js';
import { displayPath } from '../walk.js';
import { addInputOptions, resolveSettings, type InputFlags } from './options.js';

interface BaselineFlags extends InputFlags {
  baselineFile?: string;
}

/** The folder a path argument reads: the folder itself, or a glob's fixed leading part. */
async function folderRead(cwd: string, arg: string): Promise<string | null> {
  const abs = path.resolve(cwd, arg);
  try {
    return (await stat(abs)).isDirectory() ? abs : null;
  } catch {
    if (!fg.isDynamicPattern(arg)) return null;
    const fixed: string[] = [];
    for (const seg of arg.split(/[\\/]/)) {
      if (fg.isDynamicPattern(seg)) break;
      fixed.push(seg);
    }
    return path.resolve(cwd, fixed.join('/') || '.');
  }
}

function inside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return !rel.startsWith('..') && !path.isAbsolute(rel);
}

export async function runBaseline(argPaths: string[], flags: BaselineFlags): Promise<number> {
  const settings = await resolveSettings(flags);
  if (flags.printConfig) {
    process.stdout.write(JSON.stringify(settings.printable, null, 2) + '\n');
    return 0;
  }
  const { cwd, config } = settings;
  if (argPaths.includes('-')) throw new UsageError('a baseline records files on disk; "-" (standard input) cannot be part of it');
  let paths = argPaths;
  if (paths.length === 0) {
    if (!config.filepath) throw new UsageError('no paths given (try: credence baseline drafts)');
    paths = [displayPath(cwd, config.baseDir)];
  }
  const file = path.resolve(cwd, flags.baselineFile ?? BASELINE_FILE);
  if (flags.baselineFile === undefined) {
    // credence never writes into a folder it reads unless told to, by naming the file.
    for (const p of paths) {
      const dir = await folderRead(cwd, p);
      if (dir && inside(dir, file)) {
        throw new UsageError(`${BASELINE_FILE} would be written into ${displayPath(cwd, dir)}, a folder being analysed; name the file with --baseline-file (e.g. --baseline-file ${BASELINE_FILE}) to write it there`);
      }
    }
  }
  const report = await analyze(paths, settings.options);
  const bpaths = new BaselinePaths(cwd, path.dirname(file));
  const fresh = baselineFromReport(report, bpaths);
  const rulesRun = new Set(RULE_IDS.filter((id) => settings.options.rules?.[id] !== 'off'));
  const merged = mergeBaseline(await readBaseline(file, cwd), fresh, report.articles.map((a) => bpaths.toBaseline(a.path)), rulesRun);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, serialiseBaseline(merged));
  const now = baselineSize(fresh);
  const total = baselineSize(merged.files);
  process.stdout.write(
    `credence: recorded ${now.findings} finding${now.findings === 1 ? '' : 's'} in ${now.files} file${now.files === 1 ? '' : 's'} ` +
    `to ${displayPath(cwd, file)} (${total.findings} in ${total.files} file${total.files === 1 ? '' : 's'} in all)\n`,
  );
  return 0;
}

export function registerBaseline(program: Command): void {
  const cmd = program
    .command('baseline')
    .description('record the current findings in a baseline file; later runs report only findings not in it')
    .argument('[paths...]', 'files, folders or globs to analyse (default: the config file\'s folder)')
    .option('--baseline-file <path>', `where to write it (default: ${BASELINE_FILE} in the working directory)`);
  addInputOptions(cmd, { rules: true, directives: true });
  cmd.addHelpText('after', `
Examples:
  $ credence baseline drafts                      write ./${BASELINE_FILE} for drafts/
  $ credence drafts                               from now on: only findings not in the baseline
  $ credence drafts --prune-baseline              drop entries whose findings are gone
  $ credence drafts --no-baseline                 everything, baseline or not
  $ credence baseline . --baseline-file ${BASELINE_FILE}   inside the analysed folder: name the file

Entries are per file and rule, keyed by a hash of the finding's normalised excerpt with a count: moving
lines does not resurface them; a new occurrence of the same words is reported. Entries for files not
analysed in this run are kept. Exit codes: 0 written, 2 usage, configuration or I/O error.`);
  cmd.action(async (paths: string[], flags: BaselineFlags) => {
    process.exitCode = await runBaseline(paths, flags);
  });
}
