import type { ArticleReport, Report } from '../report.js';
import { escapeJsonText } from '../text/sanitize.js';
import type { Formatter } from './types.js';

/**
 * The contract format: stable key order comes from the report builder, so output is byte-identical. Invisible
 * and control characters from articles are written as \u escapes, so printing the report to a terminal is safe.
 */
export const json: Formatter = (report) => escapeJsonText(JSON.stringify(report, null, 2)) + '\n';

/**
 * The same text as `json`, in pieces of one article each, for the CLI to write as it goes. On an archive the
 * report is hundreds of megabytes; made as one string, escaped and ended, it was copied three times and was
 * half the peak memory of a Reuters-21578 run (191 MB of JSON, 660 MB more resident).
 * Pieces break only between values, where no escape can fall. With `withDetails` (a ReportInParts'), each
 * article's figures and dates are put in as it is written, so the whole report never exists at once.
 */
export function* jsonChunks(report: Report, withDetails?: (article: ArticleReport) => ArticleReport): Generator<string> {
  // (what JSON.stringify(v, null, 2) writes for a value nested `depth` levels down: the value written inside
  // `depth` arrays, which JSON.stringify indents, without them; Speed, bench: indenting each line afterwards
  // was another pass over the whole report)
  const nested = (v: unknown, depth: number): string => {
    let wrapped: unknown = v;
    for (let d = 0; d < depth; d++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    let head = 0;
    for (let d = 0; d < depth; d++) head += 2 + 2 * (d + 1);
    return escapeJsonText(text.slice(head, text.length - head + 2 * depth));
  };
  const entries = Object.entries(report).filter(([, v]) => v !== undefined && typeof v !== 'function');
  yield '{\n';
  for (const [i, [key, value]] of entries.entries()) {
    const head = `  ${JSON.stringify(key)}: `;
    const tail = i < entries.length - 1 ? ',\n' : '\n';
    if (key !== 'articles' || !Array.isArray(value) || value.length === 0) {
      yield head + nested(value, 1) + tail;
      continue;
    }
    yield head + '[\n';
    for (const [j, article] of (value as ArticleReport[]).entries()) {
      yield '    ' + nested(withDetails ? withDetails(article) : article, 2) + (j < value.length - 1 ? ',\n' : '\n');
    }
    yield '  ]' + tail;
  }
  yield '}\n';
}
