/**
 * GitHub Actions workflow commands: one `::error|warning|notice …::message` line per finding, which the
 * runner turns into annotations on the pull request's diff. Skipped files become warnings on their path.
 */
import type { FindingReport, Report } from '../report.js';
import { escapeControls } from '../text/sanitize.js';
import type { Severity } from '../types.js';
import { relatedTotal, type Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' };

/**
 * The runner's own escaping (actions/toolkit `escapeData`): without it a newline in article text would
 * end the command and let the next line of the article be read as a command of its own.
 */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Properties are also split on "," and ended by "::" (toolkit `escapeProperty`). */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Controls and bidi overrides made visible first: the Actions log renders ANSI sequences. */
const data = (s: string): string => escapeData(escapeControls(s));
const property = (s: string): string => escapeProperty(escapeControls(s));

function command(name: string, props: Array<[string, string | number]>, message: string): string {
  const p = props.map(([k, v]) => `${k}=${typeof v === 'number' ? v : property(v)}`).join(',');
  return `::${name} ${p}::${message}`;
}

function findingCommand(path: string, f: FindingReport): string {
  const props: Array<[string, string | number]> = [['file', path], ['line', f.line], ['endLine', f.endLine]];
  // Columns only on one-line regions (GitHub drops them otherwise); GitHub's endColumn is inclusive, ours is not.
  if (f.endLine === f.line) props.push(['col', f.column], ['endColumn', Math.max(f.column, f.endColumn - 1)]);
  props.push(['title', `credence (${f.rule})`]);
  // each part is made safe on its own; the line breaks between them are ours and stay line breaks
  const parts = [f.message, ...f.related.map((r) => `${r.path}:${r.line}:${r.column} ${r.excerpt}`)];
  if (relatedTotal(f) > f.related.length) parts.push(`… and ${relatedTotal(f) - f.related.length} more`);
  return command(COMMAND[f.severity], props, escapeData(parts.map((p) => escapeControls(p)).join('\n')));
}

export const github: Formatter = (report: Report) => {
  const lines: string[] = [];
  for (const a of report.articles) for (const f of a.findings) lines.push(findingCommand(a.path, f));
  for (const n of report.notices) {
    lines.push(command(n.level === 'error' ? 'error' : 'warning', [['file', n.path], ['title', `credence (${n.level})`]], data(n.message)));
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
