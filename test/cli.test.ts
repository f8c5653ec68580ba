import Ajv from 'ajv';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/report.js';
import { credence, ROOT } from './helpers.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8'));

function seedsReport(): Report {
  const r = credence(['seeds', '--format', 'json', '--fail-on', 'none']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

const findingsOf = (report: Report, file: string, rule: string) =>
  report.articles.find((a) => a.path === `seeds/${file}`)!.findings.filter((f) => f.rule === rule);

describe('credence seeds (end to end, built CLI)', () => {
  const report = seedsReport();

  it('validates against the shipped JSON schema', () => {
    const ajv = new Ajv({ allErrors: true });
    const ok = ajv.validate(schema, report);
    expect(ajv.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(report.summary.articles).toBe(5);
  });

  it('finds the real disclosures and only those', () => {
    const lines = (file: string) => findingsOf(report, file, 'ai-disclosure').map((f) => [f.line, f.kind]);
    expect(lines('000_5c673db3cab6465c.txt')).toEqual([[5, 'partial']]);
    expect(lines('001_aa175fc209d0c5e2.txt')).toEqual([[12, 'text']]);
    expect(lines('002_a28ed32f299cf9c5.txt')).toEqual([]);
    expect(lines('003_eee645b6263a7833.txt')).toEqual([]);
    expect(lines('004_9ea0780b6df626b3.txt')).toEqual([[8, 'image'], [39, 'byline'], [49, 'byline']]);
  });

  it('flags the single-source revenue figure as attributed to Reuters', () => {
    const [f] = findingsOf(report, '001_aa175fc209d0c5e2.txt', 'unsupported-number').filter((x) => x.excerpt === '$4.3 billion');
    expect(f).toBeDefined();
    expect(f!.severity).toBe('note');
    expect(f!.message).toMatch(/attributed to Reuters/);
  });

  it('treats "more than 30 countries", "32-member" and "32 member states" as corroborating', () => {
    const figures = report.articles.flatMap((a) => a.figures.map((f) => ({ path: a.path, ...f })));
    const members = figures.filter((f) => f.measure === 'member');
    expect(members.map((m) => m.text).sort()).toEqual(['32 member states', '32-member', '32-member', 'more than 30 countries']);
    for (const m of members) expect(m.corroboratedBy.length).toBeGreaterThan(0);
  });

  it('reports the classified/unclassified conflict, with the other side in related', () => {
    const c = findingsOf(report, '000_5c673db3cab6465c.txt', 'contradiction');
    expect(c.length).toBeGreaterThanOrEqual(1);
    expect(c[0]!.severity).toBe('error');
    expect(c[0]!.related.some((r) => /00[34]_/.test(r.path) && /unclassified/i.test(r.excerpt))).toBe(true);
    // The spokeswoman's correction in 004 is not a contradiction of the article with itself.
    const in004 = findingsOf(report, '004_9ea0780b6df626b3.txt', 'contradiction');
    expect(in004.every((f) => f.related.every((r) => r.path !== 'seeds/004_9ea0780b6df626b3.txt'))).toBe(true);
  });

  it('prints byte-identical JSON on every run', () => {
    const a = credence(['seeds', '--format', 'json']).stdout;
    const b = credence(['seeds', '--format', 'json']).stdout;
    expect(a).toBe(b);
    expect(a).not.toContain(ROOT);
  });
});

describe('exit codes and messages', () => {
  it('exits 1 when a finding reaches --fail-on, 0 when none does', () => {
    expect(credence(['seeds']).code).toBe(1);
    expect(credence(['seeds', '--fail-on', 'none']).code).toBe(0);
  });
  it('exits 2 with the path for a missing argument', () => {
    const r = credence(['no/such/folder']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no such file or folder: no\/such\/folder/);
  });
  it('exits 2 when nothing matches, and for bad flags', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'credence-'));
    mkdirSync(path.join(dir, 'empty'));
    expect(credence([path.join(dir, 'empty')]).code).toBe(2);
    expect(credence(['seeds', '--fail-on', 'sometimes']).code).toBe(2);
    expect(credence(['seeds', '--date', '6 March']).code).toBe(2);
    expect(credence(['seeds', '--rule', 'made-up=error']).code).toBe(2);
  });
  it('reports a binary or empty file as skipped and goes on', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'credence-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Port strike ends\n\nAbout 1,250 dockers returned to work, the union said.\n');
    writeFileSync(path.join(dir, 'b.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    writeFileSync(path.join(dir, 'c.txt'), '');
    const r = credence(['.', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.stdout) as Report;
    expect(rep.summary.articles).toBe(1);
    expect(rep.notices).toEqual([
      { path: 'b.txt', level: 'skipped', message: 'binary file (PNG image)' },
      { path: 'c.txt', level: 'skipped', message: 'empty file' },
    ]);
  });
  it('honours --rule overrides', () => {
    const r = credence(['seeds', '--format', 'json', '--rule', 'contradiction=off', '--rule', 'ai-disclosure=error']);
    const rep = JSON.parse(r.stdout) as Report;
    const all = rep.articles.flatMap((a) => a.findings);
    expect(all.some((f) => f.rule === 'contradiction')).toBe(false);
    expect(all.filter((f) => f.rule === 'ai-disclosure').every((f) => f.severity === 'error')).toBe(true);
  });
  it('colours only when asked', () => {
    expect(credence(['seeds']).stdout).not.toMatch(/\u001b\[/);
    expect(credence(['seeds'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
  });
});
