/**
 * Dates normalised to day intervals. chrono-node parses day-level expressions ("March 3", "on Tuesday",
 * "3 days ago"); the shapes it misses or gets wrong (years, halves, quarters, "late February", "through
 * 2030", "last week" as a week) are matched here first. chrono's quirks stay in this file: it is called one
 * sentence at a time (it is super-linear on long strings), and its "now" and "for a second" are dropped.
 */
import * as chronoEn from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';
import { table } from '../text/table.js';
import { lowerPattern } from '../text/caseless.js';

/**
 * chrono's parsers are large case-insensitive patterns, and V8 spends ≈ 300 ms compiling them the first time
 * (the case folding of every alternative): a third of a cold start. The same patterns without the `i` flag,
 * run over the sentence with its ASCII letters lower-cased (same length, so every offset still holds),
 * compile in a fifth of that and find the same dates. The text of each result is then read back from the
 * sentence itself.
 */

type ChronoParser = { pattern(context: unknown): RegExp };

/**
 * Which of chrono's parsers can match a sentence, told by what each one's pattern cannot match without (a
 * month's first three letters, a weekday's, four digits, a digit, a separator, a unit of time after a
 * quantity…). Each test is a relaxation of the parser's own pattern, over the same lower-cased text, so a
 * parser left out would have found nothing: the results are the same, and a sentence runs a handful of
 * the 18 patterns instead of all of them. A parser not named here always runs (a newer chrono may add some).
 * test/chrono-gates.test.ts checks the gated parse against the full one on generated and real sentences.
 */
const MONTH3 = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/;
const ORDINAL_OR_DIGIT = /\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|thirtieth/;
const UNIT = String.raw`(?:quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y)`;
/** A quantity and a unit of time: the core of chrono's five duration parsers ("3 days", "a few weeks", "half an hour"). */
const QUANTITY_UNIT = new RegExp(String.raw`(?:\d|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|half|an?\b|few|several|the|couple|of)\s*` + UNIT + String.raw`|half\s*an?\s*` + UNIT);
/** What several gates ask of one sentence, answered once per parse (the quantity test only when asked). */
interface Shared { month: boolean; quantity(): boolean }
const CHRONO_GATES: Readonly<Record<string, (t: string, has: Shared) => boolean>> = {
  ENYearMonthDayParser: (t) => /\d{4}/.test(t),
  ISOFormatParser: (t) => /\d{4}-\d/.test(t),
  SlashDateFormatParser: (t) => /\d[/.-]\d/.test(t),
  ENSlashMonthFormatParser: (t) => /\d\/\d{4}/.test(t),
  ENMonthNameLittleEndianParser: (t, has) => has.month && ORDINAL_OR_DIGIT.test(t),
  ENMonthNameMiddleEndianParser: (t, has) => has.month && ORDINAL_OR_DIGIT.test(t),
  ENYearMonthNameParser: (t, has) => has.month && /\d/.test(t),
  ENMonthNameParser: (t, has) => has.month,
  ENWeekdayParser: (t) => /sun|mon|tue|wed|thu|fri|sat|week/.test(t),
  ENCasualDateParser: (t) => /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/.test(t),
  ENCasualTimeParser: (t) => /morning|afternoon|evening|night|midday|noon/.test(t),
  ENEndOfCurrentMonthParser: (t) => /month/.test(t),
  ENRelativeDateFormatParser: (t) => /this|last|past|next|after/.test(t),
  ENTimeUnitWithinFormatParser: (t, has) => /within|in|for/.test(t) && has.quantity(),
  ENTimeUnitAgoFormatParser: (t, has) => /ago|before|earlier/.test(t) && has.quantity(),
  ENTimeUnitLaterFormatParser: (t, has) => /later|after|from now|henceforth|forward|out/.test(t) && has.quantity(),
  ENTimeUnitCasualRelativeFormatParser: (t, has) => /this|last|past|next|after|\+|-/.test(t) && has.quantity(),
  ENTimeExpressionParser: (t) => /\d/.test(t),
};
/**
 * A time of day alone ("at 5", "10.15", and every bare number chrono reads as one) is never a date this file
 * keeps, and the refiners only join times to the dates the other parsers found: with no other parser able to
 * match, chrono is not asked at all.
 */
