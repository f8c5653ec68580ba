import { describe, expect, it } from 'vitest';
import { maskDirectives, parseDirectives } from '../src/suppress.js';
import { lineStarts } from '../src/text/lines.js';
import { credence } from './helpers.js';
import { findings, jsonReport, workspace, write } from './workspace.js';

const parse = (text: string) => parseDirectives(text, lineStarts(text)).map(({ type, rules, reason, line, endLine }) => ({ type, rules, reason, line, endLine }));

describe('parseDirectives', () => {
  it('reads HTML-comment directives, with rule lists and reasons', () => {
    const text = [
      'Title',
      '<!-- credence-disable-next-line unsupported-number, contradiction -- confirmed with the ministry -->',
      'Text. <!-- credence-disable-line -- desk checked -->',
      '<!--',
      '  credence-disable ai-disclosure',
      '  -- the label is quoted',
      '-->',
      '<!-- credence-enable -->',
      '<!-- an ordinary comment about credence-disable -->',
    ].join('\n');
    expect(parse(text)).toEqual([
      { type: 'disable-next-line', rules: ['unsupported-number', 'contradiction'], reason: 'confirmed with the ministry', line: 2, endLine: 2 },
      { type: 'disable-line', rules: null, reason: 'desk checked', line: 3, endLine: 3 },
      { type: 'disable', rules: ['ai-disclosure'], reason: 'the label is quoted', line: 4, endLine: 7 },
      { type: 'enable', rules: null, reason: null, line: 8, endLine: 8 },
    ]);
  });

  it('reads bare directives only on a line of their own', () => {
    const text = 'Title\r\n  credence-disable-next-line unsupported-number -- reason here\r\nWe wrote credence-disable-line in the middle.\r\ncredence-enable\r\n';
    expect(parse(text)).toEqual([
      { type: 'disable-next-line', rules: ['unsupported-number'], reason: 'reason here', line: 2, endLine: 2 },
      { type: 'enable', rules: null, reason: null, line: 4, endLine: 4 },
    ]);
  });

  it('needs the whole directive name (credence-disabled is not one)', () => {
    expect(parse('credence-disabled for now\n<!-- credence-disablenextline -->\n')).toEqual([]);
  });
});

describe('maskDirectives', () => {
  it('blanks directives, keeping offsets and line ends', () => {
    const text = 'Title\r\n<!-- credence-disable -- by 3 editors -->\r\nText 12%. <!-- credence-disable-line -- ok -->\ncredence-enable\nEnd';
    const masked = maskDirectives(text, lineStarts(text));
    expect(masked).toHaveLength(text.length);
    expect(lineStarts(masked)).toEqual(lineStarts(text));
    expect(masked.split(/\r?\n/).map((l) => l.trimEnd())).toEqual(['Title', '', 'Text 12%.', '', 'End']);
  });
});

const notices = (r: { notices: Array<{ path: string; message: string }> }) => r.notices.map((n) => `${n.path}: ${n.message}`);

