/**
 * Bad input, end to end through the built CLI: every case gets a one-line notice, the run goes on, and the
 * exit code says what happened. The folder is built at test time (see robust-tree.ts).
 */
import { chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decode } from '../src/read.js';
import type { ArticleReport, Report } from '../src/report.js';
import { spawnSync } from 'node:child_process';
import { BIN, credence } from './helpers.js';
import { buildBadInputTree, PROSE, removeTempDirs, SHARED_LATIN1, tempDir, unprivilegedSpawn, write } from './robust-tree.js';

afterAll(removeTempDirs);

describe('a folder of bad input (built CLI)', () => {
  const dir = tempDir();
  const expected = buildBadInputTree(dir);
  const run = credence(['.', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
  const report = JSON.parse(run.stdout) as Report;
  const article = (p: string): ArticleReport => {
    const a = report.articles.find((x) => x.path === p);
    expect(a, `${p} analysed`).toBeDefined();
    return a!;
  };

  it('goes on past every bad file and exits 0', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('reports each bad file with exactly its one-line notice', () => {
    const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    expect([...report.notices].sort(byPath)).toEqual([...expected.notices].sort(byPath));
    for (const n of report.notices) expect(n.message).not.toMatch(/[\r\n]/);
    expect(report.summary.skipped).toBe(expected.notices.filter((n) => n.level === 'skipped').length);
  });

  it('analyses every readable article, whatever its encoding, line endings or name', () => {
    expect(report.articles.map((a) => a.path).sort()).toEqual([...expected.articles].sort());
  });

  it('prints the same notices in the stylish report', () => {
    const stylish = credence(['.', '--fail-on', 'none'], { cwd: dir });
    expect(stylish.code).toBe(0);
    for (const n of expected.notices) expect(stylish.stdout).toContain(`${n.path}: ${n.level} ${n.message}\n`);
  });

  it('decodes UTF-16 LE and BE, with and without a BOM', () => {
    for (const p of ['encoding/utf16le.txt', 'encoding/utf16be.txt', 'encoding/utf16le-nobom.txt']) {
      const a = article(p);
      expect(a.title).toBe('NATO summit');
      expect(a.figures.map((f) => [f.text, f.value, f.line, f.column])).toEqual([['32 members', 32, 3, 10]]);
    }
  });

  it('decodes Windows-1252 to the right characters, not replacement characters', () => {
    const a = article('encoding/cp1252.txt');
    expect(a.title).toBe('Café prices rise');
    expect(a.figures.map((f) => [f.text, f.unit])).toEqual([['€5 million', 'EUR']]);
  });

  it.skipIf(!existsSync(SHARED_LATIN1))('decodes the ISO-8859-1 BBC article (shared corpus)', () => {
    const a = article('encoding/latin1.txt');
    expect(a.title).toBe('Chelsea sack Mutu');
    expect(a.figures.some((f) => f.text === '£15.8m' && f.unit === 'GBP')).toBe(true);
    expect(JSON.stringify(a)).not.toContain('\ufffd');
  });

  it('keeps the rest of a file with invalid UTF-8 in the middle', () => {
    const a = article('encoding/bad-utf8.txt');
    expect(a.title).toBe('Zürich budget');
    expect(a.figures.map((f) => [f.text, f.unit])).toEqual([['€5 million', 'EUR']]);
  });

  it('counts lines the same for \\r\\n, \\r and \\n', () => {
    const a = article('mixed-endings.txt');
    expect(a.figures.map((f) => [f.text, f.line, f.column])).toEqual([
      ['About 1,250 dockers', 3, 1],
      ['300', 4, 16],
      ['$2 million', 5, 9],
    ]);
  });

  it('reads through NBSP, zero-width and bidi control characters, columns in UTF-16 code units', () => {
    const a = article('invisible.txt');
    const line = 'The\u200b council\u202e approved\u202c $4.5\u00a0million on\u2066 Monday\u2069, officials said.';
    const f = a.figures.find((x) => x.value === 4_500_000);
    expect(f).toMatchObject({ text: '$4.5\u00a0million', unit: 'USD', line: 3, column: line.indexOf('$') + 1 });
  });

  it('skips a 1 MB line of data and still analyses the prose around it', () => {
    const a = article('long-line.txt');
    expect(a.title).toBe('Data dump');
    expect(a.figures.map((f) => [f.text, f.line])).toEqual([['$4.5 million', 3]]);
    expect(a.dates.every((d) => d.line !== 4)).toBe(true);
  });

  it('honours --max-file-size at the byte', () => {
    const d = tempDir();
    const text = PROSE.padEnd(1000, ' ');
    write(d, 'at.txt', text);
    write(d, 'over.txt', text + ' ');
    const r = credence(['.', '--format', 'json', '--fail-on', 'none', '--max-file-size', '1000'], { cwd: d });
    const rep = JSON.parse(r.stdout) as Report;
    expect(rep.articles.map((a) => a.path)).toEqual(['at.txt']);
    expect(rep.notices).toEqual([{ path: 'over.txt', level: 'skipped', message: 'larger than --max-file-size (1001 > 1000 bytes)' }]);
  });
});

describe('decode', () => {
  it('removes exactly one byte order mark, as an editor does', () => {
    const twice = '\ufeff\ufeffNATO has 32 members';
    expect(decode(Buffer.from(twice, 'utf8'))).toMatchObject({ ok: true, text: '\ufeffNATO has 32 members' });
    expect(decode(Buffer.from(twice, 'utf16le'))).toMatchObject({ ok: true, text: '\ufeffNATO has 32 members' });
    const be = Buffer.from(twice, 'utf16le');
    be.swap16();
    expect(decode(be)).toMatchObject({ ok: true, text: '\ufeffNATO has 32 members' });
  });
});

describe('exit code 2, with the reason on stderr', () => {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'empty'));
  write(dir, 'pdfs/report.pdf', '%PDF-1.7');
  symlinkSync('loop2', path.join(dir, 'loop1'));
  symlinkSync('loop1', path.join(dir, 'loop2'));
  symlinkSync('nowhere', path.join(dir, 'dangling'));

  it('for a path that does not exist, naming it', () => {
    const r = credence(['no such/folder ü'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('credence: no such file or folder: no such/folder ü\n');
    expect(r.stdout).toBe('');
  });

  it('when no file matches', () => {
    for (const args of [['empty'], ['pdfs'], ['*.nothing'], ['empty', '--ext', 'md']]) {
      const r = credence(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^credence: no article files matched .*\n$/);
    }
  });

  it('for a link argument that loops or leads nowhere', () => {
    expect(credence(['loop1'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'credence: symbolic link loop: loop1\n' });
    expect(credence(['dangling'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'credence: broken symbolic link: dangling\n' });
  });
});

describe('unreadable files and folders', () => {
  const as = unprivilegedSpawn();
  const reason =
    as === null ? 'running as root and cannot switch to an unprivileged user, so permissions do not apply: skipped' : '';
  if (reason) console.warn(`robust-input: ${reason}`);
  const dir = tempDir();

  // As root, the CLI runs as "nobody", for whom chmod 000 means what it says.
  const run = (args: string[], cwd: string) => {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...(as && as !== 'not-root' ? as : {}),
    });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };

  it.skipIf(as === null)('skips an unreadable file and an unreadable folder with a notice, and goes on', () => {
    write(dir, 'tree/good.txt', PROSE);
    write(dir, 'tree/secret.txt', PROSE);
    write(dir, 'tree/locked/inside.txt', PROSE);
    chmodSync(path.join(dir, 'tree/secret.txt'), 0o000);
    chmodSync(path.join(dir, 'tree/locked'), 0o000);
    const r = run(['tree', '--format', 'json', '--fail-on', 'none'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.stdout) as Report;
    expect(rep.articles.map((a) => a.path)).toEqual(['tree/good.txt']);
    expect(rep.notices).toEqual([
      { path: 'tree/locked', level: 'skipped', message: 'unreadable folder (permission denied)' },
      { path: 'tree/secret.txt', level: 'skipped', message: 'unreadable file (permission denied)' },
    ]);
  });

  it.skipIf(as === null)('exits 2 when the folder given cannot be read', () => {
    write(dir, 'closed/a.txt', PROSE);
    chmodSync(path.join(dir, 'closed'), 0o000);
    const r = run(['closed'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('credence: cannot read folder closed: permission denied\n');
  });

  it.skipIf(as === null)('reports an unreadable file named explicitly, next to a readable one', () => {
    writeFileSync(path.join(dir, 'ok.txt'), PROSE);
    writeFileSync(path.join(dir, 'shut.txt'), PROSE);
    chmodSync(path.join(dir, 'shut.txt'), 0o000);
    const r = run(['ok.txt', 'shut.txt', '--format', 'json', '--fail-on', 'none'], dir);
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.stdout) as Report;
    expect(rep.articles.map((a) => a.path)).toEqual(['ok.txt']);
    expect(rep.notices).toEqual([{ path: 'shut.txt', level: 'skipped', message: 'unreadable file (permission denied)' }]);
  });
});