const TIME_OF_DAY = 'ENTimeExpressionParser';

const NEVER = /(?!)/y;
const lowerChrono = chronoEn.casual.clone();
const parserNames = (lowerChrono.parsers as unknown as ChronoParser[]).map((p) => p.constructor.name);
/** Per parser of lowerChrono: whether it may match the text being parsed (set by parseDates before each parse). */
const enabled: boolean[] = parserNames.map(() => true);
// (each parser is wrapped in an object of its own: clone() shares the parser objects with chrono's `casual`,
// which must stay as the library made it)
const parsers = lowerChrono.parsers as unknown as ChronoParser[];
parsers.forEach((shared, k) => {
  const p = Object.create(shared) as ChronoParser;
  parsers[k] = p;
  const original = (context: unknown): RegExp => shared.pattern.call(p, context);
  let from: RegExp | null = null;
  let to: RegExp | null = null;
  p.pattern = (context) => {
    if (!enabled[k]) return NEVER;
    const re = original(context);
    if (re !== from) [from, to] = [re, lowerPattern(re.source, re.flags.replace('i', ''))];
    return to!;
  };
});

const gates = parserNames.map((name) => CHRONO_GATES[name]);

/** Marks which parsers may match `low`; false when none but the time-of-day parser can. */
function gate(low: string): boolean {
  let quantity: boolean | undefined;
  const has: Shared = { month: MONTH3.test(low), quantity: () => (quantity ??= QUANTITY_UNIT.test(low)) };
  let any = false;
  for (let k = 0; k < gates.length; k++) {
    const test = gates[k];
    enabled[k] = test ? test(low, has) : true;
    if (enabled[k] && parserNames[k] !== TIME_OF_DAY) any = true;
  }
  return any;
}

interface ChronoResult { text: string; index: number; start: ParsedComponents; end: ParsedComponents | null }

export function parseDates(text: string, instant: Date, all = false): ChronoResult[] {
  const low = text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  if (all) enabled.fill(true);
  else if (!gate(low)) return [];
  return lowerChrono.parse(low, { instant, timezone: 0 })
    .map((r) => ({ text: text.slice(r.index, r.index + r.text.length), index: r.index, start: r.start, end: r.end ?? null }));
}

