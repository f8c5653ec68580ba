/**
 * The CI formats (sarif, github, junit, markdown) on the seeds' report and on a hand-made hostile report.
 * Each output is read back with a real consumer where one exists: the official SARIF 2.1.0 schema (as
 * shipped by @microsoft/jest-sarif), a strict XML 1.0 parser (saxes) and a GFM renderer (micromark).
 */
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterFindings } from '../src/commands/report-filter.js';
import { analyze, analyzeInParts } from '../src/engine.js';
import { FORMATTERS } from '../src/formatters/index.js';
import { jsonChunks } from '../src/formatters/json.js';
import type { FindingReport, Report } from '../src/report.js';
import { credence, ROOT } from './helpers.js';

const require = createRequire(import.meta.url);
const SARIF_SCHEMA_FILE = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function sarifValidator(): (doc: unknown) => string[] {
  const schema = JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8')) as { title: string };
  expect(schema.title).toMatch(/SARIF\) Version 2\.1\.0/);
  // The rtm.5 schema's `language` pattern is not valid with the u flag (fixed in errata 01).
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (doc) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`));
}

const format = (name: string, report: Report): string => FORMATTERS[name]!(report, { color: false });

/** The runner's decoding of a workflow command line: `::name k=v,k=v::message`. */
interface GhCommand {
  name: string;
  props: Record<string, string>;
  message: string;
}
function parseGithub(line: string): GhCommand {
  const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const unProp = (s: string): string => unData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
  const props: Record<string, string> = {};
  for (const kv of m[2]!.split(',')) {
    const i = kv.indexOf('=');
    props[kv.slice(0, i)] = unProp(kv.slice(i + 1));
  }
  return { name: m[1]!, props, message: unData(m[3]!) };
}

/** A tiny DOM from a strict XML 1.0 parser: any well-formedness error throws. */
interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string;
}
function parseXml(xml: string): XNode {
  const parser = new SaxesParser();
  const doc: XNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [doc];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (t) => {
    const node: XNode = { name: t.name, attrs: t.attributes as Record<string, string>, children: [], text: '' };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => void (stack.at(-1)!.text += t));
  parser.write(xml).close();
  expect(doc.children).toHaveLength(1);
  return doc.children[0]!;
}
const kids = (n: XNode, name: string): XNode[] => n.children.filter((c) => c.name === name);

/** GFM rendered as GitHub would, raw HTML allowed, so escaping (not the renderer) must keep markup out. */
function renderMarkdown(md: string): string {
  return micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}
/** Rows of every rendered table, each row as its cells' inner HTML. */
function tables(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) =>
    [...t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1]!)));
}

describe('CI formats on the seeds', () => {
  let report: Report;
  beforeAll(async () => {
    report = await analyze(['seeds'], { cwd: ROOT });
  });
  const contradiction000 = (): FindingReport =>
    report.articles.find((a) => a.path === 'seeds/000_5c673db3cab6465c.txt')!.findings.find((f) => f.rule === 'contradiction')!;

  it('every format is offered by the CLI', () => {
    const help = credence(['--help']).stdout;
    for (const name of ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown']) {
      expect(Object.keys(FORMATTERS)).toContain(name);
      expect(help).toContain(`"${name}"`);
    }
  });

  describe('sarif', () => {
    let log: Sarif.Log;
    beforeAll(() => {
      log = JSON.parse(format('sarif', report)) as Sarif.Log;
    });

    it('validates against the official SARIF 2.1.0 schema', () => {
      expect(sarifValidator()(log)).toEqual([]);
      expect(log.version).toBe('2.1.0');
      expect(log.runs).toHaveLength(1);
    });

    it('describes every rule, with its documentation page, and results point at them', () => {
      const driver = log.runs[0]!.tool.driver;
      expect(driver.name).toBe('credence');
      expect(driver.version).toBe(report.tool.version);
      const ids = driver.rules!.map((r) => r.id);
      expect(ids).toEqual(['ai-disclosure', 'ai-artifact', 'unsupported-number', 'contradiction']);
      for (const r of driver.rules!) {
        expect(r.helpUri).toMatch(new RegExp(`/docs/rules/${r.id}\\.md$`));
        expect(existsSync(path.join(ROOT, 'docs', 'rules', `${r.id}.md`))).toBe(true);
        expect(r.shortDescription!.text.length).toBeGreaterThan(10);
        expect(r.help!.text).toContain(`docs/rules/${r.id}.md`);
      }
      expect(driver.rules!.find((r) => r.id === 'contradiction')!.defaultConfiguration!.level).toBe('error');
      const results = log.runs[0]!.results!;
      expect(results).toHaveLength(report.summary.findings);
      for (const res of results) expect(driver.rules![res.ruleIndex!]!.id).toBe(res.ruleId);
      expect(results.filter((r) => r.level === 'note')).toHaveLength(report.summary.note);
      expect(results.filter((r) => r.level === 'error')).toHaveLength(report.summary.error);
    });

    it('the classified/unclassified contradiction carries the other articles as related locations', () => {
      const f = contradiction000();
      const res = log.runs[0]!.results!.find((r) => r.ruleId === 'contradiction' &&
        r.locations![0]!.physicalLocation!.artifactLocation!.uri === 'seeds/000_5c673db3cab6465c.txt')!;
      const region = res.locations![0]!.physicalLocation!.region!;
      expect([region.startLine, region.startColumn, region.endLine, region.endColumn]).toEqual([f.line, f.column, f.endLine, f.endColumn]);
      expect(region.snippet!.text).toBe(f.excerpt);
      expect(res.locations![0]!.physicalLocation!.artifactLocation!.uriBaseId).toBe('%SRCROOT%');
      const related = res.relatedLocations!;
      expect(related.map((r) => r.physicalLocation!.artifactLocation!.uri)).toEqual(f.related.map((r) => r.path));
      expect(related.some((r) => /^seeds\/00[34]_/.test(r.physicalLocation!.artifactLocation!.uri!) && /unclassified/i.test(r.message!.text!))).toBe(true);
      // Each related location is linked from the message by its id (how GitHub displays them).
      for (const r of related) expect(res.message.text).toContain(`](${r.id})`);
    });

    it('fingerprints are unique and survive lines moving, but not a change of the flagged text', () => {
      const fp = (l: Sarif.Log): string[] => l.runs[0]!.results!.map((r) => Object.values(r.partialFingerprints!)[0]!);
      const base = fp(log);
      expect(new Set(base).size).toBe(base.length);
      const moved: Report = { ...report, articles: report.articles.map((a) => ({ ...a, findings: a.findings.map((f) => ({ ...f, line: f.line + 7, endLine: f.endLine + 7 })) })) };
      expect(fp(JSON.parse(format('sarif', moved)) as Sarif.Log)).toEqual(base);
      const reworded: Report = { ...report, articles: report.articles.map((a, i) => (i === 0 ? { ...a, findings: a.findings.map((f) => ({ ...f, excerpt: `${f.excerpt} (edited)` })) } : a)) };
      const after = fp(JSON.parse(format('sarif', reworded)) as Sarif.Log);
      const n0 = report.articles[0]!.findings.length;
      expect(after.slice(0, n0).every((h, i) => h !== base[i])).toBe(true);
      expect(after.slice(n0)).toEqual(base.slice(n0));
    });

    it('is byte-identical from run to run', () => {
      expect(format('sarif', report)).toBe(format('sarif', report));
    });
  });

  describe('github', () => {
    it('prints one parseable workflow command per finding, notes as notices', () => {
      const lines = format('github', report).trimEnd().split('\n');
      expect(lines).toHaveLength(report.summary.findings);
      const cmds = lines.map(parseGithub);
      expect(cmds.filter((c) => c.name === 'error')).toHaveLength(report.summary.error);
      expect(cmds.filter((c) => c.name === 'warning')).toHaveLength(report.summary.warning);
      expect(cmds.filter((c) => c.name === 'notice')).toHaveLength(report.summary.note);
      const f = contradiction000();
      const c = cmds.find((x) => x.props.title === 'credence (contradiction)' && x.props.file === 'seeds/000_5c673db3cab6465c.txt')!;
      expect(c.props).toMatchObject({ line: String(f.line), endLine: String(f.endLine), col: String(f.column), endColumn: String(f.endColumn - 1) });
      expect(c.message.split('\n')[0]).toBe(f.message);
      expect(c.message).toMatch(/\nseeds\/00[34]_\w+\.txt:\d+:\d+ unclassified/);
      // "over 12%" must reach the runner as %25, or it would be read as an escape.
      expect(lines.some((l) => l.includes('over 12%25'))).toBe(true);
    });
  });

  describe('junit', () => {
    it('parses as XML: a suite per article, a case per rule, failures listing the findings', () => {
      const root = parseXml(format('junit', report));
      expect(root.name).toBe('testsuites');
      const suites = kids(root, 'testsuite');
      expect(suites.map((s) => s.attrs.name)).toEqual(report.articles.map((a) => a.path));
      let failures = 0;
      for (const [i, s] of suites.entries()) {
        const a = report.articles[i]!;
        const cases = kids(s, 'testcase');
        expect(cases.map((c) => c.attrs.name)).toEqual(['ai-disclosure', 'ai-artifact', 'unsupported-number', 'contradiction']);
        for (const c of cases) {
          const found = a.findings.filter((f) => f.rule === c.attrs.name);
          const failure = kids(c, 'failure');
          expect(failure).toHaveLength(found.length ? 1 : 0);
          if (found.length) for (const f of found) expect(failure[0]!.text).toContain(`${a.path}:${f.line}:${f.column}`);
        }
        expect(Number(s.attrs.failures)).toBe(cases.filter((c) => kids(c, 'failure').length).length);
        failures += Number(s.attrs.failures);
      }
      expect(Number(root.attrs.failures)).toBe(failures);
      expect(Number(root.attrs.tests)).toBe(suites.length * 4);
      const contradiction = kids(suites[0]!, 'testcase').find((c) => c.attrs.name === 'contradiction')!;
      const failure = kids(contradiction, 'failure')[0]!;
      expect(failure.attrs.type).toBe('error');
      expect(failure.attrs.message).toBe(contradiction000().message);
      expect(failure.text).toMatch(/related seeds\/00[34]_\w+\.txt:\d+:\d+ unclassified/);
    });
  });

  describe('markdown', () => {
    it('renders counts and one four-cell row per finding for each article', () => {
      const md = format('markdown', report);
      expect(md).toMatch(new RegExp(`^### credence: ${report.summary.findings} findings in 5 articles`));
      const html = renderMarkdown(md);
      const [counts, ...perArticle] = tables(html);
      expect(counts!.slice(1).map((r) => r.join(' '))).toEqual([`error ${report.summary.error}`, `warning ${report.summary.warning}`, `note ${report.summary.note}`]);
      const withFindings = report.articles.filter((a) => a.findings.length);
      expect(perArticle).toHaveLength(withFindings.length);
      for (const [i, rows] of perArticle.entries()) {
        expect(rows[0]).toEqual(['location', 'severity', 'rule', 'message']);
        expect(rows.slice(1)).toHaveLength(withFindings[i]!.findings.length);
        for (const r of rows) expect(r).toHaveLength(4);
        expect(rows.slice(1).map((r) => r[0])).toEqual(withFindings[i]!.findings.map((f) => `${f.line}:${f.column}`));
      }
      const row = perArticle[0]!.find((r) => r[2] === '<code>contradiction</code>')!;
      expect(row[1]).toBe('error');
      expect(row[3]).toContain('Contradiction about NATO');
      expect(row[3]).toMatch(/<code>seeds\/00[34]_\w+\.txt:\d+:\d+<\/code> <code>unclassified<\/code>/);
    });
  });
});

