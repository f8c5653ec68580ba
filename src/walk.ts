/**
 * Arguments (files, folders, globs) to a sorted list of article files. Folders are walked here rather than
 * by a glob library so that every unreadable folder, broken link and loop becomes a notice instead of being
 * silently dropped or followed forever; glob arguments go to fast-glob.
 */
import fg from 'fast-glob';
import ignoreFactory, { type Ignore } from 'ignore';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './errors.js';
import type { Notice } from './types.js';

export interface WalkOptions {
  cwd: string;
  extensions: string[];
  /** gitignore-style patterns, relative to the working directory. */
  ignore: string[];
  /**
   * Names of gitignore-style files honoured in the working directory, in every folder between it and a
   * folder walked, and in every folder walked (a deeper file can re-include what a shallower one excluded;
   * within one folder, later names win). None when absent.
   */
  ignoreFiles?: string[];
  /** More gitignore-style patterns, each set relative to its own folder (a config file's `exclude`). */
  ignoreRules?: IgnoreRules[];
  /** When set, files found in folders (or by globs) inside `base` are taken only if a pattern matches them. */
  include?: IgnoreRules;
}

export interface IgnoreRules {
  base: string;
  patterns: string[];
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
/** `.credenceignore` after `.gitignore`, so that it can re-include what git ignores. */
export const DEFAULT_IGNORE_FILES = ['.gitignore', '.credenceignore'];
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
  const notices: Notice[] = [];
  const rules = new IgnoreStack(opts, notices);
  const found = new Map<string, WalkedFile>();
  const add = (abs: string): void => {
    const rel = displayPath(opts.cwd, abs);
    if (!found.has(rel)) found.set(rel, { abs, rel });
  };
  const wanted = (name: string): boolean => exts.has(path.extname(name).slice(1).toLowerCase());

  const ignored = (abs: string, dir: boolean, anchor: string): Promise<boolean> => rules.ignored(abs, dir, anchor);
  const included = (abs: string): boolean => rules.included(abs);

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
        if (!(await ignored(abs, true, root))) await walkDir(root, rootReal, abs);
      } else if (ent.isFile()) {
        if (wanted(ent.name) && included(abs) && !(await ignored(abs, false, root))) add(abs);
      } else if (!ent.isSymbolicLink()) {
        // Named pipes, sockets and devices: reading one could block forever or never end.
        if (wanted(ent.name) && included(abs) && !(await ignored(abs, false, root))) notices.push({ path: rel, level: 'skipped', message: 'not a regular file (a named pipe, socket or device)' });
      } else {
        if (!wanted(ent.name) || !included(abs) || (await ignored(abs, false, root))) continue;
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
          if (included(p) && !(await ignored(p, false, path.dirname(p)))) add(p);
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
    } else if (await ignored(abs, false, path.dirname(abs))) {
      // As ESLint and Prettier do, so that hooks passing staged file names respect the ignore files.
      notices.push({ path: displayPath(opts.cwd, abs), level: 'skipped', message: 'matches an ignore file or pattern; not analysed' });
    } else {
      add(abs); // a file named explicitly is taken whatever its extension (and whatever `include` says)
    }
  }
  const files = [...found.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { files, notices };
}

/** `p` relative to `root` with "/" separators, or null when it is `root` itself or outside it. */
function relInside(root: string, p: string): string | null {
  const rel = path.relative(root, p);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join('/');
}

/**
 * Ignore files and patterns, layered as git layers .gitignore files: shallower folders first, then the
 * config's `exclude`, then --ignore; the last rule that matches (ignoring or re-including) decides.
 */
class IgnoreStack {
  private readonly files = new Map<string, Promise<Ignore | null>>();
  private readonly fixed: Array<{ base: string; ig: Ignore }>;
  private readonly include: { base: string; ig: Ignore } | null;

  constructor(private readonly opts: WalkOptions, private readonly notices: Notice[]) {
    this.fixed = [
      ...(opts.ignoreRules ?? []).map((r) => ({ base: r.base, ig: ignoreFactory().add(r.patterns) })),
      { base: opts.cwd, ig: ignoreFactory().add(opts.ignore) },
    ];
    this.include = opts.include?.patterns.length ? { base: opts.include.base, ig: ignoreFactory().add(opts.include.patterns) } : null;
  }

  included(abs: string): boolean {
    if (!this.include) return true;
    const rel = relInside(this.include.base, abs);
    return rel === null || this.include.ig.ignores(rel);
  }

  /** `anchor` is where ignore files start being read when `abs` lies outside the working directory. */
  async ignored(abs: string, dir: boolean, anchor: string): Promise<boolean> {
    let state = false;
    const decide = (ig: Ignore, base: string): void => {
      const rel = relInside(base, abs);
      if (rel === null) return;
      const t = ig.test(dir ? rel + '/' : rel);
      if (t.ignored) state = true;
      else if (t.unignored) state = false;
    };
    if (this.opts.ignoreFiles?.length) {
      const top = relInside(this.opts.cwd, abs) !== null ? this.opts.cwd : anchor;
      const chain: string[] = [];
      for (let d = path.dirname(abs); ; d = path.dirname(d)) {
        chain.push(d);
        if (d === top || path.dirname(d) === d || relInside(top, d) === null) break;
      }
      for (const d of chain.reverse()) {
        const ig = await this.load(d);
        if (ig) decide(ig, d);
      }
    }
    for (const f of this.fixed) decide(f.ig, f.base);
    return state;
  }

  private load(dir: string): Promise<Ignore | null> {
    let p = this.files.get(dir);
    if (!p) {
      p = this.read(dir);
      this.files.set(dir, p);
    }
    return p;
  }

  private async read(dir: string): Promise<Ignore | null> {
    let ig: Ignore | null = null;
    for (const name of this.opts.ignoreFiles ?? []) {
      const file = path.join(dir, name);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR') {
          this.notices.push({ path: displayPath(this.opts.cwd, file), level: 'warning', message: `unreadable ignore file (${code ?? 'error'}); its patterns are not applied` });
        }
        continue;
      }
      ig = (ig ?? ignoreFactory()).add(text);
    }
    return ig;
  }
}
