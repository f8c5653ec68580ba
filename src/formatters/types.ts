import type { Report } from '../report.js';

export interface FormatContext {
  /** Colour the output (stylish only). */
  color: boolean;
  /** Wall-clock time of the run, shown by human formats only (never in JSON: output must be reproducible). */
  elapsedMs?: number;
}

/** A formatter is a pure function from the report to text. */
export type Formatter = (report: Report, ctx: FormatContext) => string;
