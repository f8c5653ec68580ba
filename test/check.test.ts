import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { credence } from './helpers.js';
import { findings, jsonReport, PORT_CLIP, PORT_DRAFT, workspace, write } from './workspace.js';

describe('credence check DRAFT --against CLIPPINGS', () => {
  const files = {
    'drafts/port.md': PORT_DRAFT,
    'clippings/dockers.txt': PORT_CLIP,
    'clippings/budget.txt': 'Port budget\n\nThe port lost 77 cranes, officials said.\n',
  };

  it('cross-checks drafts with the clippings and reports on the drafts only', () => {
    const dir = workspace(files);
    const { run, report } = jsonReport(['check', 'drafts/port.md', '--against', 'clippings'], { cwd: dir });
    expect(report.articles.map((a) => a.path)).toEqual(['drafts/port.md']);
    // 1,250 is corroborated by the clipping; 12% is not.
    expect(findings(report)).toEqual([['drafts/port.md', 'unsupported-number', '12%']]);
    const fig = report.articles[0]!.figures.find((f) => f.text === 'About 1,250 dockers')!;
    expect(fig.corroboratedBy).toEqual([{ path: 'clippings/dockers.txt', line: 3 }]);
    expect(run.code).toBe(0);
    // The clippings have findings of their own that a plain run shows; check does not.
    const plain = jsonReport(['drafts', 'clippings'], { cwd: dir }).report;
    expect(findings(plain).some(([p]) => p.startsWith('clippings/'))).toBe(true);
  });

  it('accepts several --against and fails on the drafts\' findings only', () => {
    const dir = workspace({ ...files, 'wires/w.txt': 'Wire\n\nRevenue fell by 12% in the quarter, the port said.\n' });
    const { run, report } = jsonReport(['check', 'drafts', '--against', 'clippings', '--against', 'wires', '--fail-on', 'warning'], { cwd: dir });
    expect(findings(report)).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('needs --against, and clippings that hold articles', () => {
    const dir = workspace({ ...files, 'empty/readme.json': '{}' });
    const none = credence(['check', 'drafts'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--against/);
    for (const draft of ['drafts', '-']) {
      const empty = credence(['check', draft, '--against', 'empty'], { cwd: dir, input: PORT_DRAFT });
      expect(empty.code).toBe(2);
      expect(empty.stderr).toMatch(/no article files matched "empty"/);
    }
  });

  it('reads a draft from stdin, reported under --stdin-filename', () => {
    const dir = workspace(files);
    const { report } = jsonReport(['check', '-', '--stdin-filename', 'drafts/new.md', '--against', 'clippings'], { cwd: dir, input: PORT_DRAFT });
    expect(report.articles.map((a) => a.path)).toEqual(['drafts/new.md']);
    expect(findings(report)).toEqual([['drafts/new.md', 'unsupported-number', '12%']]);
    // Without a name the article is "<stdin>"; stdin works for the main command too.
    const plain = jsonReport(['-'], { cwd: dir, input: PORT_DRAFT }).report;
    expect(plain.articles.map((a) => a.path)).toEqual(['<stdin>']);
    expect(findings(plain).map((f) => f[2])).toEqual(['About 1,250 dockers', '12%']);
  });

  it('stdin replaces the file of the same name (an editor\'s unsaved buffer)', () => {
    const dir = workspace(files);
    const buffer = 'Port strike ends\n\nAbout 1,250 dockers returned to work, the union said.\n\nThe port lost 77 cranes.\n';
    const { report } = jsonReport(['check', '-', '--stdin-filename', 'drafts/port.md', '--against', '.'], { cwd: dir, input: buffer });
    expect(report.articles.map((a) => a.path)).toEqual(['drafts/port.md']);
    expect(findings(report)).toEqual([]); // the saved file's 12% is gone; 77 cranes is in a clipping
  });

  it('stdin: binary input is skipped with a notice; --stdin-filename without "-" is an error', () => {
    const dir = workspace(files);
    const r = credence(['-', '--format', 'json'], { cwd: dir, input: '\u0000\u0001\u0002binary' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).notices).toEqual([{ path: '<stdin>', level: 'skipped', message: 'binary file (contains NUL bytes)' }]);
    const bad = credence(['drafts', '--stdin-filename', 'x.md'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--stdin-filename names the text read from "-"/);
  });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
}

describe('--changed-since', () => {
  it('cross-checks the whole folder but reports only files changed since the ref, plus untracked ones', () => {
    const dir = workspace({
      'desk/a.txt': 'Port budget\n\nRevenue fell by 12% in the quarter.\n',
      'desk/b.txt': 'Port fleet\n\nThe port lost 77 cranes.\n',
      'desk/c.txt': 'Cranes\n\nThe port lost 77 cranes in the storm, the union said.\n',
    });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'first');
    write(dir, 'desk/b.txt', 'Port fleet\n\nThe port lost 77 cranes and 9 tugs.\n');
    write(dir, 'desk/new.txt', 'New\n\nThe port hired 40 pilots.\n');
    const { report } = jsonReport(['desk', '--changed-since', 'HEAD'], { cwd: dir });
    expect(report.articles.map((a) => a.path)).toEqual(['desk/b.txt', 'desk/new.txt']);
    // 77 cranes is corroborated by c.txt, which is not reported but was cross-checked.
    expect(findings(report).map((f) => `${f[0]}:${f[2]}`)).toEqual(['desk/b.txt:9 tugs', 'desk/new.txt:40 pilots']);
    // From a subfolder, paths stay relative to the working directory.
    const sub = jsonReport(['.', '--changed-since', 'HEAD'], { cwd: `${dir}/desk` }).report;
    expect(sub.articles.map((a) => a.path)).toEqual(['b.txt', 'new.txt']);
    // Nothing changed since the working tree's own state: nothing reported.
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'second');
    expect(jsonReport(['desk', '--changed-since', 'HEAD'], { cwd: dir }).report.articles).toEqual([]);
    expect(jsonReport(['desk', '--changed-since', 'HEAD~1'], { cwd: dir }).report.articles.map((a) => a.path)).toEqual(['desk/b.txt', 'desk/new.txt']);
  });

  it('exits 2 with a clear message outside a git repository or for an unknown ref', () => {
    const dir = workspace({ 'a.txt': 'Port budget\n\nRevenue fell by 12% in the quarter.\n' });
    const outside = credence(['.', '--changed-since', 'HEAD'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: dir.replace(/\/[^/]+$/, '') } });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^credence: --changed-since needs a git repository \(not a git repository/);
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'first');
    const badRef = credence(['.', '--changed-since', 'no-such-branch'], { cwd: dir });
    expect(badRef.code).toBe(2);
    expect(badRef.stderr).toBe('credence: --changed-since: "no-such-branch" is not a commit in this repository\n');
    expect(credence(['.', '--changed-since', '--output=x'], { cwd: dir }).code).toBe(2);
  });
});

describe('help', () => {
  it('every command has help with examples, also as `credence help <command>`', () => {
    for (const args of [['--help'], ['check', '--help'], ['baseline', '--help'], ['extract', '--help'], ['help', 'check']]) {
      const r = credence(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: credence/);
      expect(r.stdout).toMatch(/\nExamples:\n {2}\$ credence /);
    }
  });
});