/** Destinations of SARIF embedded links, "[text](dest)", reading "\\x" as an escaped x (§3.11.6). */
function embeddedLinks(text: string): string[] {
  const out: string[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '[') open = i;
    else if (c === ']' && open >= 0 && text[i + 1] === '(') {
      const close = text.indexOf(')', i);
      out.push(text.slice(i + 2, close));
      open = -1;
    }
  }
  return out;
}

/** Text that tries everything: terminal escapes, bidi reordering, XML and Markdown breakouts, commands. */
const ESC = '\u001b';
const RLO = '\u202e';
const EVIL = `${ESC}[31mred${ESC}[0m ${RLO}txt.exe ]]></failure><script>alert(1)</script> | a|b \`code\` *bold* _it_ ` +
  `[link](https://evil.example) <img src=x onerror=alert(1)> 100% :: done\n::error::injected\r\n&amp; ' " www.evil.example \\|`;

function hostileReport(): Report {
  const finding = (line: number, severity: FindingReport['severity'], rule: string): FindingReport => ({
    rule, severity, message: `Message ${EVIL}`, line, column: 2, endLine: line, endColumn: 9, excerpt: `Excerpt ${EVIL}`,
    related: [{ path: `other ${EVIL}.txt`, line: 3, column: 4, excerpt: `Related ${EVIL}` }],
  });
  const article = (p: string, findings: FindingReport[]) => ({ path: p, title: `- Title ${EVIL}`, date: null, entities: [], figures: [], dates: [], findings });
  return {
    schemaVersion: 1,
    tool: { name: 'credence', version: '0.0.0-test' },
    summary: { articles: 2, findings: 3, error: 1, warning: 1, note: 1, skipped: 1 },
    articles: [
      article(`dir/${EVIL}.txt`, [finding(1, 'error', 'contradiction'), finding(2, 'warning', 'ai-disclosure')]),
      article('plain.txt', [finding(5, 'note', 'made-up-rule')]),
    ],
    stories: [[`dir/${EVIL}.txt`, 'plain.txt']],
    notices: [{ path: `skipped ${EVIL}.bin`, level: 'skipped', message: `binary file ${EVIL}` }],
  };
}

