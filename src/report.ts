/** The report object: what `--format json` prints and what `analyze()` returns. Field names are a contract. */
import type { CorpusIndex } from './crosscheck/index.js';
import { MAX_LISTED } from './rules/types.js';
import type { ArticleAnalysis, Entity, Finding, Location, Notice, Severity } from './types.js';

export interface FigureReport {
  text: string;
  value: number;
  unit: string;
  bound: string;
  range?: [number, number];
  measure: string;
  subject: string | null;
  period: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  attribution: string | null;
  attributionKind: string | null;
  line: number;
  column: number;
  /** The first MAX_LISTED corroborating figures, in path order; `corroboratedByOmitted` counts the rest. */
  corroboratedBy: Array<{ path: string; line: number }>;
  corroboratedByOmitted?: number;
  independentSources: number;
  /** `independent`: another story states a compatible value; `weak`: only bounds agree ("more than 30" and
   * 32); `reprints-only`: only copies of the same story repeat it; `none`. */
  corroboration: 'independent' | 'weak' | 'reprints-only' | 'none';
}

export interface DateReport {
  text: string;
  start: string | null;
  end: string | null;
  line: number;
  column: number;
}

export interface FindingReport {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  excerpt: string;
  related: Location[];
  [extra: string]: unknown;
}

export interface ArticleReport {
  path: string;
  title: string;
  date: string | null;
  entities: Entity[];
  figures: FigureReport[];
  dates: DateReport[];
  findings: FindingReport[];
}

export interface Summary {
  articles: number;
  findings: number;
  error: number;
  warning: number;
  note: number;
  skipped: number;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'credence'; version: string };
  summary: Summary;
  articles: ArticleReport[];
  /** Groups of articles that are reprints of one story (churnalism), by path. */
  stories: string[][];
  notices: Notice[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

export function compareFindings(a: Finding | FindingReport, b: Finding | FindingReport): number {
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

export function figureReports(a: ArticleAnalysis, ai: number, articles: ArticleAnalysis[], index: CorpusIndex | null): FigureReport[] {
  return a.figures.map((f, fi) => {
    const c = index?.corroboration[ai]?.[fi];
    const by = c?.by ?? [];
    return {
      text: f.text, value: f.value, unit: f.unit, bound: f.bound, ...(f.range ? { range: f.range } : {}),
      measure: f.measure, subject: index ? (index.subjects[ai]?.[fi] ?? null) : f.subject,
      period: f.period?.text ?? null, periodStart: f.period?.start ?? null, periodEnd: f.period?.end ?? null,
      attribution: f.attribution?.name ?? null, attributionKind: f.attribution?.kind ?? null,
      line: f.line, column: f.column,
      corroboratedBy: by.slice(0, MAX_LISTED).map((r) => ({ path: articles[r.article]!.path, line: articles[r.article]!.figures[r.figure]!.line })),
      ...(by.length > MAX_LISTED ? { corroboratedByOmitted: by.length - MAX_LISTED } : {}),
      independentSources: c?.independent ?? 0,
      corroboration: !c ? 'none' : c.independent > 0 ? (c.weak ? 'weak' : 'independent') : c.reprints > 0 ? 'reprints-only' : 'none',
    };
  });
}

export function dateReports(a: ArticleAnalysis): DateReport[] {
  return a.dates.map((d) => ({ text: d.text, start: d.start, end: d.end, line: d.line, column: d.column }));
}

export function toFindingReport(f: Finding): FindingReport {
  // (the finding's fields but its path, in its order, then its data's: what `{ ...rest, ...data }` gives, copied
  // field by field, since the rest-and-spread made 180 MB of garbage for Reuters-21578's 49,653 findings)
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(f)) if (k !== 'path' && k !== 'data') out[k] = f[k as keyof Finding];
  if (f.data) for (const k of Object.keys(f.data)) out[k] = f.data[k];
  return out as FindingReport;
}

/**
 * A report made to be written out one article at a time: every article's `figures` and `dates` are left empty
 * in `report`, and `withDetails` gives an article of it (or of a report filtered from it: baseline, --quiet)
 * with them. On an archive they are most of the report (Reuters-21578: 113,461 figure reports with their
 * corroboration lists, 52 MB of the 91 the report held), and the CLI's JSON writer needs each only while it
 * writes that article (jsonChunks). The other formats never read them.
 */
export interface ReportInParts {
  report: Report;
  withDetails: (article: ArticleReport) => ArticleReport;
}

export function buildReportInParts(
  version: string, articles: ArticleAnalysis[], index: CorpusIndex, findings: Finding[], notices: Notice[], reportOn?: Set<number>,
): ReportInParts {
  const byPath = new Map<string, Finding[]>();
  for (const f of findings) {
    let l = byPath.get(f.path);
    if (!l) byPath.set(f.path, (l = []));
    l.push(f);
  }
  const out: ArticleReport[] = [];
  const position = new Map<string, number>();
  articles.forEach((a, ai) => {
    if (reportOn && !reportOn.has(ai)) return;
    position.set(a.path, ai);
    out.push({
      path: a.path, title: a.title, date: a.date, entities: a.entities, figures: [], dates: [],
      findings: (byPath.get(a.path) ?? []).sort(compareFindings).map(toFindingReport),
    });
  });
  const all = out.flatMap((a) => a.findings);
  const count = (s: Severity): number => all.filter((f) => f.severity === s).length;
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'credence', version },
    summary: { articles: out.length, findings: all.length, error: count('error'), warning: count('warning'), note: count('note'), skipped: notices.filter((n) => n.level === 'skipped').length },
    articles: out,
    stories: index.stories.groups.map((g) => g.map((i) => articles[i]!.path).sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    notices: [...notices].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.message < b.message ? -1 : 1)),
  };
  const withDetails = (article: ArticleReport): ArticleReport => {
    const ai = position.get(article.path);
    if (ai === undefined) throw new Error(`not an article of this report: ${article.path}`);
    const a = articles[ai]!;
    return { ...article, figures: figureReports(a, ai, articles, index), dates: dateReports(a) };
  };
  return { report, withDetails };
}