export interface DateSpan {
  text: string;
  index: number;
  start: string | null;
  end: string | null;
  /** For a day named without a year and no reference date ("March 3"): MM-DD, so that two such dates can
   * still be compared with each other, though neither can be placed on a calendar. */
  monthDay?: string;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';

function iso(y: number, m: number, d: number): string {
  const dt = new Date(Date.UTC(y, m, d));
  return dt.toISOString().slice(0, 10);
}
function monthEnd(y: number, m: number): number {
  return new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
}
function monthIndex(name: string): number {
  return MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase());
}
function addDays(date: string, n: number): string {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

interface Pattern {
  re: RegExp;
  /** The pattern matches only text holding a year (YEAR), so a sentence without one skips it. */
  needsYear?: boolean;
  resolve(m: RegExpExecArray, ref: string | null): [string | null, string | null] | null;
}

const PART_OF_MONTH: Readonly<Record<string, [number, number | null]>> = table({
  early: [1, 10], beginning: [1, 10], start: [1, 10], mid: [11, 20], middle: [11, 20], late: [20, null], end: [20, null],
});
const PART_OF_YEAR: Readonly<Record<string, [number, number]>> = table({
  early: [0, 3], beginning: [0, 3], start: [0, 3], mid: [4, 7], middle: [4, 7], late: [8, 11], end: [8, 11],
});
const ORDINAL: Readonly<Record<string, number>> = table({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 });

function refYear(ref: string | null): number | null {
  return ref ? Number(ref.slice(0, 4)) : null;
}

/** Monday of the ISO week holding `date`. */
function weekStart(date: string): string {
  const d = new Date(date + 'T00:00:00Z');
  const dow = (d.getUTCDay() + 6) % 7;
  return addDays(date, -dow);
}

const SEASONS: Readonly<Record<string, [number, number]>> = table({ spring: [2, 4], summer: [5, 7], autumn: [8, 10], fall: [8, 10], winter: [11, 13] });

const PATTERNS: Pattern[] = [
  {
    re: /\b(?:so far|to date|year to date) this year\b|\bso far in (?:the year|\d{4})\b/gi,
    resolve(m, ref) {
      if (!ref) return [null, null];
      const y = /\d{4}/.exec(m[0]) ? Number(/\d{4}/.exec(m[0])![0]) : Number(ref.slice(0, 4));
      return [iso(y, 0, 1), ref];
    },
  },
  {
    // "the first-half results", "in the second half" (of the year in question)
    re: /\b(?:the )?(first|second)[- ]half\b(?! of \d)(?![- ](?:goals?|of the (?:match|game|season)))/gi,
    resolve(m, ref) {
      if (!ref) return [null, null];
      const y = Number(ref.slice(0, 4));
      return m[1]!.toLowerCase() === 'first' ? [iso(y, 0, 1), iso(y, 5, 30)] : [iso(y, 6, 1), iso(y, 11, 31)];
    },
  },
  {
    // a quarter named without its year ("for the first quarter", "fourth-quarter revenue"): the article's year
    re: new RegExp(`\\b(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\\b(?!,? (?:of )?${YEAR})|\\bQ([1-4])\\b(?![ -]?'?${YEAR})`, 'gi'),
    resolve(m, ref) {
      if (!ref) return [null, null];
      const q = m[1] ? ORDINAL[m[1].toLowerCase()]! : Number(m[2]);
      // the most recent such quarter that had begun by the article's date: news reports quarters past
      const first = (q - 1) * 3;
      const y = Number(ref.slice(0, 4)) - (iso(Number(ref.slice(0, 4)), first, 1) > ref ? 1 : 0);
      return [iso(y, first, 1), iso(y, first + 2, monthEnd(y, first + 2))];
    },
  },
  {
    re: new RegExp(`\\b(?:(last|this|next|early|late) )?(spring|summer|autumn|fall|winter)(?: of)?(?: (${YEAR}))?\\b`, 'gi'),
    resolve(m, ref) {
      if (!m[1] && !m[3]) return null; // a bare season word is too often not a date ("a summer of discontent")
      const season = SEASONS[m[2]!.toLowerCase()]!;
      let y: number;
      if (m[3]) y = Number(m[3]);
      else if (!ref) return [null, null];
      else {
        const ry = Number(ref.slice(0, 4));
        const shift = m[1]!.toLowerCase() === 'last' ? -1 : m[1]!.toLowerCase() === 'next' ? 1 : 0;
        y = ry + shift;
        if (m[2]!.toLowerCase() === 'winter' && shift !== 0) y = ry + shift - (shift < 0 ? 0 : 0);
      }
      const startMonth = season[0];
      const endMonth = season[1];
      const endYear = y + Math.floor(endMonth / 12);
      return [iso(y, startMonth, 1), iso(endYear, endMonth % 12, monthEnd(endYear, endMonth % 12))];
    },
  },
  {
    // "from 2020 to 2025", "2024-25", "2020–2025"
    re: new RegExp(`\\b(?:from |between )?(${YEAR})(?:\\s*[-–]\\s*|\\s+(?:to|through|until|and)\\s+)(${YEAR}|\\d\\d)\\b(?![-–/]\\d)`, 'gi'),
    needsYear: true,
    resolve(m) {
      const a = Number(m[1]);
      let b = Number(m[2]);
      if (m[2]!.length === 2) b = Math.floor(a / 100) * 100 + b;
      if (b < a || b - a > 50) return null;
      return [iso(a, 0, 1), iso(b, 11, 31)];
    },
  },
  {
    re: new RegExp(`\\b(early|mid|late|(?:the )?(?:beginning|start|middle|end) of)[- ](${MONTH})(?:,?\\s+(${YEAR}))?\\b`, 'gi'),
    resolve(m, ref) {
      const part = m[1]!.toLowerCase().replace(/^the /, '').replace(/ of$/, '');
      const [a, b] = PART_OF_MONTH[part] ?? [1, null];
      const y = m[3] ? Number(m[3]) : refYear(ref);
      if (y === null) return [null, null];
      const mi = monthIndex(m[2]!);
      return [iso(y, mi, a), iso(y, mi, b ?? monthEnd(y, mi))];
    },
  },
  {
    re: new RegExp(`\\b(?:the )?(first|second|1st|2nd) half of (${YEAR})\\b|\\bH([12])[ -]?(${YEAR})\\b`, 'gi'),
    needsYear: true,
    resolve(m) {
      const half = m[1] ? ORDINAL[m[1].toLowerCase()]! : Number(m[3]);
      const y = Number(m[2] ?? m[4]);
      return half === 1 ? [iso(y, 0, 1), iso(y, 5, 30)] : [iso(y, 6, 1), iso(y, 11, 31)];
    },
  },
  {
    re: new RegExp(`\\b(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)?,? (${YEAR})\\b|\\bQ([1-4])[ -]?'?(${YEAR})\\b|\\b(${YEAR})[ -]Q([1-4])\\b`, 'gi'),
    needsYear: true,
    resolve(m) {
      const q = m[1] ? ORDINAL[m[1].toLowerCase()]! : Number(m[3] ?? m[6]);
      const y = Number(m[2] ?? m[4] ?? m[5]);
      const first = (q - 1) * 3;
      return [iso(y, first, 1), iso(y, first + 2, monthEnd(y, first + 2))];
    },
  },
  {
    re: new RegExp(`\\b(early|mid|late|(?:the )?(?:beginning|start|middle|end) of)[- ](${YEAR})\\b`, 'gi'),
    needsYear: true,
    resolve(m) {
      const part = m[1]!.toLowerCase().replace(/^the /, '').replace(/ of$/, '');
      const [a, b] = PART_OF_YEAR[part] ?? [0, 11];
      const y = Number(m[2]);
      return [iso(y, a, 1), iso(y, b, monthEnd(y, b))];
    },
  },
  {
    re: new RegExp(`\\b(?:through|until|till|by|to|before|ahead of) (?:the end of )?(${YEAR})\\b`, 'gi'),
    needsYear: true,
    resolve(m) {
      return [null, iso(Number(m[1]), 11, 31)];
    },
  },
  {
    // Month and year without a day: the whole month (chrono would give its first day).
    re: new RegExp(`(?<!\\d[ ,]*)\\b(${MONTH}),?\\s+(${YEAR})\\b`, 'g'),
    needsYear: true,
    resolve(m) {
      const y = Number(m[2]);
      const mi = monthIndex(m[1]!);
      return [iso(y, mi, 1), iso(y, mi, monthEnd(y, mi))];
    },
  },
  {
    re: /\b(?:the )?(\d\d\d)0s\b/g,
    resolve(m) {
      const d = Number(m[1]) * 10;
      if (d < 1800 || d > 2090) return null;
      return [iso(d, 0, 1), iso(d + 9, 11, 31)];
    },
  },
  {
    re: /\b(last|this|next|past|previous|coming) (week|month|year)\b/gi,
    resolve(m, ref) {
      if (!ref) return [null, null];
      const which = m[1]!.toLowerCase();
      const unit = m[2]!.toLowerCase();
      const shift = which === 'this' ? 0 : which === 'next' || which === 'coming' ? 1 : -1;
      if (which === 'past') {
        const back = unit === 'week' ? 7 : unit === 'month' ? 30 : 365;
        return [addDays(ref, -back), ref];
      }
      if (unit === 'week') {
        const s = addDays(weekStart(ref), 7 * shift);
        return [s, addDays(s, 6)];
      }
      const y = Number(ref.slice(0, 4));
      if (unit === 'year') return [iso(y + shift, 0, 1), iso(y + shift, 11, 31)];
      const mm = Number(ref.slice(5, 7)) - 1 + shift;
      const d = new Date(Date.UTC(y, mm, 1));
      return [iso(d.getUTCFullYear(), d.getUTCMonth(), 1), iso(d.getUTCFullYear(), d.getUTCMonth(), monthEnd(d.getUTCFullYear(), d.getUTCMonth()))];
    },
  },
  {
    re: /(?<!\d )\b(?:just |only |a few |several )?(days|weeks|months) ago\b/gi,
    resolve(m, ref) {
      if (!ref) return [null, null];
      const unit = m[1]!.toLowerCase();
      const back = unit === 'days' ? 6 : unit === 'weeks' ? 42 : 180;
      return [addDays(ref, -back), addDays(ref, -1)];
    },
  },
];

const YEAR_ANYWHERE = new RegExp(YEAR);

/** A bare year is a date unless money, a percentage or a scale word makes it an amount. */
const BARE_YEAR = new RegExp(`(?<![\\d.,$€£¥#/:-])\\b(${YEAR})(?:'s)?\\b(?![.,]\\d|\\s*(?:%|per ?cent|percent|pct|million|billion|bn|m\\b|k\\b)|[-/:]\\d)`, 'g');

function overlaps(a: { index: number; text: string }, b: { index: number; text: string }): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}

