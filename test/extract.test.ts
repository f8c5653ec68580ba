import { describe, expect, it } from 'vitest';
import type { Report } from '../src/report.js';
import { credence } from './helpers.js';
import { PORT_CLIP, PORT_DRAFT, workspace } from './workspace.js';

describe('credence extract', () => {
  it('--format json gives the report\'s own entities, figures and dates objects', () => {
    const r = credence(['extract', 'seeds', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { articles: Array<Record<string, unknown>>; notices: unknown[] };
    const report = JSON.parse(credence(['seeds', '--format', 'json', '--fail-on', 'none']).stdout) as Report;
    expect(out.articles).toEqual(report.articles.map(({ path, title, date, entities, figures, dates }) => ({ path, title, date, entities, figures, dates })));
    expect(out.articles.length).toBe(5);
    expect(out.notices).toEqual([]);
    // Deterministic.
    expect(credence(['extract', 'seeds', '--format', 'json']).stdout).toBe(r.stdout);
  });

  it('--format jsonl prints one line per article with path, title, date, entities, figures, dates', () => {
    const r = credence(['extract', 'seeds', '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    const first = JSON.parse(lines[0]!);
    expect(Object.keys(first)).toEqual(['path', 'title', 'date', 'entities', 'figures', 'dates']);
    expect(first.path).toBe('seeds/000_5c673db3cab6465c.txt');
    const nato = lines.map((l) => JSON.parse(l)).flatMap((a) => a.entities).find((e: { name: string }) => e.name === 'NATO');
    expect(nato).toBeDefined();
  });

  it('prints every figure field and date interval readably', () => {
    const dir = workspace({ 'draft.txt': PORT_DRAFT, 'clip.txt': PORT_CLIP });
    const r = credence(['extract', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    const json = JSON.parse(credence(['extract', '.', '--format', 'json'], { cwd: dir }).stdout);
    const fig = json.articles[1].figures[0];
    expect(fig).toMatchObject({ text: 'About 1,250 dockers', value: 1250, bound: 'approx', attribution: 'the union', attributionKind: 'named', independentSources: 1 });
    const block = r.stdout.slice(r.stdout.indexOf('draft.txt'));
    expect(block).toContain('figures (2)');
    expect(block).toContain('3:1  About 1,250 dockers');
    expect(block).toContain(`value 1250 ${fig.unit}  bound approx  measure ${fig.measure}  subject none`);
    expect(block).toContain('attribution the union (named)');
    expect(block).toContain('independent sources 1  corroborated by clip.txt:3');
    expect(r.stdout).toMatch(/dates \(1\)\n {4}3:43 {2}Tuesday {2}→ unresolved/);
  });

  it('escapes control characters from article text in the terminal output', () => {
    const dir = workspace({ 'evil.txt': 'Port \u001b[31mstrike\u001b[0m ends\n\nAbout 1,250 \u202Edockers returned to work at Rotterdam Port, the union said.\n' });
    const r = credence(['extract', 'evil.txt'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '0' } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u001b\u202e]/);
    expect(r.stdout).toContain('\\u{001B}[31mstrike');
  });

  it('reads stdin and takes a name for it', () => {
    const dir = workspace({});
    const r = credence(['extract', '-', '--stdin-filename', 'desk/draft.md', '--format', 'jsonl'], { cwd: dir, input: PORT_DRAFT });
    expect(r.code).toBe(0);
    const line = JSON.parse(r.stdout);
    expect(line.path).toBe('desk/draft.md');
    expect(line.figures.map((f: { text: string }) => f.text)).toEqual(['About 1,250 dockers', '12%']);
  });

  it('lists skipped files (on stderr for jsonl, so stdout stays one JSON per line)', () => {
    const dir = workspace({ 'a.txt': PORT_DRAFT, 'empty.txt': '' });
    const r = credence(['extract', '.', '--format', 'jsonl'], { cwd: dir });
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('credence: empty.txt: skipped empty file\n');
    expect(credence(['extract', '.'], { cwd: dir }).stdout).toMatch(/empty\.txt: skipped empty file/);
    expect(credence(['extract', 'nothing-here'], { cwd: dir }).code).toBe(2);
  });
});
