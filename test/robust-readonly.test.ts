/**
 * credence never writes into folders it reads: the whole input tree (names, types, modes, sizes, mtimes,
 * contents, link targets) hashes the same before and after runs with every option the CLI has.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/engine.js';
import { FORMATTERS } from '../src/formatters/index.js';
import { credence, ROOT } from './helpers.js';
import { removeTempDirs, tempDir, write } from './robust-tree.js';

afterAll(removeTempDirs);

/** One line per entry under `dir`, sorted: what would change if anything were written, moved or touched. */
function treeFingerprint(dir: string): string {
  const lines: string[] = [];
  const visit = (abs: string, rel: string): void => {
    const st = lstatSync(abs);
    let what = '';
    if (st.isSymbolicLink()) what = `-> ${readlinkSync(abs)}`;
    else if (st.isFile()) what = createHash('sha256').update(readFileSync(abs)).digest('hex');
    lines.push([rel, st.mode.toString(8), st.size, st.mtimeMs, st.ctimeMs, what].join('\t'));
    if (st.isDirectory()) for (const name of readdirSync(abs).sort()) visit(path.join(abs, name), `${rel}/${name}`);
  };
  visit(dir, '.');
  return lines.join('\n');
}

describe('nothing written', () => {
  const input = tempDir();
  cpSync(path.join(ROOT, 'seeds'), path.join(input, 'seeds'), { recursive: true });
  cpSync(path.join(ROOT, 'fixtures', 'crosscheck', 'felixstowe-port-strike'), path.join(input, 'port'), { recursive: true });
  write(input, 'notes/draft.md', '# Draft\n\nThe council approved a budget of $4.5 million on Tuesday, officials said.\n');
  write(input, 'notes/binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
  write(input, 'notes/empty.txt', '');
  write(input, 'notes/legacy.text', Buffer.from('Caf\u00e9 prices rise\n\nThe caf\u00e9 said costs rose 12%.\n', 'latin1'));
  symlinkSync('nowhere.txt', path.join(input, 'notes', 'dangling.txt'));
  symlinkSync('../seeds', path.join(input, 'notes', 'seeds-link.txt'));
  const outside = tempDir();
  const before = treeFingerprint(input);

  const formats = Object.keys(FORMATTERS);
  const runs: Array<{ args: string[]; cwd: string; env?: Record<string, string> }> = [
    // every format once, to a file elsewhere; stdout is covered by the runs below
    ...formats.map((f) => ({ args: ['.', '--format', f, '--output-file', path.join(outside, `report.${f}`)], cwd: input })),
    { args: ['.', '--ignore', 'seeds/**', '--ignore', '*.md'], cwd: input },
    { args: ['.', '--date', '2025-03-01', '--format', 'json', '--fail-on', 'none'], cwd: input },
    { args: ['.', '--ext', 'txt,md,text', '--format', 'json'], cwd: input },
    { args: ['.', '--max-file-size', '2000', '--quiet', '--fail-on', 'note'], cwd: input },
    { args: ['.', '--rule', 'contradiction=off', '--rule', 'ai-disclosure=error', '--no-color'], cwd: input },
    { args: ['.'], cwd: input, env: { NO_COLOR: '', FORCE_COLOR: '1' } },
    { args: ['**/*.txt', 'notes/draft.md', '--format', 'json'], cwd: input },
    { args: [input, '--format', 'json', '-o', path.join(outside, 'from-outside.json')], cwd: outside },
    { args: ['.', '--format', 'no-such-format'], cwd: input },
    { args: ['no-such-folder'], cwd: input },
    { args: ['--help'], cwd: input },
    { args: ['--version'], cwd: input },
  ];

  it.each(runs.map((r) => [r.args.join(' ').split(input).join('<input>').split(outside).join('<outside>'), r] as const))('credence %s leaves the input untouched', (_name, r) => {
    const res = credence(r.args, { cwd: r.cwd, ...(r.env ? { env: r.env } : {}) });
    expect([0, 1, 2], res.stderr).toContain(res.code);
    expect(treeFingerprint(input)).toBe(before);
  });

  it('wrote the reports asked for, and only where asked', () => {
    const expected = [...formats.map((f) => `report.${f}`), 'from-outside.json'].sort();
    expect(readdirSync(outside).sort()).toEqual(expected);
    expect(JSON.parse(readFileSync(path.join(outside, 'from-outside.json'), 'utf8')).summary.articles).toBeGreaterThan(5);
  });

  it('the library API leaves it untouched too', async () => {
    const report = await analyze(['.'], { cwd: input, extensions: ['txt', 'md', 'text'], referenceDate: '2025-01-01' });
    expect(report.summary.articles).toBeGreaterThan(5);
    expect(treeFingerprint(input)).toBe(before);
    expect(existsSync(path.join(input, 'notes', 'nowhere.txt'))).toBe(false);
  });
});
