/**
 * `extract --full` + `check --from-extractions` through the CLI (files, stdin, version checks), and the
 * progress line: when it is shown, what it draws, and that it never reaches a pipe.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressWanted, ProgressLine } from '../src/progress.js';
import { readExtractions } from '../src/commands/extractions.js';
import { credence, ROOT } from './helpers.js';
import { PORT_CLIP, PORT_DRAFT, workspace, write } from './workspace.js';

describe('check --from-extractions', () => {
  it('gives the report of a direct run, without reading the articles again', () => {
    const dir = workspace({});
    const seeds = path.join(ROOT, 'seeds');
    // two shards, extracted apart, one of them with a file that cannot be analysed
    for (const f of ['000_5c673db3cab6465c.txt', '001_aa175fc209d0c5e2.txt']) write(dir, `a/${f}`, readFileSync(path.join(seeds, f), 'utf8'));
    write(dir, 'b/port.txt', PORT_CLIP);
    write(dir, 'b/empty.txt', '');
    expect(credence(['extract', 'a', '--format', 'jsonl', '--full', '-o', 'a.jsonl'], { cwd: dir }).code).toBe(0);
    const b = credence(['extract', 'b', '--format', 'jsonl', '--full'], { cwd: dir });
    expect(b.code).toBe(0);
    expect(b.stderr).toMatch(/b\/empty\.txt: skipped/);
    writeFileSync(path.join(dir, 'b.jsonl'), b.stdout);
    const direct = credence(['a', 'b', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    const merged = credence(['check', '--from-extractions', 'a.jsonl', 'b.jsonl', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(direct.stdout);
    expect(JSON.parse(merged.stdout).notices).toEqual([{ path: 'b/empty.txt', level: 'skipped', message: 'empty file' }]);
    // the articles are not read: the report stands with them gone
    write(dir, 'b/port.txt', 'changed since the extraction\n');
    const fromStdin = credence(['check', '--from-extractions', '-', '--format', 'json', '--fail-on', 'none'], { cwd: dir, input: b.stdout + readFileSync(path.join(dir, 'a.jsonl'), 'utf8') });
    expect(fromStdin.stdout).toBe(direct.stdout);
  });

  it('checks a draft against extracted clippings, reporting only the draft', () => {
    const dir = workspace({ 'clippings/port.txt': PORT_CLIP, 'drafts/port.md': PORT_DRAFT });
    writeFileSync(path.join(dir, 'clips.jsonl'), credence(['extract', 'clippings', '--format', 'jsonl', '--full'], { cwd: dir }).stdout);
    const direct = credence(['check', 'drafts/port.md', '--against', 'clippings', '--format', 'json'], { cwd: dir });
    const viaRecords = credence(['check', 'drafts/port.md', '--from-extractions', 'clips.jsonl', '--format', 'json'], { cwd: dir });
    expect(viaRecords.code).toBe(direct.code);
    expect(viaRecords.stdout).toBe(direct.stdout);
    expect(JSON.parse(viaRecords.stdout).articles.map((a: { path: string }) => a.path)).toEqual(['drafts/port.md']);
  });

  it('refuses what is not a record of this version, naming the line', async () => {
    const dir = workspace({ 'clippings/port.txt': PORT_CLIP });
    const line = credence(['extract', 'clippings', '--format', 'jsonl', '--full'], { cwd: dir }).stdout.trim();
    write(dir, 'old.jsonl', line.replace(/"version":"[^"]+"/, '"version":"0.0.1"') + '\n');
    write(dir, 'report.jsonl', credence(['extract', 'clippings', '--format', 'jsonl'], { cwd: dir }).stdout);
    write(dir, 'twice.jsonl', `${line}\n${line}\n`);
    await expect(readExtractions(['old.jsonl'], dir)).rejects.toThrow(/old\.jsonl:1: extracted by credence 0\.0\.1/);
    await expect(readExtractions(['report.jsonl'], dir)).rejects.toThrow(/report\.jsonl:1: not a credence extraction record/);
    await expect(readExtractions(['twice.jsonl'], dir)).rejects.toThrow(/twice\.jsonl:2: clippings\/port\.txt was already read at twice\.jsonl:1/);
    await expect(readExtractions(['missing.jsonl'], dir)).rejects.toThrow(/cannot read extractions missing\.jsonl: ENOENT/);
    const bad = credence(['check', '--from-extractions', 'old.jsonl'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/extract again/);
    expect(credence(['extract', 'clippings', '--full'], { cwd: dir }).stderr).toMatch(/--full writes JSON lines/);
  });
});

describe('progress line', () => {
  const base = { stream: { isTTY: true }, env: {}, disabled: false, quiet: false, machineOutputOnStdout: false };

  it('is shown only to a person at a terminal, outside CI, for readable output', () => {
    expect(progressWanted(base)).toBe(true);
    expect(progressWanted({ ...base, stream: { isTTY: false } })).toBe(false);
    expect(progressWanted({ ...base, stream: {} })).toBe(false);
    expect(progressWanted({ ...base, env: { CI: 'true' } })).toBe(false);
    expect(progressWanted({ ...base, env: { CI: '1' } })).toBe(false);
    expect(progressWanted({ ...base, env: { CI: 'false' } })).toBe(true);
    expect(progressWanted({ ...base, quiet: true })).toBe(false);
    expect(progressWanted({ ...base, disabled: true })).toBe(false);
    expect(progressWanted({ ...base, machineOutputOnStdout: true })).toBe(false);
  });

  it('draws files, rate and time left after a moment, then erases itself', () => {
    let t = 0;
    const written: string[] = [];
    const line = new ProgressLine({ write: (s: string) => written.push(s), columns: 100 }, () => t);
    line.update(1, 100);
    expect(written).toEqual([]); // a quick run never flickers
    t = 1000;
    line.update(50, 100);
    expect(written.pop()).toMatch(/^\rcredence {2}50\/100 files +50% {2}50 files\/s {2}ETA 1s {2}\[#{15}-{15}\]\x1b\[K$/);
    t = 1050;
    line.update(51, 100);
    expect(written).toEqual([]); // redrawn at most ten times a second
    t = 2000;
    line.update(100, 100);
    expect(written.pop()).toMatch(/100 files analysed, cross-checking/);
    line.stop();
    expect(written.pop()).toBe('\r\x1b[K');
    expect(ProgressLine.render(5, 19043, 1000, 40).length).toBeLessThanOrEqual(39);
  });

  it('never reaches stderr when it is not a terminal', () => {
    const dir = workspace({ 'a.txt': PORT_CLIP, 'b.txt': PORT_DRAFT });
    const r = credence(['.', '--fail-on', 'none'], { cwd: dir, env: { CI: '' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/\r|files\/s/);
  });
});
