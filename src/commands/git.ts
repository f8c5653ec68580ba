/**
 * `--changed-since REF`: which files differ from a git revision (committed, staged or not) plus untracked
 * ones that git does not ignore. Runs git through execFile (no shell), so a ref is never interpreted.
 */
import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { UsageError } from '../errors.js';

const run = promisify(execFile);

async function git(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}

function firstLine(e: unknown): string {
  const err = e as { stderr?: string; message?: string; code?: string | number };
  if (err.code === 'ENOENT') return 'git is not installed or not on PATH';
  return (err.stderr || err.message || String(e)).trim().split('\n')[0]!.replace(/^fatal: /, '');
}

/** A test for report paths (relative to `cwd`): was this file changed since `ref`? */
export async function changedSince(ref: string, cwd: string): Promise<(reportPath: string) => boolean> {
  if (ref === '' || ref.startsWith('-')) throw new UsageError(`--changed-since expects a git revision, got "${ref}"`);
  let top: string;
  try {
    top = (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
  } catch (e) {
    throw new UsageError(`--changed-since needs a git repository (${firstLine(e)})`);
  }
  try {
    await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  } catch {
    throw new UsageError(`--changed-since: "${ref}" is not a commit in this repository`);
  }
  let names: string[];
  try {
    const diff = await git(['-c', 'core.quotepath=off', 'diff', '--name-only', '--no-renames', '-z', ref, '--'], top);
    const untracked = await git(['ls-files', '--others', '--exclude-standard', '--full-name', '-z'], top);
    names = [...diff.split('\0'), ...untracked.split('\0')].filter(Boolean);
  } catch (e) {
    throw new UsageError(`--changed-since: git failed (${firstLine(e)})`);
  }
  const changed = new Set(names.map((n) => path.join(top, n)));
  // git reports real paths; the working directory may be reached through a symbolic link.
  const realCwd = await realpath(cwd);
  return (reportPath: string) => changed.has(path.resolve(realCwd, reportPath));
}