describe('suppressions end to end', () => {
  // Every figure here is unattributed and uncorroborated: without directives, each is an unsupported-number warning.
  const MD = [
    '# Port budget', //                                                          1
    '', //                                                                       2
    '<!-- credence-disable-next-line unsupported-number -- confirmed with the port authority -->', // 3
    'Revenue fell by 12% in the quarter.', //                                     4
    '', //                                                                       5
    'The port lost 77 cranes. <!-- credence-disable-line -- counted by our photographer -->', // 6
    '', //                                                                       7
    '<!-- credence-disable unsupported-number -- figures from the annual report, checked -->', // 8
    'Container traffic rose 8% last year.', //                                  9
    '', //                                                                       10
    'The port employs 2,300 people.', //                                         11
    '<!-- credence-enable -->', //                                               12
    'The backlog stands at 310 ships.', //                                       13
    '', //                                                                       14
    '<!-- credence-disable-next-line contradiction -- wrong rule for this line -->', // 15
    'Tolls rose 5% in March.', //                                                16
  ].join('\n') + '\n';

  it('Markdown: next-line, line and block directives hide exactly their findings', () => {
    const dir = workspace({ 'budget.md': MD });
    const { report } = jsonReport(['budget.md'], { cwd: dir });
    expect(findings(report).map((f) => f[2])).toEqual(['310 ships', '5%']);
    expect(report.notices).toEqual([]);
    const all = jsonReport(['budget.md', '--no-inline-config'], { cwd: dir }).report;
    expect(findings(all).map((f) => f[2])).toEqual(['12%', '77 cranes', '8%', '2,300 people', '310 ships', '5%']);
  });

  it('plain text: the same directives on a line of their own', () => {
    const text = [
      'Port budget',
      '',
      'credence-disable-next-line unsupported-number -- confirmed with the port authority',
      'Revenue fell by 12% in the quarter.',
      '',
      'credence-disable -- annual report figures, checked',
      'Container traffic rose 8% last year.',
      'The port employs 2,300 people.',
      'credence-enable',
      'The backlog stands at 310 ships.',
    ].join('\n') + '\n';
    const dir = workspace({ 'budget.txt': text });
    expect(findings(jsonReport(['budget.txt'], { cwd: dir }).report).map((f) => f[2])).toEqual(['310 ships']);
  });

  it('a directive without a reason is not applied and is reported as a notice', () => {
    const text = 'Port budget\n\ncredence-disable-next-line unsupported-number\nRevenue fell by 12% in the quarter.\n\n<!-- credence-disable-line --> The port lost 77 cranes.\n';
    const dir = workspace({ 'budget.md': text });
    const { run, report } = jsonReport(['budget.md'], { cwd: dir });
    expect(findings(report).map((f) => f[2])).toEqual(['12%', '77 cranes']);
    expect(notices(report)).toEqual([
      'budget.md: line 3: credence-disable-next-line unsupported-number has no reason after "--"; not applied (a reason is required: requireDirectiveReason)',
      'budget.md: line 6: credence-disable-line has no reason after "--"; not applied (a reason is required: requireDirectiveReason)',
    ]);
    expect(run.code).toBe(0); // notices never change the exit code; the findings they leave in place do (--fail-on warning)
    write(dir, 'credence.config.json', '{ "requireDirectiveReason": false }');
    const relaxed = jsonReport(['budget.md'], { cwd: dir }).report;
    expect(findings(relaxed)).toEqual([]);
    expect(relaxed.notices).toEqual([]);
  });

  it('--report-unused-disable-directives names directives (and listed rules) that suppressed nothing', () => {
    const dir = workspace({ 'budget.md': MD });
    const { report } = jsonReport(['budget.md', '--report-unused-disable-directives'], { cwd: dir });
    expect(notices(report)).toEqual(['budget.md: line 15: unused credence-disable-next-line contradiction directive (no contradiction finding to suppress)']);
    write(dir, 'extra.md', '# Note\n\n<!-- credence-disable -- nothing here -->\nNothing to see.\n');
    const more = jsonReport(['.', '--report-unused-disable-directives'], { cwd: dir }).report;
    expect(notices(more)).toContain('extra.md: line 3: unused credence-disable directive (no finding to suppress)');
    write(dir, 'credence.config.json', '{ "reportUnusedDisableDirectives": true }');
    expect(notices(jsonReport(['extra.md'], { cwd: dir }).report)).toEqual(['extra.md: line 3: unused credence-disable directive (no finding to suppress)']);
  });

  it('a directive is not article content: its reason yields no figure, date or title', () => {
    const text = '<!-- credence-disable unsupported-number -- checked by 3 desk editors on 4 March 2026 -->\nPort strike ends\n\nRevenue fell by 12% in the quarter.\n\ncredence-disable-next-line -- confirmed by 2 sources\nThe port lost 77 cranes.\n';
    const dir = workspace({ 'budget.md': text });
    const r = credence(['extract', 'budget.md', '--format', 'json'], { cwd: dir });
    const [a] = JSON.parse(r.stdout).articles;
    expect(a.title).toBe('Port strike ends');
    expect(a.figures.map((f: { text: string }) => f.text)).toEqual(['12%', '77 cranes']);
    expect(a.dates).toEqual([]);
    // Excerpts still come from the article's own text.
    const all = jsonReport(['budget.md', '--no-inline-config'], { cwd: dir }).report;
    expect(findings(all).map((f) => f[2])).toEqual(['12%', '77 cranes']);
    expect(findings(jsonReport(['budget.md'], { cwd: dir }).report)).toEqual([]);
  });

  it('an unknown rule name is reported, and a directive naming only unknown rules does nothing', () => {
    const text = 'Port budget\n\n<!-- credence-disable-next-line confirmed with the ministry -->\nRevenue fell by 12% in the quarter.\n';
    const dir = workspace({ 'budget.md': text });
    const { report } = jsonReport(['budget.md'], { cwd: dir });
    expect(findings(report).map((f) => f[2])).toEqual(['12%']);
    expect(notices(report)).toHaveLength(1);
    expect(notices(report)[0]).toMatch(/^budget\.md: line 3: .*unknown rules "confirmed", "with", "the", "ministry" \(rules: ai-disclosure, .*a reason goes after "--"\)$/);
  });
});
