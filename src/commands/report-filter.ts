/** Dropping findings from a finished report (baseline, --quiet) with the summary kept true to what is shown. */
import type { ArticleReport, FindingReport, Report } from '../report.js';
import type { Severity } from '../types.js';

export function filterFindings(report: Report, keep: (article: ArticleReport, finding: FindingReport) => boolean): Report {
  const articles = report.articles.map((a) => ({ ...a, findings: a.findings.filter((f) => keep(a, f)) }));
  const all = articles.flatMap((a) => a.findings);
  const count = (s: Severity): number => all.filter((f) => f.severity === s).length;
  return {
    ...report,
    summary: { ...report.summary, findings: all.length, error: count('error'), warning: count('warning'), note: count('note') },
    articles,
  };
}