describe('hostile article text is escaped in every format', () => {
  const report = hostileReport();

  it('no format lets a raw control, escape sequence or bidi override through', () => {
    for (const name of ['sarif', 'github', 'junit', 'markdown']) {
      const out = format(name, report);
      // eslint-disable-next-line no-control-regex
      expect(out, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
      expect(out, name).not.toContain('\r');
      expect(out, name).toContain('u{001B}');
    }
  });

  it('sarif: still valid, URIs percent-encoded, no embedded link from article text', () => {
    const log = JSON.parse(format('sarif', report)) as Sarif.Log;
    expect(sarifValidator()(log)).toEqual([]);
    const run = log.runs[0]!;
    expect(run.tool.driver.rules!.map((r) => r.id)).toContain('made-up-rule');
    const res = run.results![0]!;
    const uri = res.locations![0]!.physicalLocation!.artifactLocation!.uri!;
    expect(uri).toMatch(/^dir\/[A-Za-z0-9%._~!'()*/-]+$/);
    expect(decodeURIComponent(uri.slice(4))).toContain('<script>');
    // Article brackets are escaped; the only unescaped "[…](n)" is credence's own link to related location 1.
    expect(embeddedLinks(res.message.text!)).toEqual(['1']);
    expect(res.message.text).toContain('\\[link\\](https://evil.example)');
    expect(run.invocations![0]!.toolExecutionNotifications!).toHaveLength(1);
    expect(run.invocations![0]!.toolExecutionNotifications![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toMatch(/^skipped%20/);
  });

  it('github: one command per line, properties and message decode to the escaped text', () => {
    const lines = format('github', report).trimEnd().split('\n');
    expect(lines).toHaveLength(report.summary.findings + report.notices.length);
    const cmds = lines.map(parseGithub);
    expect(cmds.map((c) => c.name)).toEqual(['error', 'warning', 'notice', 'warning']);
    // newlines in article text are escaped like other controls (one-line fields), so no line can be injected
    expect(cmds[0]!.props.file).toBe(`dir/${EVIL.replace(ESC, '\\u{001B}').replace(ESC, '\\u{001B}').replace(RLO, '\\u{202E}').replace('\r', '\\u{000D}').replace(/\n/g, '\\u{000A}')}.txt`);
    expect(Object.keys(cmds[0]!.props)).toEqual(['file', 'line', 'endLine', 'col', 'endColumn', 'title']);
    expect(cmds[0]!.message).toContain('\\u{000A}::error::injected');
    expect(cmds[0]!.message).toContain('100% :: done');
    expect(cmds[3]!.props.file).toMatch(/^skipped /);
  });

  it('junit: parses as XML, and the breakout attempts come back as text', () => {
    const root = parseXml(format('junit', report));
    const suites = kids(root, 'testsuite');
    expect(suites).toHaveLength(3);
    expect(suites[0]!.attrs.name).toContain('</failure><script>');
    const failure = kids(kids(suites[0]!, 'testcase').find((c) => c.attrs.name === 'contradiction')!, 'failure')[0]!;
    expect(failure.text).toContain(']]></failure><script>alert(1)</script>');
    expect(failure.attrs.message).toContain('<img src=x');
    expect(kids(kids(suites[1]!, 'testcase').find((c) => c.attrs.name === 'made-up-rule')!, 'failure')).toHaveLength(1);
    const skipped = kids(kids(suites[2]!, 'testcase')[0]!, 'skipped');
    expect(skipped).toHaveLength(1);
    expect(suites[2]!.attrs.skipped).toBe('1');
  });

  it('markdown: no HTML, links or emphasis get through, and table rows keep four cells', () => {
    const html = renderMarkdown(format('markdown', report));
    expect(html).not.toMatch(/<script|<img|<a |<strong>|<em>[^-]/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const perArticle = tables(html).slice(1);
    expect(perArticle).toHaveLength(3); // two articles and the notices
    for (const rows of perArticle.slice(0, 2)) for (const r of rows) expect(r).toHaveLength(4);
    for (const r of perArticle[2]!) expect(r).toHaveLength(3);
    // The message cell holds the whole text: nothing after a "|" spilled out or was dropped.
    const message = perArticle[0]![1]![3]!;
    expect(message).toContain('a|b');
    expect(message).toContain('www.evil.example \\|');
    expect(message).toContain('Related ');
    expect(html).toContain('<em>- Title');
  });
});

describe('--output-file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'credence-formats-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the report there, prints nothing, and keeps the exit code', () => {
    for (const name of ['sarif', 'junit']) {
      const file = path.join(dir, `report.${name}`);
      const r = credence(['seeds', '--format', name, '--output-file', file]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(readFileSync(file, 'utf8')).toBe(credence(['seeds', '--format', name]).stdout);
    }
    const none = path.join(dir, 'none.md');
    expect(credence(['seeds', '--format', 'markdown', '--fail-on', 'none', '-o', none]).code).toBe(0);
    expect(readFileSync(none, 'utf8')).toMatch(/^### credence: /);
  });
});

describe('json written in pieces', () => {
  it('is the json formatter\'s text, byte for byte: seeds, hostile text, no articles', async () => {
    const seeds = await analyze(['seeds'], { cwd: ROOT });
    const empty: Report = { ...seeds, articles: [], stories: [], notices: [] };
    for (const report of [seeds, hostileReport(), empty]) {
      const pieces = [...jsonChunks(report)];
      expect(pieces.length).toBeGreaterThan(report.articles.length);
      expect(pieces.join('')).toBe(format('json', report));
    }
  });
});

describe('the report in parts (what the CLI prints from)', () => {
  it('gives the whole report back, and every format the same text from the report without figures and dates', async () => {
    const opts = { cwd: ROOT, jobs: 1 };
    const full = await analyze(['seeds', 'fixtures/crosscheck'], opts);
    const parts = await analyzeInParts(['seeds', 'fixtures/crosscheck'], opts);
    // (not vacuous: the whole report has figures, corroborated ones, and dates, and the parts leave them out)
    expect(full.articles.some((a) => a.figures.some((f) => f.corroboratedBy.length > 0))).toBe(true);
    expect(full.articles.some((a) => a.dates.length > 0)).toBe(true);
    expect(parts.report.articles.every((a) => a.figures.length === 0 && a.dates.length === 0)).toBe(true);
    expect({ ...parts.report, articles: parts.report.articles.map(parts.withDetails) }).toEqual(full);
    expect([...jsonChunks(parts.report, parts.withDetails)].join('')).toBe(format('json', full));
    for (const name of Object.keys(FORMATTERS).filter((n) => n !== 'json')) {
      expect(FORMATTERS[name]!(parts.report, { color: true, elapsedMs: 1234 }), name).toBe(FORMATTERS[name]!(full, { color: true, elapsedMs: 1234 }));
    }
  });

  it('puts figures in the articles of a report filtered from it (baseline, --quiet, check --against)', async () => {
    const reportOnly = (p: string): boolean => p.startsWith('seeds/');
    const opts = { cwd: ROOT, jobs: 1, reportOnly };
    const full = filterFindings(await analyze(['seeds', 'fixtures/crosscheck'], opts), (_, f) => f.severity === 'error');
    const parts = await analyzeInParts(['seeds', 'fixtures/crosscheck'], opts);
    const quiet = filterFindings(parts.report, (_, f) => f.severity === 'error');
    expect(full.articles.length).toBe(5);
    expect([...jsonChunks(quiet, parts.withDetails)].join('')).toBe(format('json', full));
    expect(() => parts.withDetails({ ...quiet.articles[0]!, path: 'fixtures/crosscheck/elsewhere.txt' })).toThrow(/not an article of this report/);
  });
});

describe('toFindingReport', () => {
  it('gives the finding without its path, then its data, in the order `{ ...rest, ...data }` gives', async () => {
    const { toFindingReport } = await import('../src/report.js');
    const base = { rule: 'contradiction', severity: 'warning' as const, message: 'm', path: 'a.txt', line: 1, column: 2, endLine: 1, endColumn: 5, excerpt: 'x', related: [] };
    const findings = [
      base,
      { ...base, data: { value: 32, kind: 'text' } },
      // (a data field named like a finding's keeps the finding's place and takes the data's value)
      { ...base, data: { message: 'from data', extra: true } },
      { severity: 'note' as const, rule: 'r', path: 'b.txt', data: { z: 1, a: 2 }, message: 'n', line: 3, column: 1, endLine: 3, endColumn: 2, excerpt: '', related: [] },
    ];
    for (const f of findings) {
      const { path: _p, data, ...rest } = f as typeof f & { data?: Record<string, unknown> };
      const expected = { ...rest, ...(data ?? {}) };
      const got = toFindingReport(f);
      expect(Object.keys(got)).toEqual(Object.keys(expected));
      expect(got).toEqual(expected);
    }
  });
});
