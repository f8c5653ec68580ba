/**
 * JUnit XML for GitLab (artifacts:reports:junit) and Jenkins. One testsuite per article, one testcase per
 * rule per article: the rule passes or fails on that article, and a failure lists all of its findings.
 *
 * Why per rule rather than per finding: GitLab keys test cases by suite, class and name and compares them
 * between the merge request's base and head to show "newly failed" and "fixed" tests. A rule-per-article
 * case keeps the same key when text moves, so those lists mean "this rule started (or stopped) failing on
 * this article"; a case per finding would need its line in the name to stay unique and would churn on every
 * edit. It also shows passing rules, so the counts read as "checks run", not only "problems found".
 * The cost: every registered rule is listed as a case, including one turned off with --rule id=off,
 * which the report does not record.
 */
import type { FindingReport, Report } from '../report.js';
import { escapeControls, excerptOf } from '../text/sanitize.js';
import type { Notice, Severity } from '../types.js';
import { ruleCatalog } from './rule-catalog.js';
import { relatedTotal, type Formatter } from './types.js';

/** Characters XML 1.0 cannot carry at all, even as references (§2.2 Char), including lone surrogates. */
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\uD800-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Controls made visible (as in every format), then whatever XML cannot hold dropped. */
function xmlSafe(s: string): string {
  return escapeControls(s).replace(NOT_XML_CHAR, '');
}

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Element content. Escaping ">" too means article text containing "]]>" or "</failure>" stays text. */
function xmlText(s: string): string {
  return xmlSafe(s).replace(/[&<>"']/g, (c) => ENTITY[c]!);
}

/** Attribute values: newlines as references, since parsers fold a literal newline in an attribute to a space. */
function xmlAttr(s: string): string {
  return xmlText(s).replace(/\n/g, '&#10;');
}

const attrs = (pairs: Array<[string, string | number]>): string =>
  pairs.map(([k, v]) => ` ${k}="${typeof v === 'number' ? v : xmlAttr(v)}"`).join('');

const RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

function findingBody(path: string, f: FindingReport): string {
  const lines = [`${path}:${f.line}:${f.column} ${f.severity} ${f.rule}`, `  ${f.message}`, `  | ${excerptOf(f.excerpt, 400)}`];
  for (const r of f.related) lines.push(`  related ${r.path}:${r.line}:${r.column} ${excerptOf(r.excerpt, 200)}`);
  if (relatedTotal(f) > f.related.length) lines.push(`  related … and ${relatedTotal(f) - f.related.length} more`);
  return lines.join('\n');
}

interface Case {
  xml: string;
  failed: boolean;
  errored: boolean;
  skipped: boolean;
}

function ruleCase(path: string, rule: string, findings: FindingReport[]): Case {
  const head = `    <testcase${attrs([['name', rule], ['classname', path], ['file', path]])}`;
  if (findings.length === 0) return { xml: `${head}/>`, failed: false, errored: false, skipped: false };
  const worst = findings.reduce((w, f) => (RANK[f.severity] < RANK[w] ? f.severity : w), findings[0]!.severity);
  const first = excerptOf(findings[0]!.message, 300);
  const message = findings.length === 1 ? first : `${findings.length} findings; first: ${first}`;
  const body = findings.map((f) => findingBody(path, f)).join('\n\n');
  return {
    xml: `${head}>\n      <failure${attrs([['type', worst], ['message', message]])}>${xmlText(body)}</failure>\n    </testcase>`,
    failed: true, errored: false, skipped: false,
  };
}

/** A file credence could not analyse: an errored case for an internal error, a skipped one otherwise. */
function noticeCase(path: string, notices: Notice[]): Case {
  const errored = notices.some((n) => n.level === 'error');
  const tag = errored ? 'error' : 'skipped';
  const message = excerptOf(notices.find((n) => (errored ? n.level === 'error' : true))!.message, 300);
  const body = notices.map((n) => `${n.level}: ${n.message}`).join('\n');
  return {
    xml: `    <testcase${attrs([['name', 'read'], ['classname', path], ['file', path]])}>\n      <${tag}${attrs([['message', message]])}>${xmlText(body)}</${tag}>\n    </testcase>`,
    failed: false, errored, skipped: !errored,
  };
}

function suite(name: string, cases: Case[], systemErr: string[]): { xml: string; cases: Case[] } {
  const count = (k: 'failed' | 'errored' | 'skipped'): number => cases.filter((c) => c[k]).length;
  const head = `  <testsuite${attrs([['name', name], ['tests', cases.length], ['failures', count('failed')], ['errors', count('errored')], ['skipped', count('skipped')]])}>`;
  const err = systemErr.length ? [`    <system-err>${xmlText(systemErr.join('\n'))}</system-err>`] : [];
  return { xml: [head, ...cases.map((c) => c.xml), ...err, '  </testsuite>'].join('\n'), cases };
}

export const junit: Formatter = (report: Report) => {
  const rules = ruleCatalog(report).map((r) => r.id);
  const noticesByPath = new Map<string, Notice[]>();
  for (const n of report.notices) {
    let l = noticesByPath.get(n.path);
    if (!l) noticesByPath.set(n.path, (l = []));
    l.push(n);
  }
  const suites: Array<{ xml: string; cases: Case[] }> = [];
  for (const a of report.articles) {
    const cases = rules.map((rule) => ruleCase(a.path, rule, a.findings.filter((f) => f.rule === rule)));
    // Notices on an article that was analysed (e.g. a decoding warning) do not fail it; they ride along.
    const notes = (noticesByPath.get(a.path) ?? []).map((n) => `${n.level}: ${n.message}`);
    noticesByPath.delete(a.path);
    suites.push(suite(a.path, cases, notes));
  }
  for (const [path, notices] of [...noticesByPath].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    suites.push(suite(path, [noticeCase(path, notices)], []));
  }
  const all = suites.flatMap((s) => s.cases);
  const total = (k: 'failed' | 'errored' | 'skipped'): number => all.filter((c) => c[k]).length;
  const root = `<testsuites${attrs([['name', 'credence'], ['tests', all.length], ['failures', total('failed')], ['errors', total('errored')], ['skipped', total('skipped')]])}>`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', root, ...suites.map((s) => s.xml), '</testsuites>'].join('\n') + '\n';
};
