/**
 * Baselines, like ESLint's bulk suppressions: record today's findings so that CI fails only on new ones.
 *
 * An entry is keyed by file, rule and a fingerprint of the finding's normalised excerpt, and counts how
 * many findings of that rule have that excerpt in that file. Line numbers are deliberately not part of it:
 * moving paragraphs around, or adding text above, must not resurface old findings. A finding is new when
 * its fingerprint is absent or occurs more often than recorded (the extra occurrences, in text order, are
 * reported).
 *
 * Paths in the file are relative to the baseline file's own folder, so the same file works whatever the
 * working directory a run starts from.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './errors.js';
import type { Report } from './report.js';
import { filterFindings } from './commands/report-filter.js';
import { displayPath } from './walk.js';

export const BASELINE_FILE = 'credence-baseline.json';

export interface BaselineEntry {
  count: number;
  /** The excerpt as first recorded (cut short), so that a reviewer of the file sees what is accepted. */
  excerpt: string;
}

/** path (relative to the baseline's folder) → rule → fingerprint → entry. */
export type BaselineFiles = Record<string, Record<string, Record<string, BaselineEntry>>>;

export interface Baseline {
  version: 1;
  files: BaselineFiles;
}

/** Case, spacing and typographic variants of the same words give the same fingerprint. */
export function normaliseExcerpt(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

export function fingerprint(rule: string, excerpt: string): string {
  return createHash('sha256').update(`${rule}\n${normaliseExcerpt(excerpt)}`).digest('hex').slice(0, 16);
}

function shortExcerpt(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= 80 ? one : one.slice(0, 79).trimEnd() + '…';
}

/** Report paths are relative to cwd; baseline paths to the baseline's folder. */
export class BaselinePaths {
  constructor(private readonly cwd: string, private readonly dir: string) {}
  toBaseline(reportPath: string): string {
    return displayPath(this.dir, path.resolve(this.cwd, reportPath));
  }
  toAbsolute(baselinePath: string): string {
    return path.resolve(this.dir, baselinePath);
  }
}

export async function readBaseline(file: string, cwd: string): Promise<Baseline | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UsageError(`cannot read baseline ${displayPath(cwd, file)} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`invalid baseline ${displayPath(cwd, file)}: not valid JSON (${(e as Error).message})`);
  }
  const { parseBaseline } = await import('./schemas.js');
  return parseBaseline(raw, displayPath(cwd, file));
}

/** Every finding of the report, as baseline entries. */
export function baselineFromReport(report: Report, paths: BaselinePaths): BaselineFiles {
  const files: BaselineFiles = {};
  for (const a of report.articles) {
    if (a.findings.length === 0) continue;
    const byRule: Record<string, Record<string, BaselineEntry>> = (files[paths.toBaseline(a.path)] ??= {});
    for (const f of a.findings) {
      const entries = (byRule[f.rule] ??= {});
      const fp = fingerprint(f.rule, f.excerpt);
      const e = entries[fp];
      if (e) e.count++;
      else entries[fp] = { count: 1, excerpt: shortExcerpt(f.excerpt) };
    }
  }
  return files;
}

/** `fresh` replaces what `old` held for the files analysed in this run; the other files' entries stay. */
export function mergeBaseline(old: Baseline | null, fresh: BaselineFiles, analysed: Iterable<string>, rulesRun: Set<string>): Baseline {
  const files: BaselineFiles = { ...(old?.files ?? {}) };
  for (const p of analysed) {
    // What was recorded for a rule that did not run this time (turned off) stays as it was.
    const keep = Object.entries(files[p] ?? {}).filter(([rule]) => !rulesRun.has(rule));
    if (keep.length) files[p] = Object.fromEntries(keep);
    else delete files[p];
  }
  for (const [p, byRule] of Object.entries(fresh)) files[p] = { ...(files[p] ?? {}), ...byRule };
  return { version: 1, files };
}

export interface Applied {
  report: Report;
  /** How many findings the baseline hid. */
  suppressed: number;
  /** path → rule → fingerprint → findings of this run it matched (for pruning). */
  matched: BaselineFiles;
}

/** The report without the findings the baseline accepts. */
export function applyBaseline(report: Report, baseline: Baseline, paths: BaselinePaths): Applied {
  const matched: BaselineFiles = {};
  let suppressed = 0;
  const seen = new Map<string, number>();
  const filtered = filterFindings(report, (a, f) => {
    const bp = paths.toBaseline(a.path);
    const fp = fingerprint(f.rule, f.excerpt);
    const entry = baseline.files[bp]?.[f.rule]?.[fp];
    if (!entry) return true;
    const key = `${bp}\0${f.rule}\0${fp}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > entry.count) return true;
    ((matched[bp] ??= {})[f.rule] ??= {})[fp] = { count: n, excerpt: entry.excerpt };
    suppressed++;
    return false;
  });
  return { report: filtered, suppressed, matched };
}

/**
 * Entries left once stale ones are gone: for files analysed in this run, only what matched (counts lowered
 * to what was found); for files not analysed, entries stay while the file exists.
 */
export function pruneBaseline(
  baseline: Baseline, matched: BaselineFiles, analysed: Set<string>, rulesRun: Set<string>, exists: (baselinePath: string) => boolean,
): { baseline: Baseline; removed: number } {
  const files: BaselineFiles = {};
  let removed = 0;
  const count = (byRule: Record<string, Record<string, BaselineEntry>>): number =>
    Object.values(byRule).reduce((n, fps) => n + Object.values(fps).reduce((m, e) => m + e.count, 0), 0);
  for (const [p, byRule] of Object.entries(baseline.files)) {
    if (analysed.has(p)) {
      // Entries of rules that did not run (turned off for this run) cannot be judged stale.
      const kept: Record<string, Record<string, BaselineEntry>> = { ...(matched[p] ?? {}) };
      for (const [rule, fps] of Object.entries(byRule)) if (!rulesRun.has(rule)) kept[rule] = fps;
      removed += count(byRule) - count(kept);
      if (Object.keys(kept).length) files[p] = kept;
    } else if (exists(p)) {
      files[p] = byRule;
    } else {
      removed += count(byRule);
    }
  }
  return { baseline: { version: 1, files }, removed };
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Stable output (sorted keys, two-space indent) so that the file diffs cleanly in review. */
export function serialiseBaseline(b: Baseline): string {
  const files = sortKeys(Object.fromEntries(Object.entries(b.files).map(([p, byRule]) => [p, sortKeys(Object.fromEntries(
    Object.entries(byRule).map(([rule, fps]) => [rule, sortKeys(Object.fromEntries(Object.entries(fps).map(([fp, e]) => [fp, { count: e.count, excerpt: e.excerpt }])))]),
  ))])));
  return JSON.stringify({ version: 1, files }, null, 2) + '\n';
}

export function baselineSize(files: BaselineFiles): { findings: number; files: number } {
  let findings = 0;
  for (const byRule of Object.values(files)) for (const fps of Object.values(byRule)) for (const e of Object.values(fps)) findings += e.count;
  return { findings, files: Object.keys(files).length };
}
