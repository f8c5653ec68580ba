/** When two figures say the same thing, and when they cannot both be true. */
import type { Figure, Period } from '../types.js';

export type Agreement = 'equal' | 'consistent' | 'conflict';

/**
 * Whether two values are one value rounded, given their steps and whether either is "about". The cross-check's
 * pair loop reads them from columns rather than figure objects.
 * Memory (bench): the tolerance is worked out here rather than returned by a helper, since a number returned
 * from a call V8 does not inline is a new object (compareValues and bareEcho, sampled in the cross-check of
 * Reuters-21578: 209 MB allocated before, 150 MB after).
 */
export function pointsEqual(va: number, pa: number, vb: number, pb: number, approx: boolean): boolean {
  const larger = Math.max(Math.abs(va), Math.abs(vb));
  // strictly less than half a step: 4.35 is not a rounding of 4.3
  let tol = Math.max(pa, pb) * 0.4999 + 1e-9 * larger;
  if (approx) tol += 0.025 * larger;
  return Math.abs(va - vb) <= tol;
}

function sameRounded(a: Figure, b: Figure): boolean {
  return pointsEqual(a.value, a.precision, b.value, b.precision, a.bound === 'approx' || b.bound === 'approx');
}

function satisfies(bounded: Figure, v: number): boolean {
  if (bounded.range) return v >= bounded.range[0] - 1e-9 && v <= bounded.range[1] + 1e-9;
  if (bounded.bound === 'at-least') return v >= bounded.value;
  if (bounded.bound === 'at-most') return v <= bounded.value;
  return false;
}

const isPoint = (f: Figure): boolean => !f.range && (f.bound === 'exact' || f.bound === 'approx');
/** Exported for the crosscheck's candidate search (index.ts), which must agree with compareValues. */
export const isPointFigure = isPoint;

/** How the values of two figures of the same measure relate. */
export function compareValues(a: Figure, b: Figure): Agreement {
  if (isPoint(a) && isPoint(b)) return sameRounded(a, b) ? 'equal' : 'conflict';
  if (isPoint(a)) return satisfies(b, a.value) ? 'consistent' : 'conflict';
  if (isPoint(b)) return satisfies(a, b.value) ? 'consistent' : 'conflict';
  // two bounds or ranges: they agree when they are the same statement; otherwise nothing can be concluded
  if (a.bound === b.bound && sameRounded(a, b)) return 'equal';
  return 'consistent';
}

/** "Tuesday night" and "on Tuesday" name the same day. */
function dayWords(text: string): string {
  return text.toLowerCase().replace(/\b(?:on|the|morning|afternoon|evening|night|late|early|of)\b|[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
}

// Speed (bench): Date.parse was a tenth of the contradiction rule's time; period bounds are few distinct strings.
const parsed = new Map<string, number>();
function time(d: string): number {
  let t = parsed.get(d);
  if (t === undefined) {
    if (parsed.size >= 100_000) parsed.clear();
    parsed.set(d, (t = Date.parse(d)));
  }
  return t;
}

function interval(p: Period): [number, number] {
  return [p.start ? time(p.start) : -Infinity, p.end ? time(p.end) : Infinity];
}

/**
 * A stated period as numbers, for the cross-check's test that two figures' periods overlap (a figure of 1986
 * never backs one of 1987), made once per figure: null when it overlaps every period (none stated, or stated
 * but not placed).
 */
export function periodSpan(p: Period | null): [number, number] | null {
  if (!p || (p.start === null && p.end === null)) return null;
  return interval(p);
}

/**
 * Same period for a conflict: stated periods must overlap and be of similar length ("revenue in 2024" and
 * "in the first half of 2024" are not the same figure); an unstated period is taken to be the story's own.
 */
const STORY_DAYS = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|today|yesterday|tonight|overnight|this (?:morning|afternoon|evening|week))\b/i;

export function samePeriod(a: Period | null, b: Period | null): boolean {
  // a period stated but not placeable ("last month" with no article date) is some other time than the story's
  const unplaced = (p: Period | null): boolean => p !== null && p.start === null && p.end === null;
  // (compared by its words, with the other's words: "Tuesday" and "on Tuesday night" are one day)
  // A day of this week ("on Monday night", "over the weekend") is the story's own time, as an unstated period
  // is; "last year" or "last month" is not.
  if ((unplaced(a) && !b && STORY_DAYS.test(a!.text)) || (unplaced(b) && !a && STORY_DAYS.test(b!.text))) return true;
  if (unplaced(a) || unplaced(b)) return a !== null && b !== null && dayWords(a.text) === dayWords(b.text);
  if (!a || !b) return true;
  const [a0, a1] = interval(a!);
  const [b0, b1] = interval(b!);
  if (!(a0 <= b1 && b0 <= a1)) return false;
  const la = a1 - a0;
  const lb = b1 - b0;
  if (!Number.isFinite(la) || !Number.isFinite(lb)) return a0 === b0 && a1 === b1;
  return Math.max(la, lb) <= 1.5 * Math.min(la, lb) + 86400000;
}
