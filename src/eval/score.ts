/** Scoring of findings and extractions against the labelled fixtures (format: fixtures/README.md). */
import type { Report } from '../report.js';

export interface ExpectEntry {
  file: string;
  rule: string;
  line?: number;
  figure?: string;
  kind?: string;
  why?: string;
}

export interface Expected {
  description?: string;
  rules: string[];
  expect: ExpectEntry[];
  forbid?: ExpectEntry[];
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Miss {
  set: string;
  file: string;
  rule: string;
  line: number;
  what: 'false-positive' | 'false-negative';
  text: string;
}

export function prf(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Scores one set's report. Paths in the report are relative to the set folder. */
export function scoreFindings(set: string, report: Report, expected: Expected, tallies: Map<string, Tally>, misses: Miss[]): void {
  const tally = (rule: string): Tally => {
    let t = tallies.get(rule);
    if (!t) tallies.set(rule, (t = { tp: 0, fp: 0, fn: 0 }));
    return t;
  };
  const findings = report.articles.flatMap((a) => a.findings.map((f) => ({ file: a.path, ...f })));
  const used = new Set<number>();
  const matches = (e: ExpectEntry, i: number): boolean => {
    const f = findings[i]!;
    return !used.has(i) && f.file === e.file && f.rule === e.rule && (e.line === undefined || f.line === e.line) &&
      (e.figure === undefined || f.excerpt.includes(e.figure) || e.figure.includes(f.excerpt));
  };
  for (const e of expected.expect) {
    if (!expected.rules.includes(e.rule)) continue;
    const i = findings.findIndex((_, k) => matches(e, k));
    if (i >= 0) {
      used.add(i);
      tally(e.rule).tp++;
    } else {
      tally(e.rule).fn++;
      misses.push({ set, file: e.file, rule: e.rule, line: e.line ?? 0, what: 'false-negative', text: e.figure ?? e.why ?? '' });
    }
  }
  findings.forEach((f, i) => {
    if (used.has(i)) return;
    const forbidden = (expected.forbid ?? []).some((e) => e.file === f.file && e.rule === f.rule && (e.line === undefined || e.line === f.line) && (e.figure === undefined || f.excerpt.includes(e.figure) || e.figure.includes(f.excerpt)));
    if (expected.rules.includes(f.rule) || forbidden) {
      tally(f.rule).fp++;
      misses.push({ set, file: f.file, rule: f.rule, line: f.line, what: 'false-positive', text: f.excerpt.slice(0, 80) });
    }
  });
}

export interface ExtractionExpected {
  referenceDate?: string;
  figures: Array<{ line: number; text: string; value: number; unit: string | string[]; bound: string }>;
  dates: Array<{ line: number; text: string; start: string | null; end: string | null }>;
  entities: Array<{ name: string; type: string; aliases?: string[] }>;
}

export interface ExtractionTallies {
  figures: Tally;
  figureFields: Tally;
  dates: Tally;
  entities: Tally;
}

export function scoreExtraction(
  name: string, got: { figures: Array<{ line: number; value: number; unit: string; bound: string; text: string }>; dates: Array<{ line: number; start: string | null; end: string | null; text: string }>; entities: Array<{ name: string; type: string; aliases: string[] }> },
  exp: ExtractionExpected, t: ExtractionTallies, misses: Miss[],
): void {
  const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
  // figures: a hit is a figure on the same line with the same value (sign-insensitive); fields scored apart
  const usedF = new Set<number>();
  for (const e of exp.figures) {
    const i = got.figures.findIndex((g, k) => !usedF.has(k) && g.line === e.line && (close(g.value, e.value) || close(Math.abs(g.value), Math.abs(e.value))));
    if (i < 0) {
      t.figures.fn++;
      misses.push({ set: 'extraction', file: name, rule: 'figure', line: e.line, what: 'false-negative', text: e.text });
      continue;
    }
    usedF.add(i);
    t.figures.tp++;
    const g = got.figures[i]!;
    const units = Array.isArray(e.unit) ? e.unit : [e.unit];
    if (units.includes(g.unit) && g.bound === e.bound && close(g.value, e.value)) t.figureFields.tp++;
    else {
      t.figureFields.fn++;
      misses.push({ set: 'extraction', file: name, rule: 'figure-fields', line: e.line, what: 'false-negative', text: `${e.text}: want ${e.value} ${units.join('/')} ${e.bound}, got ${g.value} ${g.unit} ${g.bound}` });
    }
  }
  got.figures.forEach((g, k) => {
    if (usedF.has(k)) return;
    t.figures.fp++;
    misses.push({ set: 'extraction', file: name, rule: 'figure', line: g.line, what: 'false-positive', text: g.text });
  });
  const usedD = new Set<number>();
  for (const e of exp.dates) {
    const i = got.dates.findIndex((g, k) => !usedD.has(k) && g.line === e.line && (e.start === null || g.start === e.start) && (e.end === null || g.end === e.end) && (e.start !== null || e.end !== null || g.text.toLowerCase().includes(e.text.toLowerCase().split(' ').pop()!)));
    if (i < 0) {
      t.dates.fn++;
      misses.push({ set: 'extraction', file: name, rule: 'date', line: e.line, what: 'false-negative', text: `${e.text} ${e.start}..${e.end}` });
    } else {
      usedD.add(i);
      t.dates.tp++;
    }
  }
  got.dates.forEach((g, k) => {
    if (usedD.has(k)) return;
    t.dates.fp++;
    misses.push({ set: 'extraction', file: name, rule: 'date', line: g.line, what: 'false-positive', text: `${g.text} ${g.start}..${g.end}` });
  });
  const norm = (s: string): string => s.toLowerCase().replace(/[.’']/g, '').trim();
  const usedE = new Set<number>();
  for (const e of exp.entities) {
    const names = new Set([e.name, ...(e.aliases ?? [])].map(norm));
    const i = got.entities.findIndex((g, k) => !usedE.has(k) && g.type === e.type && [g.name, ...g.aliases].some((n) => names.has(norm(n))));
    if (i < 0) {
      t.entities.fn++;
      misses.push({ set: 'extraction', file: name, rule: 'entity', line: 0, what: 'false-negative', text: `${e.name} (${e.type})` });
    } else {
      usedE.add(i);
      t.entities.tp++;
    }
  }
  got.entities.forEach((g, k) => {
    if (usedE.has(k) || g.type === 'other') return;
    t.entities.fp++;
    misses.push({ set: 'extraction', file: name, rule: 'entity', line: 0, what: 'false-positive', text: `${g.name} (${g.type})` });
  });
}

export interface KindTally {
  right: number;
  wrong: number;
}

/**
 * Kind accuracy of the findings that matched a labelled entry with a `kind` (disclosures: text, partial,
 * image, translation, audio, byline): a finding on the labelled line whose reported kind is the label's is
 * right. Entries no finding matched are left to the recall figure and not counted here.
 */
export function scoreKinds(set: string, report: Report, expected: Expected, tally: KindTally, misses: Miss[]): void {
  const findings = report.articles.flatMap((a) => a.findings.map((f) => ({ file: a.path, ...f }) as { file: string; rule: string; line: number; excerpt: string; kind?: unknown }));
  for (const e of expected.expect) {
    if (e.kind === undefined || !expected.rules.includes(e.rule)) continue;
    const f = findings.find((x) => x.file === e.file && x.rule === e.rule && (e.line === undefined || x.line === e.line));
    if (!f) continue;
    if (f.kind === e.kind) tally.right++;
    else {
      tally.wrong++;
      misses.push({ set, file: e.file, rule: `${e.rule} kind`, line: e.line ?? 0, what: 'false-positive', text: `want ${e.kind}, got ${String(f.kind)}` });
    }
  }
}
