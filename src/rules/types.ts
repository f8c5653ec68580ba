import type { CorpusIndex } from '../crosscheck/index.js';
import type { ArticleAnalysis, Finding, Location, Severity } from '../types.js';
import { position } from '../text/lines.js';

export interface RuleMeta {
  description: string;
  /** What the rule reports when the configuration does not say otherwise. */
  defaultSeverity: Severity;
  docs: string;
}

export interface RuleContext {
  articles: ArticleAnalysis[];
  index: CorpusIndex;
  options: Record<string, unknown>;
  /** Articles whose findings are wanted (drafts in `check --against`); all when undefined. */
  reportOn?: Set<number>;
}

export interface Rule {
  id: string;
  meta: RuleMeta;
  check(ctx: RuleContext): Finding[];
}

/**
 * At most this many other places are listed in a finding's `related` (and in a figure's `corroboratedBy`);
 * `relatedOmitted` says how many more there were. On a wire archive "1 pct" is stated in thousands of
 * articles: listing every one in every finding made the JSON of Reuters-21578 larger than a string can be.
 */
export const MAX_LISTED = 10;

/** A finding at [start, end) of an article, with line/column computed from its line index. */
export function findingAt(
  a: ArticleAnalysis, rule: string, severity: Severity, message: string, start: number, end: number,
  related: Location[] = [], data?: Record<string, unknown>,
  /** How many related places there are, when `related` holds only the first of them (Speed: see relatedOf). */
  relatedTotal = related.length,
): Finding {
  const s = position(a.lineStarts, start);
  const e = position(a.lineStarts, end);
  const omitted = Math.max(0, relatedTotal - MAX_LISTED, related.length - MAX_LISTED);
  const extra = omitted > 0 ? { ...data, relatedOmitted: omitted } : data;
  return {
    rule, severity, message, path: a.path, line: s.line, column: s.column, endLine: e.line, endColumn: e.column,
    excerpt: a.text.slice(start, end), related: omitted > 0 ? related.slice(0, MAX_LISTED) : related, ...(extra ? { data: extra } : {}),
  };
}

/**
 * Speed (bench): the locations of the first MAX_LISTED of many places, the only ones a finding lists (finding
 * the line of every one of thousands of corroborating figures was a tenth of a Reuters-21578 run).
 */
export function relatedOf<T>(places: readonly T[], where: (p: T) => Location): Location[] {
  return places.slice(0, MAX_LISTED).map(where);
}

export function locationOf(a: ArticleAnalysis, start: number, end: number): Location {
  const p = position(a.lineStarts, start);
  return { path: a.path, line: p.line, column: p.column, excerpt: a.text.slice(start, end) };
}

/** The sentence holding `offset`, as an excerpt (clipped, since sentences of pasted pages can be long). */
export function sentenceSpan(a: ArticleAnalysis, offset: number, max = 300): [number, number] {
  const s = a.sentences.find((x) => x.start <= offset && offset < x.end);
  if (!s) return [offset, offset];
  return [s.start, Math.min(s.end, s.start + max)];
}
