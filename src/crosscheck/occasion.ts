/**
 * Whether two figures of one measure can be about the same occasion. Clusters of real news put similar but
 * different events side by side (two earthquakes in one region, two pirate raids by one navy, the offers of
 * two clubs for one player), and background sentences restate old events ("In 2004, a tsunami killed…").
 * These tests read only the two sentences and their articles' dates, so they cost nothing per corpus.
 */
import { datelineEnd } from '../text/dateline.js';
import { containsWord } from '../text/names.js';
import type { ArticleAnalysis, Figure } from '../types.js';

/**
 * A figure right after "8. " or "230, " or around " / " is a piece of a number that tokenised text split
 * with a space ("magnitude-8. 6", "230, 000 people", "4 1 / 2 hours"): its value is not the number stated.
 */
export function isNumberFragment(a: ArticleAnalysis, f: Figure): boolean {
  const before = a.text.slice(Math.max(0, f.start - 4), f.start);
  const after = a.text.slice(f.end, f.end + 4);
  return /\d\s?[.,]\s$|\d\s\/\s?$|\/\s?$/.test(before) || /^\s?\/\s?\d|^[.,]\s\d/.test(after) || /^\d+\s?[.,]\s\d/.test(f.text);
}

/**
 * "€110 billion ($141 billion)": a money figure in brackets right after another amount is a currency
 * conversion, and two outlets converting at two rates do not disagree about the amount.
 */
export function isConversion(a: ArticleAnalysis, f: Figure): boolean {
  return /\d[\d.,]*\s*(?:[kmb]n?|bn|thousand|million|billion|trillion)?\s*\(\s*(?:about|around|roughly|some|approximately|nearly|almost)?\s*$/i.test(a.text.slice(Math.max(0, f.start - 40), f.start));
}

/**
 * A running total ("so far", "to date", "a combined 157 games") is a different quantity from the count of one
 * occasion ("during the operation, six rifles were seized"), even when both count the same things. A total of
 * one occasion ("In all, 14 items were taken", "a total of 12 arrests") is still that occasion's count.
 */
const TALLY = /\b(?:so far|to date|combined|cumulative(?:ly)?|overall|since (?:then|\d{4}|(?:january|february|march|april|may|june|july|august|september|october|november|december))|over (?:the|his|her|their) (?:career|lifetime))\b/i;

export function isTally(sentence: string): boolean {
  // "…: what we know so far" is a headline formula about the story, not a running total
  return TALLY.test(sentence.replace(/\bwhat (?:we|you) know(?: so far)?\b/gi, ''));
}

/**
 * A count that is said to have grown ("the death toll rose to 24", "has climbed to", "now stands at") is an
 * update of an earlier count, not a second opinion of it.
 */
const UPDATE = /\b(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|grew|grown|mounted|swelled|reached|hit|revised (?:up|down)|now stands|now at|up to|has gone up|went up)\b[^.;]{0,25}$/i;

/** An entry of a live page, led by the time it was posted ("9:10 p.m. — The coroner says three are dead"). */
const TIMED_ENTRY = /^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)\s*(?:[A-Z]{2,4}\s*)?[—–-]/i;

export function isUpdate(a: ArticleAnalysis, f: Figure): boolean {
  const s = a.sentences[f.sentence];
  // (a live page's entries are each the count at the time of posting: later entries update them)
  if (s && TIMED_ENTRY.test(a.text.slice(a.lineStarts[s.line - 1]!, s.end))) return true;
  return UPDATE.test(a.text.slice(Math.max(s ? s.start : 0, f.start - 60), f.start));
}

/**
 * A figure told as the first, superseded version of a corrected one ("The council initially said 14 people had
 * been rescued, but later corrected the figure to 23"): not a value the article asserts.
 */
const FIRST_VERSION = /\b(?:initially|originally|first|earlier|previously|mistakenly|wrongly)\b/i;
const CORRECTED_LATER = /\b(?:correct(?:ed|ing)|revis(?:ed|ing)|amend(?:ed|ing)|updat(?:ed|ing)|clarif(?:ied|ying)|restat(?:ed|ing))\b/i;

/** A correction notice: "Correction: An earlier version of this story said 3,200 students …". */
const CORRECTION_NOTE = /^\s*(?:correction|clarification|update)\s*:|\b(?:an?|the) (?:earlier|previous|original) version of this (?:story|article|report|post|piece|item)\b/i;

