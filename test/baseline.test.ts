import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../src/baseline.js';
import { credence } from './helpers.js';
import { findings, jsonReport, read, workspace, write } from './workspace.js';

const DRAFT = [
  'Port budget',
  '',
  'Revenue fell by 12% in the quarter.',
  '',
  'The port lost 77 cranes.',
  '',
  'The backlog stands at 310 ships.',
].join('\n') + '\n';

describe('fingerprints', () => {
  it('ignore case, spacing and quote style, but not the words or the rule', () => {
    expect(fingerprint('unsupported-number', '12  %')).not.toBe(fingerprint('unsupported-number', '12%'));
    expect(fingerprint('unsupported-number', 'About  1,250\nDockers')).toBe(fingerprint('unsupported-number', 'about 1,250 dockers'));
    expect(fingerprint('contradiction', '“approved”')).toBe(fingerprint('contradiction', '"approved"'));
    expect(fingerprint('contradiction', '12%')).not.toBe(fingerprint('unsupported-number', '12%'));
    expect(fingerprint('unsupported-number', '$4.3 billion')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('credence baseline', () => {
  it('round trip: record, report only new findings, survive moved lines, prune', () => {
    const dir = workspace({ 'drafts/budget.txt': DRAFT, 'drafts/other.txt': 'Other story\n\nThe fleet has 40 tugs.\n' });
    const made = credence(['baseline', 'drafts'], { cwd: dir });
    expect(made.code).toBe(0);
    expect(made.stdout).toBe('credence: recorded 4 findings in 2 files to credence-baseline.json (4 in 2 files in all)\n');
    const file = JSON.parse(read(dir, 'credence-baseline.json'));
    expect(Object.keys(file.files)).toEqual(['drafts/budget.txt', 'drafts/other.txt']);
    expect(Object.values(file.files['drafts/budget.txt']['unsupported-number']).map((e: any) => [e.excerpt, e.count])).toEqual(
      expect.arrayContaining([['12%', 1], ['77 cranes', 1], ['310 ships', 1]]),
    );
    // Byte-identical when recorded again.
    const first = read(dir, 'credence-baseline.json');
    expect(credence(['baseline', 'drafts'], { cwd: dir }).code).toBe(0);
    expect(read(dir, 'credence-baseline.json')).toBe(first);

    // With the baseline present, nothing is reported and the run passes even with --max-warnings 0.
    const clean = jsonReport(['drafts', '--max-warnings', '0'], { cwd: dir });
    expect(findings(clean.report)).toEqual([]);
    expect(clean.run.code).toBe(0);

    // A new unsupported figure is reported, and only it.
    write(dir, 'drafts/budget.txt', DRAFT + '\nTolls rose 5% in March.\n');
    const added = jsonReport(['drafts', '--max-warnings', '0'], { cwd: dir });
    expect(findings(added.report)).toEqual([['drafts/budget.txt', 'unsupported-number', '5%']]);
    expect(added.run.code).toBe(1);
    expect(added.report.summary).toMatchObject({ findings: 1, warning: 1 });

    // Paragraphs moved around and text added above: the recorded findings stay hidden.
    const moved = ['Port budget, updated', '', 'A new first paragraph without figures.', '', 'The backlog stands at 310 ships.', '', 'Tolls rose 5% in March.', '', 'Revenue fell by 12% in the quarter.', '', 'The port lost 77 cranes.'].join('\n') + '\n';
    write(dir, 'drafts/budget.txt', moved);
    expect(findings(jsonReport(['drafts'], { cwd: dir }).report)).toEqual([['drafts/budget.txt', 'unsupported-number', '5%']]);

    // The same words once more are a new occurrence: reported.
    write(dir, 'drafts/budget.txt', moved + '\nThe port lost 77 cranes.\n');
    expect(findings(jsonReport(['drafts'], { cwd: dir }).report).map((f) => f[2])).toEqual(['5%', '77 cranes']);

    // --no-baseline shows everything.
    expect(findings(jsonReport(['drafts', '--no-baseline'], { cwd: dir }).report)).toHaveLength(6);

    // Fix two findings and delete a file; pruning drops their entries and keeps the rest.
    write(dir, 'drafts/budget.txt', 'Port budget\n\nRevenue fell by 12% in the quarter.\n');
    rmSync(path.join(dir, 'drafts/other.txt'));
    const pruned = credence(['drafts', '--prune-baseline'], { cwd: dir });
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toBe('credence: pruned 3 stale baseline entries from credence-baseline.json\n');
    const after = JSON.parse(read(dir, 'credence-baseline.json'));
    expect(Object.keys(after.files)).toEqual(['drafts/budget.txt']);
    expect(Object.values(after.files['drafts/budget.txt']['unsupported-number']).map((e: any) => e.excerpt)).toEqual(['12%']);
    // The pruned baseline still hides what is left.
    write(dir, 'drafts/budget.txt', 'Port budget\n\nRevenue fell by 12% in the quarter.\n\nThe port lost 77 cranes.\n');
    expect(findings(jsonReport(['drafts'], { cwd: dir }).report).map((f) => f[2])).toEqual(['77 cranes']);
  });

  it('keeps entries of files not analysed, and of rules turned off, when recording or pruning', () => {
    const dir = workspace({ 'a/one.txt': DRAFT, 'b/two.txt': DRAFT });
    credence(['baseline', 'a', 'b'], { cwd: dir });
    const before = JSON.parse(read(dir, 'credence-baseline.json'));
    expect(credence(['baseline', 'a', '--rule', 'unsupported-number=off'], { cwd: dir }).code).toBe(0);
    expect(JSON.parse(read(dir, 'credence-baseline.json'))).toEqual(before);
    expect(credence(['a', '--prune-baseline', '--rule', 'unsupported-number=off'], { cwd: dir }).stderr).toMatch(/pruned 0 stale/);
    expect(JSON.parse(read(dir, 'credence-baseline.json'))).toEqual(before);
  });

  it('never writes into an analysed folder unless the file is named', () => {
    const dir = workspace({ 'drafts/budget.txt': DRAFT });
    const refused = credence(['baseline', '.'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/credence-baseline\.json would be written into \., a folder being analysed; name the file with --baseline-file/);
    expect(existsSync(path.join(dir, 'credence-baseline.json'))).toBe(false);
    const refusedGlob = credence(['baseline', '**/*.txt'], { cwd: dir });
    expect(refusedGlob.code).toBe(2);
    expect(credence(['baseline', '.', '--baseline-file', 'credence-baseline.json'], { cwd: dir }).code).toBe(0);
    expect(existsSync(path.join(dir, 'credence-baseline.json'))).toBe(true);
  });

  it('paths are relative to the baseline file, so another working directory can use it', () => {
    const dir = workspace({ 'drafts/budget.txt': DRAFT });
    expect(credence(['baseline', 'drafts', '--baseline-file', 'ci/baseline.json'], { cwd: dir }).code).toBe(0);
    expect(Object.keys(JSON.parse(read(dir, 'ci/baseline.json')).files)).toEqual(['../drafts/budget.txt']);
    expect(findings(jsonReport(['.', '--baseline', '../ci/baseline.json'], { cwd: path.join(dir, 'drafts') }).report)).toEqual([]);
    // Not found automatically outside the working directory, and a named baseline must exist.
    expect(findings(jsonReport(['.'], { cwd: path.join(dir, 'drafts') }).report)).toHaveLength(3);
    const missing = credence(['drafts', '--baseline', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/baseline nope\.json does not exist/);
  });

  it('a corrupt baseline is a usage error naming the file', () => {
    const dir = workspace({ 'drafts/budget.txt': DRAFT, 'credence-baseline.json': '{ "version": 2, "files": {} }' });
    const r = credence(['drafts'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('credence: invalid baseline credence-baseline.json: version: expected 1\n');
  });
});
