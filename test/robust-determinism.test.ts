/**
 * Same answer every time: byte-identical JSON across runs, across the order in which the same files were
 * created on disk, and across the order of the arguments.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/engine.js';
import { credence, ROOT } from './helpers.js';
import { removeTempDirs, tempDir, write } from './robust-tree.js';

afterAll(removeTempDirs);

/** Every file under `dir` as [relative path, bytes], in a fixed order. */
function filesUnder(dir: string, rel = ''): Array<[string, Buffer]> {
  const out: Array<[string, Buffer]> = [];
  for (const name of readdirSync(path.join(dir, rel)).sort()) {
    const r = rel ? `${rel}/${name}` : name;
    if (statSync(path.join(dir, r)).isDirectory()) out.push(...filesUnder(dir, r));
    else out.push([r, readFileSync(path.join(dir, r))]);
  }
  return out;
}

describe('same answer every time', () => {
  // Several story clusters (corroboration, contradictions, reprints) plus the seeds: enough cross-article
  // structure for any order dependence to show.
  const files = [
    ...filesUnder(path.join(ROOT, 'fixtures', 'crosscheck')).filter(([p]) => /\.txt$/.test(p)).map(([p, b]) => [`cc/${p}`, b] as [string, Buffer]),
    ...filesUnder(path.join(ROOT, 'seeds')).map(([p, b]) => [`seeds/${p}`, b] as [string, Buffer]),
  ];
  // An exact reprint under another name, so stories are not empty.
  files.push(['copies/reprint.txt', files.find(([p]) => p.startsWith('seeds/'))![1]]);
  const forward = tempDir();
  const backward = tempDir();
  for (const [p, b] of files) write(forward, p, b);
  for (const [p, b] of [...files].reverse()) write(backward, p, b);

  const json = (cwd: string, args: string[] = ['.']) => {
    const r = credence([...args, '--format', 'json', '--fail-on', 'none'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    return r.stdout;
  };
  const first = json(forward);

  it('has something to be stable about', () => {
    const report = JSON.parse(first);
    expect(report.summary.articles).toBe(files.length);
    expect(report.stories.length).toBeGreaterThan(0);
    expect(report.summary.error).toBeGreaterThan(0);
  });

  it('prints byte-identical JSON on a second run', () => {
    expect(json(forward)).toBe(first);
  });

  it('prints byte-identical JSON for the same files created in the opposite order', () => {
    expect(json(backward)).toBe(first);
  });

  it('prints the same stylish report, but for the time taken', () => {
    const stylish = (cwd: string) => credence(['.', '--fail-on', 'none'], { cwd }).stdout.replace(/ in \d+\.\d\ds\n$/, '\n');
    expect(stylish(backward)).toBe(stylish(forward));
  });

  it('does not depend on the order or the form of the arguments', async () => {
    const tops = [...new Set(files.map(([p]) => p.split('/')[0]!))];
    expect(json(backward, [...tops].reverse())).toBe(first);
    const a = JSON.stringify(await analyze(tops, { cwd: forward }));
    const b = JSON.stringify(await analyze([...tops].reverse(), { cwd: backward }));
    const c = JSON.stringify(await analyze(['**/*.txt'], { cwd: backward }));
    expect(b).toBe(a);
    expect(c).toBe(a);
  });
});
