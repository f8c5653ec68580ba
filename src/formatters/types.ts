import type { FindingReport, Report } from '../report.js';

/** How many related places a finding has in all: the listed ones and those the report left out. */
export function relatedTotal(f: FindingReport): number {
  return f.related.length + (typeof f.relatedOmitted === 'number' ? f.relatedOmitted : 0);
}

export interface FormatContext {
  /** Colour the output (stylish only). */
  color: boolean;
  /** Wall-clock time of the run, shown by human formats only (never in JSON: output must be reproducible). */
  elapsedMs?: number;
}

/** A formatter is a pure function from the report to text. */
export type Formatter = (report: Report, ctx: FormatContext) => string;
