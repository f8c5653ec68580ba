/**
 * Arguments (files, folders, globs) to a sorted list of article files. Folders are walked here rather than
 * by a glob library so that every unreadable folder, broken link and loop becomes a notice instead of being
 * silently dropped or followed forever; glob arguments go to fast-glob.
 */
import fg from 'fast-glob';
import ignoreFactory from 'ignore';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './errors.js';
import type { Notice } from './types.js';

export interface WalkOptions {
  cwd: string;
  extensions: string[];
  /** gitignore-style patterns, relative to the working directory. */
  ignore: string[];
}

export interface WalkedFile {
  /** Absolute path, used to read. */
  abs: string;
  /** Relative to cwd with '/' separators, used in every report. */
  rel: string;
}

export interface WalkResult {
  files: WalkedFile[];
  notices: Notice[];
}

export const DEFAULT_EXTENSIONS = ['txt', 'md'];
const ALWAYS_SKIPPED = new Set(['node_modules']);

export function displayPath(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  return (rel === '' ? '.' : rel).split(path.sep).join('/');
}

async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}

function folderReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'it disappeared while being read';
  return code ?? (e as Error).message;
}

function within(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export async function walk(args: string[], opts: WalkOptions): Promise<WalkResult> {
  const exts = new Set(opts.extensions.map((e) => e.replace(/^\./, '').toLowerCase()));
  const ig = ignoreFactory().add(opts.ignore);
  const ignored = (rel: string, dir: boolean): boolean => {
    if (rel === '.' || rel.startsWith('../') || path.isAbsolute(rel)) return false;
    return ig.ignores(dir ? rel + '/' : rel);
  };
  const found = new Map<string, WalkedFile>();
  const notices: Notice[] = [];
  const add = (abs: string): void => {
    const rel = displayPath(opts.cwd, abs);
    if (!found.has(rel)) found.set(rel, { abs, rel });
  };
  const wanted = (name: string): boolean => exts.has(path.extname(name).slice(1).toLowerCase());

  async function walkDir(root: string, rootReal: string, dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      // A folder named on the command line that cannot be listed is an I/O failure of the run, not a notice.
      if (dir === root) throw new UsageError(`cannot read folder ${displayPath(opts.cwd, dir)}: ${folderReason(e)}`);
      notices.push({ path: displayPath(opts.cwd, dir), level: 'skipped', message: `unreadable folder (${folderReason(e)})` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const ent of entries) {
      const abs = path.join(dir, ent.name);
      const rel = displayPath(opts.cwd, abs);
      if (ent.name.startsWith('.') || ALWAYS_SKIPPED.has(ent.name)) continue;
      // Node decodes names as UTF-8; a name in another encoding comes back with U+FFFD and no longer opens.
      if (ent.name.includes('\uFFFD') && !(await exists(abs))) {
        if (wanted(ent.name)) notices.push({ path: rel, level: 'skipped', message: 'file name is not valid UTF-8 (rename it to analyse it)' });
        continue;
      }
      if (ent.isDirectory()) {
        if (!ignored(rel, true)) await walkDir(root, rootReal, abs);
      } else if (ent.isFile()) {
        if (wanted(ent.name) && !ignored(rel, false)) add(abs);
      } else if (!ent.isSymbolicLink()) {
        // Named pipes, sockets and devices: reading one could block forever or never end.
        if (wanted(ent.name) && !ignored(rel, false)) notices.push({ path: rel, level: 'skipped', message: 'not a regular file (a named pipe, socket or device)' });
      } else {
        if (!wanted(ent.name) || ignored(rel, false)) continue;
        // Links are taken only when they resolve to a file inside the folder given: never followed out of it,
        // and never into folders (which is what makes loops impossible).
        try {
          const real = await realpath(abs);
          const st = await stat(real);
          if (!within(rootReal, real)) {
            notices.push({ path: rel, level: 'skipped', message: 'symbolic link points outside the folder given; not followed' });
          } else if (st.isFile()) add(abs);
          else if (st.isDirectory()) notices.push({ path: rel, level: 'skipped', message: 'symbolic link to a folder; not followed' });
          else notices.push({ path: rel, level: 'skipped', message: 'symbolic link to something that is not a regular file' });
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          notices.push({ path: rel, level: 'skipped', message: code === 'ELOOP' ? 'symbolic link loop' : 'broken symbolic link' });
        }
      }
    }
  }

  for (const arg of args) {
    const abs = path.resolve(opts.cwd, arg);
    let st;
    try {
      st = await lstat(abs);
    } catch {
      st = null;
    }
    if (st === null) {
      if (fg.isDynamicPattern(arg)) {
        const matches = await fg(arg.split(path.sep).join('/'), {
          cwd: opts.cwd, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false,
          ignore: ['**/node_modules/**'], suppressErrors: true,
        });
        for (const m of matches) {
          const p = path.normalize(m);
          if (!ignored(displayPath(opts.cwd, p), false)) add(p);
        }
        continue;
      }
      throw new UsageError(`no such file or folder: ${arg}`);
    }
    if (st.isSymbolicLink()) {
      try {
        st = await stat(abs);
      } catch (e) {
        throw new UsageError(`${(e as NodeJS.ErrnoException).code === 'ELOOP' ? 'symbolic link loop' : 'broken symbolic link'}: ${arg}`);
      }
    }
    if (st.isDirectory()) {
      let real = abs;
      try {
        real = await realpath(abs);
      } catch {
        /* walkDir reports it */
      }
      await walkDir(abs, real, abs);
    } else {
      add(abs); // a file named explicitly is taken whatever its extension
    }
  }
  const files = [...found.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { files, notices };
}