/** Dates inside one sentence. `ref` (YYYY-MM-DD) resolves relative expressions; without it they stay open. */
export function findDates(sentence: string, ref: string | null): DateSpan[] {
  const out: DateSpan[] = [];
  const take = (span: DateSpan): void => {
    if (!out.some((o) => overlaps(o, span))) out.push(span);
  };
  const sport = /\b(?:goals?|scored|match|minutes?|kick-?off|half-?time|penalt(?:y|ies)|striker|innings|quarterback)\b/i.test(sentence);
  const hasYear = YEAR_ANYWHERE.test(sentence);
  for (const p of PATTERNS) {
    if (p.needsYear && !hasYear) continue;
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(sentence))) {
      // "the second half" of a match is not half a year
      if (sport && /^(?:the )?(?:first|second)[- ]half$/i.test(m[0])) continue;
      const r = p.resolve(m, ref);
      if (r) take({ text: m[0], index: m.index, start: r[0], end: r[1] });
    }
  }
  // chrono is the slowest step of the analysis; most sentences name no day at all, so ask it only when a
  // month, weekday, digit or relative word is there for it to find
  if (!MAY_HAVE_DAY.test(sentence)) return finish(out, sentence);
  const instant = ref ? new Date(ref + 'T12:00:00Z') : new Date(Date.UTC(2000, 0, 1, 12));
  // Without a reference date, parse again against another instant: whatever moves is relative and stays open.
  const results = parseDates(sentence, instant);
  // (parsed only when a result is certain of its year: one that is not is relative whatever the probe says)
  let probe: ChronoResult[] | null | undefined = ref || results.length === 0 ? null : undefined;
  // "the afternoon of Thursday, Feb. 6": chrono keeps the part of day and loses the day; parse what follows "of"
  for (const [i, r] of [...results.entries()]) {
    const of = / of (.+)$/.exec(r.text);
    if (!of || r.start.isCertain('day')) continue;
    const inner = parseDates(of[1]!, instant)[0];
    if (inner && inner.index === 0) results[i] = { text: inner.text, index: r.index + of.index + 4, start: inner.start, end: inner.end ?? null };
  }
  // "closed on 20 February, 81.6% voted yes": chrono reads "81" as the year; a date never ends inside a number
  for (const [i, r] of [...results.entries()]) {
    const after = sentence.slice(r.index + r.text.length, r.index + r.text.length + 12);
    const cut = /[,\s]*\d+$/.exec(r.text);
    // ("20 February, 81 people": a year of one or two digits after a comma is a count in modern news)
    if (!cut || !(/^,\s*\d{1,2}$/.test(cut[0]) || /^(?:[.,]\d|\d|\s*%|\s*(?:per ?cent|percent|pct)\b)/i.test(after))) continue;
    const inner = cut.index > 0 ? parseDates(r.text.slice(0, cut.index), instant)[0] : undefined;
    results[i] = inner && inner.index === 0 ? { text: inner.text, index: r.index, start: inner.start, end: inner.end ?? null } : { text: '', index: r.index, start: r.start, end: null };
  }
  for (const r of results) {
    if (r.text === '') continue;
    const text = r.text;
    const c = r.start;
    const dayish = c.isCertain('day') || c.isCertain('weekday') || c.isCertain('month');
    if (!dayish || /^(?:now|right now|for a second|a second)$/i.test(text)) continue;
    // durations ("for 12 months", "36 hours", "within a week") are quantities, not dates
    // ("after 47 minutes", "before two hours had passed" are times between events)
    if (/^(?:for|within|over|in|during|after|before)?\s*(?:the\s+)?(?:next\s+|past\s+|last\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)$/i.test(text.trim())) continue;
    // "the sun", "wed": a short weekday name in lower case is a word
    if (/^(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)[.,;:!?]*$/.test(text.trim())) continue;
    // a date needs a digit, a month or weekday name, or a relative word
    if (!/\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday|tomorrow|tonight|ago|last|next|this|week|month|year/i.test(text)) continue;
    if (/^(?:may|march|june|july|august)$/i.test(text.trim()) && !/^[A-Z]/.test(text.trim())) continue;
    // A bare capitalised "May"/"March" is too often a name or a verb at a sentence start; after "in", "by",
    // "since"… it is the month.
    if (/^(?:May|March|June|July|August|April)$/.test(text.trim()) && !/\b(?:in|on|by|since|until|till|from|during|through|before|after|early|late|mid|last|next|this)\s+$/i.test(sentence.slice(Math.max(0, r.index - 12), r.index))) continue;
    const d = c.date();
    let relative = !c.isCertain('year');
    if (!relative && probe !== null) {
      probe ??= parseDates(sentence, new Date(Date.UTC(2011, 6, 15, 12)));
      const twin = probe.find((p) => p.index === r.index);
      relative = !twin || twin.start.date().getTime() !== d.getTime();
    }
    let start: string | null;
    let end: string | null;
    let monthDay: string | undefined;
    if (relative && !ref) {
      start = end = null;
      // (only a date that names its month: "today", "after 47 minutes" are certain of a day relative to
      // whatever instant they were parsed against, which says nothing of the calendar)
      if (c.isCertain('day') && c.isCertain('month') && NAMES_MONTH.test(text)) monthDay = `${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
    } else if (c.isCertain('day') || c.isCertain('weekday')) {
      start = iso(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
      const e = r.end?.date();
      end = e ? iso(e.getUTCFullYear(), e.getUTCMonth(), e.getUTCDate()) : start;
    } else {
      start = iso(d.getUTCFullYear(), d.getUTCMonth(), 1);
      end = iso(d.getUTCFullYear(), d.getUTCMonth(), monthEnd(d.getUTCFullYear(), d.getUTCMonth()));
    }
    take({ text, index: r.index, start, end, ...(monthDay ? { monthDay } : {}) });
  }
  return finish(out, sentence);
}

const NAMES_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])|\b\d{1,2}[/.-]\d{1,2}\b/i;
/**
 * What chrono needs to find a day: a month, weekday or relative word; or, with a digit, a numeric date
 * ("3/4", "2025-03-04", "2025 3 4") or a unit of time ("in 5 days", "48 hrs later", "2 wks"). A digit alone
 * (every sentence of a wire story has one) gives it only times of day, which are no dates.
 */
const NAMES_DAY = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|sun(?:day)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|today|tonight|tomorrow|tmrw?|overmorrow|yesterday|ago|last|next|this|past|weeks?|weekends?|weekdays?|months?|years?|quarters?|noon|midday|midnight|morning|afternoon|evening|night)(?![a-z])/i;
const NUMERIC_DAY = /\d[/.\-]\d|\d{4}\s+\d{1,2}\s+\d|\b(?:sec|second|min|minute|hour|hr|day|quarter|qtr)|\d\s{0,3}(?:s|m|h|d|w|y|mo|mos|yr|yrs|wk|wks)(?![a-z0-9_])|\d(?:st|nd|rd|th)?[-/]?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const MAY_HAVE_DAY = { test: (s: string): boolean => NAMES_DAY.test(s) || (/\d/.test(s) && NUMERIC_DAY.test(s)) };

/** Bare years, and leading prepositions trimmed from what the parsers found. */
function finish(out: DateSpan[], sentence: string): DateSpan[] {
  const take = (span: DateSpan): void => {
    if (!out.some((o) => overlaps(o, span))) out.push(span);
  };
  BARE_YEAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BARE_YEAR.exec(sentence))) {
    const y = Number(m[1]);
    take({ text: m[0], index: m.index, start: iso(y, 0, 1), end: iso(y, 11, 31) });
  }
  // Strip leading prepositions chrono keeps ("on Tuesday" → "Tuesday") so the text is the date itself.
  for (const o of out) {
    const lead = /^(?:on|in|at|from|since|during|the) /i.exec(o.text);
    if (lead && o.text.length > lead[0].length) {
      o.index += lead[0].length;
      o.text = o.text.slice(lead[0].length);
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * The month and day of a wire dateline that gives no year ("LONDON, June 18 - ", "KANATA, Ontario, March 4 -"),
 * as "MM-DD": two such stories filed months apart are two occasions even when the year is unknown.
 */
export function findDatelineMonthDay(head: string): string | null {
  // month first ("LONDON, June 18 -") or day first ("MARROWBY, 10 March (CPA) —")
  const m = new RegExp(`^[A-Z][A-Z .'’-]{1,40}(?:,\\s*[A-Z][A-Za-z.'’ -]{1,30})?,\\s+(?:(${MONTH})\\s+(\\d{1,2})|(\\d{1,2})\\s+(${MONTH}))\\s*(?:\\([^)\\n]{1,30}\\))?\\s*[-–—]`, 'm').exec(head);
  if (!m) return null;
  const month = MONTH_NAMES.indexOf((m[1] ?? m[4])!.slice(0, 3).toLowerCase());
  const day = Number(m[2] ?? m[3]);
  if (month < 0 || day < 1 || day > 31) return null;
  return `${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The article's own date from a dateline, a "Posted/Published/Updated" line or front matter. */
export function findArticleDate(head: string, fallback: string | null): string | null {
  const front = /^date:\s*["']?(\d{4}-\d\d-\d\d)/m.exec(head);
  if (front) return front[1]!;
  const posted = new RegExp(`^\\s*(?:posted|published|updated|last updated|first published|date)(?: on)?:?\\s+(.{4,60})$`, 'im').exec(head);
  const dateline = new RegExp(`^[A-Z][A-Za-z .'’-]*,?\\s+((?:${MONTH}\\s+\\d{1,2}(?:,\\s*${YEAR})?)|(?:\\d{1,2}\\s+${MONTH}(?:\\s+${YEAR})?))\\s*\\((?:Reuters|AP|AFP|Bloomberg|dpa|PA|UPI|Xinhua|[A-Z][A-Za-z]+)\\)\\s*[-–—]`, 'm').exec(head);
  for (const cand of [posted?.[1], dateline?.[1]]) {
    if (!cand) continue;
    const instant = fallback ? new Date(fallback + 'T12:00:00Z') : new Date(Date.UTC(2000, 0, 1, 12));
    const r = parseDates(cand, instant)[0];
    if (!r || !r.start.isCertain('day')) continue;
    if (!r.start.isCertain('year') && !fallback) continue;
    const d = r.start.date();
    return iso(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  }
  return fallback;
}
