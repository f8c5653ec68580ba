import { describe, expect, it } from 'vitest';
import { RULE_OPTIONS } from '../src/schemas.js';
import { RULE_IDS } from '../src/rules/index.js';
import { credence } from './helpers.js';
import { findings, jsonReport, PORT_CLIP, PORT_DRAFT, workspace, write } from './workspace.js';

const printConfig = (cwd: string, args: string[] = []) => {
  const r = credence(['--print-config', ...args], { cwd });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, any>;
};

describe('config file discovery', () => {
  const OFF_JSON = '{ "rules": { "unsupported-number": "off" }, "date": "2026-03-06" }\n';
  const OFF_YAML = 'rules:\n  unsupported-number: off\ndate: 2026-03-06\n';
  const forms: Array<[string, string]> = [
    ['credence.config.json', OFF_JSON],
    ['.credencerc', OFF_JSON],
    ['.credencerc', OFF_YAML],
    ['.credencerc.json', OFF_JSON],
    ['.credencerc.yaml', OFF_YAML],
    ['.credencerc.yml', OFF_YAML],
    ['package.json', JSON.stringify({ name: 'newsroom', private: true, credence: { rules: { 'unsupported-number': 'off' }, date: '2026-03-06' } })],
  ];

  it.each(forms)('reads %s', (file, text) => {
    const dir = workspace({ [file]: text, 'draft.txt': PORT_DRAFT });
    const cfg = printConfig(dir);
    expect(cfg.configFile).toBe(file);
    expect(cfg.rules['unsupported-number']).toEqual(['off', {}]);
    expect(cfg.date).toBe('2026-03-06');
    // And the run obeys it: the draft's two unsupported figures are gone.
    expect(findings(jsonReport(['draft.txt'], { cwd: dir }).report)).toEqual([]);
  });

  it('without a config the same draft has findings (the check above can fail)', () => {
    const dir = workspace({ 'draft.txt': PORT_DRAFT });
    expect(printConfig(dir).configFile).toBeNull();
    expect(findings(jsonReport(['draft.txt'], { cwd: dir }).report).map((f) => f[1])).toEqual(['unsupported-number', 'unsupported-number']);
  });

  it('searches upward from the working directory; package.json without the key is passed over', () => {
    const dir = workspace({
      'credence.config.json': '{ "extensions": ["md"] }',
      'desk/package.json': '{ "name": "desk" }',
      'desk/drafts/a.md': PORT_DRAFT,
    });
    const cfg = printConfig(`${dir}/desk/drafts`);
    expect(cfg.configFile).toBe('../../credence.config.json');
    expect(cfg.baseDir).toBe('../..');
    expect(cfg.extensions).toEqual(['md']);
  });

  it('--config names the file and wins over discovery', () => {
    const dir = workspace({ 'credence.config.json': '{ "date": "2026-01-01" }', 'ci/strict.yaml': 'date: 2026-02-02\n' });
    expect(printConfig(dir).date).toBe('2026-01-01');
    expect(printConfig(dir, ['--config', 'ci/strict.yaml'])).toMatchObject({ configFile: 'ci/strict.yaml', date: '2026-02-02' });
    const missing = credence(['--print-config', '--config', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--config nope\.json: cannot read it/);
  });

  it('has an options schema for every rule', () => {
    expect(Object.keys(RULE_OPTIONS).sort()).toEqual([...RULE_IDS].sort());
  });
});

describe('bad configuration: exit 2, one line naming the file, the key and what was expected', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    ['unknown rule', 'credence.config.json', '{ "rules": { "made-up": "error" } }', /credence\.config\.json: rules\.made-up: unknown key \(expected one of: ai-disclosure, /],
    ['bad severity', '.credencerc.yaml', 'rules:\n  contradiction: strict\n', /\.credencerc\.yaml: rules\.contradiction: expected one of: "error", "warning"/],
    ['option out of range', '.credencerc.json', '{ "rules": { "unsupported-number": ["warning", { "minSources": 0 }] } }', /rules\.unsupported-number\[1\]\.minSources: expected a whole number ≥ 1/],
    ['option of the wrong type', '.credencerc.yaml', 'rules:\n  unsupported-number: [warning, { ignoreAttributed: maybe }]\n', /rules\.unsupported-number\[1\]\.ignoreAttributed: expected true or false/],
    ['unknown rule option', '.credencerc.yaml', 'rules:\n  unsupported-number: [warning, { minSource: 2 }]\n', /rules\.unsupported-number\[1\]\.minSource: unknown key \(expected one of: minSources, ignoreAttributed\)/],
    ['disclosure example its pattern misses', 'credence.config.json', JSON.stringify({ rules: { 'ai-disclosure': ['warning', { patterns: [{ id: 'desk', kind: 'text', form: 'label', pattern: '^written by the robot desk', example: 'Produced by the robot desk' }] }] } }), /rules\.ai-disclosure\[1\]\.patterns\[0\]\.example: expected an example that the pattern matches/],
    ['disclosure pattern that does not compile', 'credence.config.json', JSON.stringify({ rules: { 'ai-disclosure': ['warning', { patterns: [{ id: 'desk', kind: 'text', form: 'label', pattern: '(unclosed', example: 'x' }] }] } }), /patterns\[0\]\.pattern: expected a valid regular expression/],
    ['disclosure kind', 'credence.config.json', JSON.stringify({ rules: { 'ai-disclosure': ['warning', { patterns: [{ id: 'desk', kind: 'video', form: 'label', pattern: 'x', example: 'x' }] }] } }), /patterns\[0\]\.kind: expected one of: auto, text, partial/],
    ['disclosure id taken by a built-in', 'credence.config.json', JSON.stringify({ rules: { 'ai-disclosure': ['warning', { patterns: [{ id: 'summary-label', kind: 'text', form: 'label', pattern: 'x', example: 'x' }] }] } }), /patterns\[0\]\.id: expected an id not already used by a built-in pattern/],
    ['antonym pair regex', '.credencerc.yaml', 'rules:\n  contradiction: [error, { antonymPairs: [{ family: x, positive: "(", negative: "b" }] }]\n', /rules\.contradiction\[1\]\.antonymPairs\[0\]\.positive: expected a valid regular expression/],
    ['antonym pair missing a side', '.credencerc.yaml', 'rules:\n  contradiction: [error, { antonymPairs: [{ family: x, positive: "a" }] }]\n', /antonymPairs\[0\]\.negative: expected string/],
    ['date that does not exist', '.credencerc.yaml', 'date: 2026-02-30\n', /\.credencerc\.yaml: date: expected a date that exists/],
    ['unknown top-level key', 'credence.config.json', '{ "extension": ["md"] }', /credence\.config\.json: extension: unknown key \(expected one of: .*extensions/],
    ['package.json key', 'package.json', '{ "name": "x", "credence": { "maxFileSize": -1 } }', /package\.json: credence\.maxFileSize: expected a positive number of bytes/],
    ['broken JSON', 'credence.config.json', '{ "rules": { "contradiction": "error", } }', /credence\.config\.json: not valid JSON/],
    ['broken YAML', '.credencerc', 'rules: [\n', /\.credencerc: not valid YAML or JSON/],
  ];

  it.each(cases.map((c, i) => [...c, i] as const))('%s', (_name, file, text, expected, i) => {
    const dir = workspace({ [file]: text, 'draft.txt': PORT_DRAFT });
    const commands = [['draft.txt'], ['--print-config'], ['extract', 'draft.txt'], ['baseline', 'draft.txt', '--baseline-file', 'b.json']];
    // Every subcommand reads the config the same way; checking that once is enough.
    for (const args of i === 0 ? commands : commands.slice(0, 1)) {
      const r = credence(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^credence: invalid configuration in /);
      expect(r.stderr).toMatch(expected);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});

describe('--print-config and precedence', () => {
  it('prints the merged configuration: command line over file over defaults', () => {
    const dir = workspace({
      '.credencerc.yaml': [
        'rules:',
        '  unsupported-number: [note, { minSources: 2 }]',
        '  contradiction: warning',
        'extensions: [md]',
        'exclude: [archive/]',
        'date: 2026-01-15',
        'requireDirectiveReason: false',
      ].join('\n'),
    });
    const cfg = printConfig(dir, ['--rule', 'unsupported-number=error', '--ext', 'txt,markdown', '--ignore', 'tmp/', '--no-gitignore']);
    expect(cfg).toEqual({
      configFile: '.credencerc.yaml',
      baseDir: '.',
      rules: {
        'ai-disclosure': ['default', {}],
        'ai-artifact': ['default', {}],
        'unsupported-number': ['error', { minSources: 2 }],
        contradiction: ['warning', {}],
      },
      include: [],
      exclude: ['archive/'],
      ignore: ['tmp/'],
      extensions: ['txt', 'markdown'],
      date: '2026-01-15',
      maxFileSize: 10485760,
      requireDirectiveReason: false,
      reportUnusedDisableDirectives: false,
      gitignore: false,
      ignoreFiles: ['.credenceignore'],
    });
  });

  it('--rule on the command line overrides the config severity, keeping its options', () => {
    const dir = workspace({ 'credence.config.json': '{ "rules": { "unsupported-number": ["off", { "ignoreAttributed": true }] } }', 'draft.txt': PORT_DRAFT });
    expect(findings(jsonReport(['draft.txt'], { cwd: dir }).report)).toEqual([]);
    const { report } = jsonReport(['draft.txt', '--rule', 'unsupported-number=error'], { cwd: dir });
    // ignoreAttributed from the file still applies: only the unattributed 12% remains, now an error.
    expect(report.articles[0]!.findings.map((f) => [f.excerpt, f.severity])).toEqual([['12%', 'error']]);
  });

  it('a config severity applies to every finding of the rule; "default" keeps the rule\'s own', () => {
    const dir = workspace({ 'credence.config.json': '{ "rules": { "unsupported-number": "error" } }', 'draft.txt': PORT_DRAFT });
    expect(jsonReport(['draft.txt'], { cwd: dir }).report.articles[0]!.findings.map((f) => f.severity)).toEqual(['error', 'error']);
    write(dir, 'credence.config.json', '{ "rules": { "unsupported-number": "default" } }');
    expect(jsonReport(['draft.txt'], { cwd: dir }).report.articles[0]!.findings.map((f) => f.severity)).toEqual(['note', 'warning']);
  });
});

describe('rule options from the config reach the rules', () => {
  it('unsupported-number: minSources and ignoreAttributed', () => {
    const dir = workspace({ 'draft.txt': PORT_DRAFT, 'clip.txt': PORT_CLIP });
    const excerpts = () => findings(jsonReport(['.'], { cwd: dir }).report).map((f) => `${f[0]}:${f[2]}`);
    expect(excerpts()).toEqual(['draft.txt:12%']); // 1,250 is corroborated by the clip
    write(dir, 'credence.config.json', '{ "rules": { "unsupported-number": ["warning", { "minSources": 2 }] } }');
    expect(excerpts()).toEqual(['clip.txt:Around 1,250 dockers', 'draft.txt:About 1,250 dockers', 'draft.txt:12%']);
    write(dir, 'credence.config.json', '{ "rules": { "unsupported-number": ["warning", { "minSources": 2, "ignoreAttributed": true }] } }');
    expect(excerpts()).toEqual(['draft.txt:12%']);
  });

  it('ai-disclosure patterns and contradiction antonymPairs extend the built-in tables', () => {
    const dir = workspace({
      'a.txt': 'Council budget vote\n\nNorthport City Council shelved the harbour plan on Monday, officials said.\n\nProduced by the Robot Desk of the Daily Planet.\n',
      'b.txt': 'Harbour plan moves ahead\n\nNorthport City Council revived the harbour plan on Monday, officials said.\n',
    });
    expect(findings(jsonReport(['.'], { cwd: dir }).report)).toEqual([]);
    write(dir, 'credence.config.json', JSON.stringify({
      rules: {
        'ai-disclosure': ['warning', { patterns: [{ id: 'robot-desk', kind: 'text', form: 'label', pattern: '^produced by the robot desk', example: 'Produced by the Robot Desk of the Daily Planet.' }] }],
        contradiction: ['error', { antonymPairs: [{ family: 'shelving', positive: '\\brevived\\b', negative: '\\bshelved\\b', object: 'plan' }] }],
      },
    }));
    expect(findings(jsonReport(['.'], { cwd: dir }).report)).toEqual([
      ['a.txt', 'contradiction', 'shelved'],
      ['a.txt', 'ai-disclosure', 'Produced by the Robot Desk'],
      ['b.txt', 'contradiction', 'revived'],
    ]);
  });
});

describe('which files: include, exclude, extensions, ignore files', () => {
  const files = {
    'drafts/a.md': PORT_DRAFT,
    'drafts/old/b.md': PORT_DRAFT,
    'drafts/c.txt': PORT_DRAFT,
    'clips/d.txt': PORT_CLIP,
  };
  const paths = (cwd: string, args: string[]) => jsonReport(args, { cwd }).report.articles.map((a) => a.path);

  it('include/exclude are relative to the config file, and no paths means its folder', () => {
    const dir = workspace({ ...files, 'credence.config.json': '{ "include": ["drafts/"], "exclude": ["old/"], "extensions": ["md", "txt"] }' });
    expect(paths(dir, [])).toEqual(['drafts/a.md', 'drafts/c.txt']);
    expect(paths(`${dir}/drafts`, [])).toEqual(['a.md', 'c.txt']);
    write(dir, 'credence.config.json', '{ "extensions": ["md"] }');
    expect(paths(dir, [])).toEqual(['drafts/a.md', 'drafts/old/b.md']);
    expect(paths(dir, ['--ext', 'txt'])).toEqual(['clips/d.txt', 'drafts/c.txt']);
  });

  it('no paths and no config is still a usage error', () => {
    const r = credence([], { cwd: workspace(files) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no paths given/);
  });

  it('honours .gitignore and .credenceignore in the working directory and in walked folders', () => {
    const dir = workspace({
      ...files,
      '.gitignore': 'drafts/old/\n*.tmp.txt\n',
      '.credenceignore': 'clips/\n!keep.tmp.txt\n',
      'drafts/.gitignore': 'c.txt\n',
      'drafts/x.tmp.txt': PORT_DRAFT,
      'drafts/keep.tmp.txt': PORT_DRAFT,
    });
    expect(paths(dir, ['.'])).toEqual(['drafts/a.md', 'drafts/keep.tmp.txt']);
    expect(paths(dir, ['drafts'])).toEqual(['drafts/a.md', 'drafts/keep.tmp.txt']);
    expect(paths(dir, ['.', '--no-gitignore'])).toEqual(['drafts/a.md', 'drafts/c.txt', 'drafts/keep.tmp.txt', 'drafts/old/b.md', 'drafts/x.tmp.txt']);
    // Walking a folder outside the working directory reads the ignore files inside it.
    // (the root's files lie above this working directory and are not read; drafts/.gitignore is).
    expect(paths(`${dir}/clips`, ['../drafts'])).toEqual(['../drafts/a.md', '../drafts/keep.tmp.txt', '../drafts/old/b.md', '../drafts/x.tmp.txt']);
  });

  it('an ignored file named on the command line is skipped with a notice', () => {
    const dir = workspace({ ...files, '.credenceignore': 'drafts/c.txt\n' });
    const { report } = jsonReport(['drafts/c.txt', 'drafts/a.md'], { cwd: dir });
    expect(report.articles.map((a) => a.path)).toEqual(['drafts/a.md']);
    expect(report.notices).toEqual([{ path: 'drafts/c.txt', level: 'skipped', message: 'matches an ignore file or pattern; not analysed' }]);
  });
});

describe('--max-warnings, --quiet, --fail-on', () => {
  const twoWarnings = 'Port budget\n\nRevenue fell by 12% in the quarter.\n\nThe port lost 77 cranes.\n';
  it('exits 1 only when warnings exceed the maximum', () => {
    const dir = workspace({ 'a.txt': twoWarnings });
    expect(credence(['a.txt'], { cwd: dir }).code).toBe(0);
    const over = credence(['a.txt', '--max-warnings', '1'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/2 warnings, more than --max-warnings 1/);
    expect(credence(['a.txt', '--max-warnings', '2'], { cwd: dir }).code).toBe(0);
    // As in ESLint, --quiet drops the warnings before they are counted.
    expect(credence(['a.txt', '--max-warnings', '0', '--quiet'], { cwd: dir }).code).toBe(0);
    expect(credence(['a.txt', '--max-warnings', 'many'], { cwd: dir }).code).toBe(2);
    expect(credence(['a.txt', '--fail-on', 'warning'], { cwd: dir }).code).toBe(1);
  });

  it('--quiet keeps the summary true to what is shown', () => {
    const dir = workspace({ 'a.txt': twoWarnings });
    const { report } = jsonReport(['a.txt', '--quiet'], { cwd: dir });
    expect(report.summary).toMatchObject({ findings: 0, warning: 0, error: 0 });
  });
});
