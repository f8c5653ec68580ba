/**
 * The command line: a thin commander shell. Each subcommand lives in src/commands/; this file wires them up
 * and maps the outcome to an exit code (0 clean, 1 findings at or above --fail-on, 2 usage or I/O error).
 */
import { Command } from 'commander';
import { registerBaseline } from './commands/baseline.js';
import { registerExtract } from './commands/extract.js';
import { addReportOptions, runReport, type ReportFlags } from './commands/report.js';
import { UsageError } from './errors.js';
import { escapeControls } from './text/sanitize.js';
import { VERSION } from './version.js';

export { exitCodeFor } from './commands/report.js';

const EXIT_CODES = 'Exit codes: 0 no finding at or above --fail-on, 1 some (or more warnings than --max-warnings), 2 usage, configuration or I/O error.';

function registerCheck(program: Command): void {
  const cmd = program
    .command('check')
    .description('check drafts against clippings (or extraction records): everything is cross-checked, only the drafts are reported')
    .argument('[drafts...]', 'draft files or folders ("-" reads one draft from standard input)')
    .option('--against <path>', 'clippings to cross-check the drafts against (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--from-extractions <files...>', 'JSON lines from `credence extract --format jsonl --full` ("-": stdin): cross-checked without reading the articles again; reported whole when no draft is given');
  addReportOptions(cmd);
  cmd.addHelpText('after', `
Examples:
  $ credence check drafts/budget.md --against clippings/
  $ credence check drafts --against clippings --against wires --fail-on warning
  $ cat draft.md | credence check - --stdin-filename drafts/draft.md --against clippings
  $ credence check --from-extractions shard-*.jsonl --format json     an archive extracted in shards
  $ credence check drafts/budget.md --from-extractions archive.jsonl  a draft against an extracted archive

${EXIT_CODES}`);
  cmd.action(async (drafts: string[], flags: ReportFlags & { against?: string[]; fromExtractions?: string[] }) => {
    if (!flags.against && !flags.fromExtractions) throw new UsageError('check needs --against CLIPPINGS (or --from-extractions FILE…) to check the drafts against');
    if (drafts.length === 0 && !flags.fromExtractions) throw new UsageError('check needs the drafts to check (a file, a folder, or "-" for standard input)');
    process.exitCode = await runReport(drafts, flags, { ...(flags.against ? { against: flags.against } : {}), ...(flags.fromExtractions ? { extractions: flags.fromExtractions } : {}) });
  });
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('credence')
    .description('Source-credibility analyzer for folders of news articles: AI disclosures, unsupported numbers, contradictions.')
    .version(VERSION)
    .enablePositionalOptions()
    .helpCommand(true) // `credence help check`; without it, a default action takes "help" for a path
    .exitOverride()
    .argument('[paths...]', 'files, folders or globs to analyse (folders: **/*.txt and **/*.md; "-" reads standard input; default: the config file\'s folder)');
  addReportOptions(program);
  program.addHelpText('after', `
Commands run on their own paths: credence check --help, credence baseline --help, credence extract --help.
A folder named like a command is given as ./check.

Examples:
  $ credence seeds                              report on every article in seeds/
  $ credence drafts --format json               the machine-readable report
  $ credence drafts --fail-on warning           exit 1 on warnings too (CI)
  $ credence drafts --max-warnings 0            exit 1 on any warning, ESLint-style
  $ credence clippings --rule unsupported-number=off
  $ credence . --changed-since origin/main      cross-check everything, report what changed
  $ credence --print-config                     the configuration in force, as JSON

Configuration: credence.config.json, .credencerc(.json|.yaml|.yml) or a "credence" key in package.json,
searched from the working directory upward (or --config). .gitignore and .credenceignore are honoured.

${EXIT_CODES}`);
  program.action(async (paths: string[], flags: ReportFlags) => {
    process.exitCode = await runReport(paths, flags);
  });
  registerCheck(program);
  registerBaseline(program);
  registerExtract(program);
  return program;
}

/** `credence … | head`: the reader went away; stop quietly instead of printing a stack trace. */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe(process.stdout);
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
