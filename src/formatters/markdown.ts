/**
 * A GitHub-flavoured Markdown summary for a pull-request or merge-request comment: counts by severity, a
 * table of findings per article, reprint groups and skipped files.
 *
 * Article text (titles, excerpts, paths, and the messages that quote them) is untrusted. Every piece of it
 * goes through `mdText` or `mdCode`, so it can neither open HTML (<script>, <img onerror>), links or
 * emphasis, nor end a table cell early; controls and bidi overrides are made visible first.
 */
import type { FindingReport, Report } from '../report.js';
import { excerptOf } from '../text/sanitize.js';
import { relatedTotal, type Formatter } from './types.js';

/**
 * Plain text for a paragraph, heading or table cell. Backslash escapes for the ASCII punctuation that
 * starts inline markup (CommonMark §2.4 allows them before any ASCII punctuation), character references
 * for the HTML-significant ones, and `\|` so a pipe cannot split a table cell (GFM §4.10).
 */
function mdText(s: string, max = 500): string {
  return excerptOf(s, max)
    .replace(/[\\`*_~[\]()!#|@:]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => ENTITY[c]!)
    // GFM links bare "www." names too; an escaped dot keeps them text (":" above does it for "https://").
    .replace(/\b(www)\./gi, '$1\\.');
}

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * A code span (verbatim, nothing inside is markup) for paths and quotations. The fence is one backtick
 * longer than the longest run inside (CommonMark §6.1). In a table GFM still splits cells on "|", even in
 * code, unless it is escaped; outside a table that escape would show, so it is applied only there.
 */
function mdCode(s: string, inTable: boolean, max = 300): string {
  let t = excerptOf(s, max);
  // A table row is split before code spans are seen, and there "\\" pairs up as an escape: a backslash
  // before a pipe would leave the pipe bare. Code cannot escape a backslash, so such text goes as plain text.
  if (inTable && t.includes('\\')) return mdText(s, max);
  if (inTable) t = t.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || t === '' ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function findingRow(f: FindingReport): string {
  const related = f.related.slice(0, 8).map((r) => `↳ ${mdCode(`${r.path}:${r.line}:${r.column}`, true)} ${mdCode(r.excerpt, true, 120)}`);
  if (relatedTotal(f) > 8) related.push(`↳ … and ${relatedTotal(f) - 8} more`);
  const message = [mdText(f.message), ...related].join('<br>');
  return row([`${f.line}:${f.column}`, f.severity, mdCode(f.rule, true), message]);
}

export const markdown: Formatter = (report: Report) => {
  const s = report.summary;
  const out: string[] = [];
  out.push(`### credence: ${plural(s.findings, 'finding')} in ${plural(s.articles, 'article')}${s.skipped ? `, ${s.skipped} skipped` : ''}`);
  out.push('');
  out.push(row(['severity', 'findings']), row(['---', '---:']));
  for (const sev of ['error', 'warning', 'note'] as const) out.push(row([sev, String(s[sev])]));
  for (const a of report.articles) {
    if (a.findings.length === 0) continue;
    out.push('', `#### ${mdCode(a.path, false)}`);
    // In emphasis, so a title that starts like a list item ("- …", "1. …") stays a line of text.
    if (a.title.trim()) out.push('', `*${mdText(a.title, 160)}*`);
    out.push('', row(['location', 'severity', 'rule', 'message']), row(['---', '---', '---', '---']));
    for (const f of a.findings) out.push(findingRow(f));
  }
  if (report.stories.length) {
    out.push('', '#### Reprints of one story (counted as one source)', '');
    for (const g of report.stories) out.push(`- ${g.map((p) => mdCode(p, false)).join(', ')}`);
  }
  if (report.notices.length) {
    out.push('', '#### Files not analysed in full', '', row(['path', 'level', 'message']), row(['---', '---', '---']));
    for (const n of report.notices) out.push(row([mdCode(n.path, true), n.level, mdText(n.message)]));
  }
  return out.join('\n') + '\n';
};