export function isSuperseded(a: ArticleAnalysis, f: Figure): boolean {
  const s = a.sentences[f.sentence];
  if (!s) return false;
  if (CORRECTION_NOTE.test(a.text.slice(s.start, f.start))) return true;
  return FIRST_VERSION.test(a.text.slice(s.start, f.start)) && CORRECTED_LATER.test(a.text.slice(f.end, s.end));
}

/**
 * What happened to the things a count counts, by the verb next to it: "cancelled 1,140 flights", "310 flights
 * were delayed". Two counts of one noun under two different verbs are two measures.
 */
export function actionOf(a: ArticleAnalysis, f: Figure): string | null {
  const before = /\b([a-z]{3,}(?:ed|en))\s+(?:(?:about|around|roughly|some|nearly|almost|over|more than|at least|up to|another|a further|an estimated)\s+)?$/.exec(a.text.slice(Math.max(0, f.start - 40), f.start));
  if (before && !/^(?:need|seed|feed|speed|bleed|been|seen|ten|often|even|when|then|than|between|eleven|seventeen|fifteen|thirteen|fourteen|sixteen|eighteen|nineteen|listen|open|citizen|garden|women|children|kitchen)$/.test(before[1]!)) return before[1]!.replace(/(?:ed|en)$/, '');
  const after = /^\s*(?:(?:were|was|have been|had been|are|is|been|being)\s+)?(?:also\s+|later\s+|still\s+)?([a-z]{3,}(?:ed|en))\b/.exec(a.text.slice(f.end, f.end + 40));
  if (after && !/^(?:been|seen|often|even|when|then|than|open|between)$/.test(after[1]!)) return after[1]!.replace(/(?:ed|en)$/, '');
  return null;
}

/** Measures that count casualties of an event: they grow as news comes in, so a later report may say more. */
export const CASUALTY = /^(?:death|dead|fatalit(?:y|ie)|casualt(?:y|ie)|injur(?:y|ie)|hurt|wounded|victim|missing|killed|toll|person|people|body)$/;

const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;

/** Years a sentence names outside the figure itself ("In 2004, a tsunami killed 230,000 people"). */
export function yearsNamed(sentence: string): Set<number> {
  return new Set([...sentence.matchAll(YEAR)].map((m) => Number(m[1])));
}

/** The latest year an article is about: its own date's year, or else the latest year it names. */
export function storyYear(a: ArticleAnalysis): number | null {
  if (a.date) return Number(a.date.slice(0, 4));
  let latest: number | null = null;
  for (const d of a.dates) {
    const y = d.start ? Number(d.start.slice(0, 4)) : NaN;
    if (Number.isFinite(y) && (latest === null || y > latest)) latest = y;
  }
  return latest;
}

/**
 * Two sentences are about different years when both name years and share none, or when one names only
 * years before the other article's own story ("In 2004…" in background, against this week's quake).
 */
export function differentYears(yearsA: Set<number>, yearsB: Set<number>, storyA: number | null, storyB: number | null): boolean {
  if (yearsA.size > 0 && yearsB.size > 0) {
    for (const y of yearsA) if (yearsB.has(y)) return false;
    return true;
  }
  if (yearsA.size > 0) return storyB !== null && Math.max(...yearsA) < storyB;
  if (yearsB.size > 0) return storyA !== null && Math.max(...yearsB) < storyA;
  return false;
}

const DAY = 86_400_000;

/** Articles dated far apart report different moments: what was counted then may have changed since. */
export function datedApart(a: ArticleAnalysis, b: ArticleAnalysis, days: number): boolean {
  const fa = filingDay(a);
  const fb = filingDay(b);
  if (!fa || !fb) return false;
  if (fa.year && fb.year) return Math.abs(fa.day - fb.day) > days;
  // With a year missing on one side, the days between two month-days around the year's circle are the fewest
  // the two dates can be apart, whatever the years ("March 5" and "June 18" are 105 days or more apart)
  const d = Math.abs(dayOfYear(fa.day) - dayOfYear(fb.day));
  return Math.min(d, 366 - d) > days + 1;
}

/** Days from a story's filing day that a sentence's own-day word names ("today" 0, "yesterday" -1). */
const OWN_DAY = /\b(today|tonight|yesterday|this (?:morning|afternoon|evening))\b/gi;

