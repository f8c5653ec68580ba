/**
 * Builds folders of bad input at test time, in a temp dir: binary files, odd encodings, links, permission cases.
 * Nothing here is committed as data, so the cases cannot rot and the repository holds no binary files.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BIN, ROOT } from './helpers.js';

export const SHARED_LATIN1 = path.join(ROOT, '..', 'shared', 'corpora', 'bbc', 'sport', '199.txt');

export const PROSE = 'Port strike ends\n\nAbout 1,250 dockers returned to work on Monday, the union said.\n';

const made: string[] = [];

/** A fresh temp dir that an unprivileged user can enter (mkdtemp makes it 0700); removed by removeTempDirs. */
export function tempDir(prefix = 'credence-robust-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  made.push(dir);
  return dir;
}

/** Removes every temp dir this test file made, permission cases included. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) {
    spawnSync('chmod', ['-R', 'u+rwX', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
}

export function write(dir: string, rel: string, data: string | Uint8Array): void {
  const p = path.join(dir, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, data);
}

const utf16 = (s: string, be: boolean): Buffer => {
  const b = Buffer.from(s, 'utf16le');
  if (be) b.swap16();
  return b;
};

export interface Expected {
  /** Notices the run must report: path → exact message (level given separately). */
  notices: Array<{ path: string; level: 'skipped' | 'warning' | 'error'; message: string }>;
  /** Paths that must be analysed as articles. */
  articles: string[];
}

/**
 * Every bad-input case that does not need permissions. Returns what a run over the folder must report.
 * `latin1` is the real ISO-8859-1 article from the shared corpus when it is there.
 */