function ownDayOffset(sentence: string): number | null {
  let offset: number | null = null;
  for (const m of sentence.matchAll(OWN_DAY)) {
    const o = m[1]!.toLowerCase() === 'yesterday' ? -1 : 0;
    if (offset !== null && offset !== o) return null;
    offset = o;
  }
  return offset;
}

/** Day number of an article's filing day, from its date or a dateline's month-day (in a leap year). */
function filingDay(a: ArticleAnalysis): { day: number; year: boolean } | null {
  if (a.date) {
    const t = Date.parse(a.date);
    return Number.isFinite(t) ? { day: t / DAY, year: true } : null;
  }
  if (!a.monthDay) return null;
  return { day: Date.UTC(2000, Number(a.monthDay.slice(0, 2)) - 1, Number(a.monthDay.slice(3, 5))) / DAY, year: false };
}

/**
 * Two sentences that each give a figure of their own story's day ("the shortage today", "closed yesterday at")
 * in stories filed on different days are about two days: a daily money-market shortage or a closing price
 * changes every day. The days are compared as named ("yesterday" in Wednesday's story is Tuesday's "today").
 */
export function ownDaysApart(a: ArticleAnalysis, b: ArticleAnalysis, sentenceA: string, sentenceB: string): boolean {
  const oa = ownDayOffset(sentenceA);
  const ob = ownDayOffset(sentenceB);
  if (oa === null || ob === null) return false;
  const fa = filingDay(a);
  const fb = filingDay(b);
  if (!fa || !fb) return false;
  // with a year missing on one side, month-days are compared around the year's circle
  const da = fa.year && fb.year ? fa.day : dayOfYear(fa.day);
  const db = fa.year && fb.year ? fb.day : dayOfYear(fb.day);
  const d = Math.abs(da + oa - (db + ob));
  return fa.year && fb.year ? d >= 1 : Math.min(d, 366 - d) >= 1;
}

function dayOfYear(day: number): number {
  const t = new Date(day * DAY);
  return Date.UTC(2000, t.getUTCMonth(), t.getUTCDate()) / DAY;
}

// "according to Mike Lynch", "Lynch reported", "said Gregg Hastings": the source of a statement is not one
// of its participants, and two outlets quoting two sources about one event must still be compared; nor is
// the outlet it was told to ("Ravi Mendes told the Courier")
const ATTRIBUTION = /\baccording to\s+(?:[A-Z][\p{L}.'’-]*\s*){1,4}|(?:[A-Z][\p{L}.'’-]*\s+){1,4}(?:said|says|told|reported|reports|wrote|added|stated)\b(?:\s+(?:the\s+)?(?:[A-Z][\p{L}.'’-]*\s*){1,4})?|\b(?:said|says|told|reported|added)\s+(?:the\s+)?(?:[A-Z][\p{L}.'’-]*\s*){1,4}/gu;

/**
 * Named participants of a sentence (any type: the entity typer calls many teams and ships 'other'), by their canonical names, leaving out
 * whoever the sentence cites as its source.
 */
export function participants(a: ArticleAnalysis, sentence: string): Set<string> {
  const text = sentence.slice(datelineEnd(sentence)).replace(ATTRIBUTION, ' ');
  const out = new Set<string>();
  for (const e of a.entities) {
    for (const form of [e.name, ...e.aliases]) {
      if (form.length < 3) continue;
      if (containsWord(text, form)) {
        out.add(e.name);
        break;
      }
    }
  }
  return out;
}

/**
 * Each sentence names someone or somewhere the other does not mention at all (the Orioles' offer and the
 * Red Sox's offer; INS Mysore's raid and INS Sukanya's): two occasions, not two accounts of one.
 */
export function distinctParticipants(pa: Set<string>, pb: Set<string>, textA: string, textB: string, compatible: (x: string, y: string) => boolean): boolean {
  const own = (mine: Set<string>, theirs: Set<string>, theirText: string): boolean => {
    for (const n of mine) {
      if (theirs.has(n) || theirText.includes(n.split(' ').pop()!)) continue;
      let shared = false;
      for (const m of theirs) if (compatible(n, m)) { shared = true; break; }
      if (!shared) return true;
    }
    return false;
  };
  return own(pa, pb, textB) && own(pb, pa, textA);
}