export function buildBadInputTree(dir: string): Expected {
  const notices: Expected['notices'] = [];
  const articles: string[] = [];

  write(dir, 'good.txt', PROSE);
  articles.push('good.txt');

  write(dir, 'binary/nul.txt', Buffer.concat([Buffer.from('Hello'), Buffer.from([0, 0, 1, 2]), Buffer.from('world')]));
  notices.push({ path: 'binary/nul.txt', level: 'skipped', message: 'binary file (contains NUL bytes)' });
  write(dir, 'binary/photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  notices.push({ path: 'binary/photo.txt', level: 'skipped', message: 'binary file (PNG image)' });
  write(dir, 'binary/paper.txt', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'));
  notices.push({ path: 'binary/paper.txt', level: 'skipped', message: 'binary file (PDF document)' });
  write(dir, 'binary/archive.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]));
  notices.push({ path: 'binary/archive.txt', level: 'skipped', message: 'binary file (ZIP archive or Office document)' });

  write(dir, 'empty.txt', '');
  notices.push({ path: 'empty.txt', level: 'skipped', message: 'empty file' });
  write(dir, 'blank.txt', ' \n\t\r\n\u00a0  \r\n');
  notices.push({ path: 'blank.txt', level: 'skipped', message: 'no text (whitespace only)' });

  // Sparse files: the size is real, the disk cost is not.
  write(dir, 'size/huge.txt', '');
  truncateSync(path.join(dir, 'size/huge.txt'), 50 * 1024 * 1024);
  notices.push({ path: 'size/huge.txt', level: 'skipped', message: 'larger than --max-file-size (52428800 > 10485760 bytes)' });
  // Exactly at the default limit: read (and then found to be NULs), not refused for its size.
  write(dir, 'size/at-limit.txt', '');
  truncateSync(path.join(dir, 'size/at-limit.txt'), 10 * 1024 * 1024);
  notices.push({ path: 'size/at-limit.txt', level: 'skipped', message: 'binary file (contains NUL bytes)' });

  // One line of 1 MB with no space in it (a pasted data URI), between two lines of prose.
  write(dir, 'long-line.txt', `Data dump\n\nThe council approved a budget of $4.5 million, officials said.\n${'QUJD'.repeat(262144)}\nThe deal closed in March.\n`);
  articles.push('long-line.txt');

  write(dir, 'encoding/utf16le.txt', utf16('\ufeffNATO summit\n\nNATO has 32 members, officials said.\n', false));
  write(dir, 'encoding/utf16be.txt', utf16('\ufeffNATO summit\n\nNATO has 32 members, officials said.\n', true));
  write(dir, 'encoding/utf16le-nobom.txt', utf16('NATO summit\n\nNATO has 32 members, officials said.\n', false));
  write(dir, 'encoding/cp1252.txt', Buffer.concat([
    Buffer.from('Caf', 'latin1'), Buffer.from([0xe9]), Buffer.from(' prices rise\n\nThe caf', 'latin1'), Buffer.from([0xe9]),
    Buffer.from(' said its ', 'latin1'), Buffer.from([0x93]), Buffer.from('new menu', 'latin1'), Buffer.from([0x94]),
    Buffer.from(' cost ', 'latin1'), Buffer.from([0x80]), Buffer.from('5 million, the owner said.\n', 'latin1'),
  ]));
  const beforeBad = 'Zürich budget\n\nZürich, Genève and Malmö agreed ';
  write(dir, 'encoding/bad-utf8.txt', Buffer.concat([
    Buffer.from(beforeBad, 'utf8'), Buffer.from([0xff, 0xc3]), Buffer.from(' a budget of €5 million, the mayor said.\n', 'utf8'),
  ]));
  notices.push({
    path: 'encoding/bad-utf8.txt', level: 'warning',
    message: `invalid UTF-8 at byte ${Buffer.byteLength(beforeBad)} (2 bytes replaced with U+FFFD)`,
  });
  write(dir, 'encoding/utf32.txt', Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]));
  notices.push({ path: 'encoding/utf32.txt', level: 'skipped', message: 'UTF-32 text is not supported (save it as UTF-8)' });
  articles.push('encoding/utf16le.txt', 'encoding/utf16be.txt', 'encoding/utf16le-nobom.txt', 'encoding/cp1252.txt', 'encoding/bad-utf8.txt');
  if (existsSync(SHARED_LATIN1)) {
    write(dir, 'encoding/latin1.txt', readFileSync(SHARED_LATIN1));
    articles.push('encoding/latin1.txt');
  }

  write(dir, 'mixed-endings.txt', 'Port strike ends\r\n\r\nAbout 1,250 dockers returned.\rThe union said 300 stayed out.\nIt cost $2 million.\r\n');
  write(dir, 'invisible.txt', 'Budget\u00a0row\n\nThe\u200b council\u202e approved\u202c $4.5\u00a0million on\u2066 Monday\u2069, officials said.\n');
  articles.push('mixed-endings.txt', 'invisible.txt');

  symlinkSync('loop-b.txt', path.join(dir, 'loop-a.txt'));
  symlinkSync('loop-a.txt', path.join(dir, 'loop-b.txt'));
  notices.push({ path: 'loop-a.txt', level: 'skipped', message: 'symbolic link loop' });
  notices.push({ path: 'loop-b.txt', level: 'skipped', message: 'symbolic link loop' });
  symlinkSync('nowhere.txt', path.join(dir, 'dangling.txt'));
  notices.push({ path: 'dangling.txt', level: 'skipped', message: 'broken symbolic link' });

  write(dir, 'folder.txt/inner.txt', PROSE);
  articles.push('folder.txt/inner.txt');
  symlinkSync('folder.txt', path.join(dir, 'link-to-folder.txt'));
  notices.push({ path: 'link-to-folder.txt', level: 'skipped', message: 'symbolic link to a folder; not followed' });

  write(dir, 'with space/ünïcödé näme 北京.txt', PROSE);
  articles.push('with space/ünïcödé näme 北京.txt');

  // A name that is not UTF-8 (Latin-1 "café.txt"): Node cannot open it by the name it reports.
  writeFileSync(Buffer.concat([Buffer.from(path.join(dir, 'caf')), Buffer.from([0xe9]), Buffer.from('-latin1.txt')]), PROSE);
  notices.push({ path: 'caf\ufffd-latin1.txt', level: 'skipped', message: 'file name is not valid UTF-8 (rename it to analyse it)' });

  if (spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]).status === 0) {
    notices.push({ path: 'pipe.txt', level: 'skipped', message: 'not a regular file (a named pipe, socket or device)' });
  }

  return { notices, articles };
}

/**
 * Permission cases only bite for a user without root's override. As root, runs go through an unprivileged user
 * when the system lets us switch to one (and it can read the built CLI); otherwise the cases are skipped.
 */
export function unprivilegedSpawn(): { uid: number; gid: number } | null | 'not-root' {
  if (typeof process.getuid !== 'function') return null;
  if (process.getuid() !== 0) return 'not-root';
  const as = { uid: 65534, gid: 65534 };
  const probe = spawnSync(process.execPath, [BIN, '--version'], { ...as, cwd: tmpdir(), encoding: 'utf8' });
  return probe.status === 0 ? as : null;
}
