/**
 * Figures: numbers with their unit, bound, what they measure, and whether they report a change.
 * A sentence is first masked (URLs, e-mails, phone numbers, postcodes, IDs, versions, times, scores, list
 * markers and the dates found by dates.ts become spaces of the same length), so what remains numeric is a
 * candidate; context on both sides then decides unit, bound and measure, or rejects it.
 */
import type { Token } from '../nlp.js';
import type { Bound } from '../types.js';
import {
  BOUND_WORDS, CURRENCY_PREFIX, CURRENCY_SUFFIX, FALL, MEASURE_CUES, MEASURE_SYNONYMS, RISE, SCALES, WORD_NUMBERS,
} from './lexicon.js';

export interface RawFigure {
  text: string;
  value: number;
  unit: string;
  bound: Bound;
  range?: [number, number];
  measure: string;
  precision: number;
  change: boolean;
  start: number;
  end: number;
}

const blank = (s: string): string => ' '.repeat(s.length);

/** Characters before a figure that the bound and range look-behinds read. */
const LOOK_BEHIND = 120;

const MASKS: RegExp[] = [
  /\b(?:https?:\/\/|www\.)\S+/gi,
  /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g,
  /\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|ai|io|co|uk|gov|edu|info|news)(?:\/\S*)?\b/gi,
  // phone numbers: +44 20 7946 0958, (555) 123-4567, 555-123-4567
  /(?:\+\d{1,3}[\s.-]?)?\(?\b\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b/g,
  /\+\d{1,3}[\s\d().-]{7,}\d/g,
  // UK and US postcodes
  /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/g,
  /\b[A-Z]{2},? \d{5}(?:-\d{4})?\b/g,
  // IDs, references and case numbers
  /(?:\bNos?\.|#|\b(?:ID|Ref|Case|Docket|Flight|Route|Highway|Interstate|Bill|Article|Section|Rule|Chapter|Resolution|Form|Model|Patent|Order|Room|Gate|Platform|Lot|Item|Exhibit|Volume|Vol\.|Episode|Season|Week|Day|Game|Round|Stage|Level|Phase|Tier|Grade|Class|Type|Category|Apollo|Boeing|Airbus|Windows|iOS|Android|macOS|Python|Node|iPhone|Galaxy|Pixel|Series|Formula|Channel|Gen|Block|Lane|Bus|Track|Pier|Berth|Unit|Ward|District|Precinct|Terminal|Suite|Floor|Building)\b)\.?\s*[A-Za-z]{0,3}[-\s]?\d[\w-]*(?:\.\d+)*/g,
  /\b[A-Z]{1,5}-?\d+[A-Z\d-]*\b/g,
  /\b\d+[A-Za-z]+\d[\w-]*\b/g,
  // versions
  /\b(?:v|version|ver\.?|release)\s?\d+(?:\.\d+)+\b|\b\d+\.\d+\.\d+(?:\.\d+)*\b/gi,
  // times of day
  /\b\d{1,2}(?::\d\d)+\s*(?:[ap]\.?m\.?|hrs?|GMT|UTC|[A-Z]{2,4}T)?|\b\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b)|\b\d{1,2} o'clock\b/gi,
  // sports scores: "won 3-1", "a 2-0 victory"
  /\b(?:won|beat|lost|drew|defeated|victory|defeat|win|lead|led|scored?)\s+(?:by\s+)?\d{1,2}\s*[-–]\s*\d{1,2}\b|\b\d{1,2}\s*[-–]\s*\d{1,2}\s+(?:win|victory|defeat|loss|draw|lead|home win|away win)\b/gi,
  // ordinals
  /\b\d+(?:st|nd|rd|th)\b/gi,
  // list markers at the start of the sentence
  /^\s*\(?\d{1,2}[.)]\s/,
  // fractions of a score/ratio "3/4", dates "3/6/2025"
  /\b\d+\/\d+(?:\/\d+)?\b/g,
];

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+|\d+)(?:\.\d+)?|\.\d+`;
const WORDNUM = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen|a hundred|hundred)`;
const SCALE = String.raw`(?:\s?(?:thousand|million|billion|trillion|mn|mln|bln|bn|tn|trn|crore|lakh)\b|(?:m|b|k)\b)`;
const CUR_PRE = String.raw`(?:US\$|U\.S\.\s?\$|C\$|A\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|₹|₩|₽|₺|\bRs\.?\s?|\b(?:USD|EUR|GBP|JPY|CHF|CNY|INR|CAD|AUD)\s?)`;
const CUR_SUF = String.raw`(?:\s(?:(?:US|U\.S\.|Canadian|Australian) dollars|dollars?|dlrs?|euros?|pounds sterling|pounds?|sterling|stg|yen|yuan|renminbi|rupees?|francs?|roubles|rubles|won|lira|USD|EUR|GBP|JPY|CHF|CNY|INR|CAD|AUD)\b)`;
const PCT = String.raw`(?:\s?%|\s(?:per ?cent|percent|pct)\b|\s(?:percentage|pct) points?\b|\sbasis points?\b|\sbps\b)`;

const FIGURE = new RegExp(
  String.raw`(${CUR_PRE})?(${NUM}|\b${WORDNUM}\b)(?:(\s*(?:-|–|—|to|and)\s*)(${CUR_PRE})?(${NUM}|\b${WORDNUM}\b))?(${SCALE})?(${CUR_SUF}|${PCT})?`,
  'gi',
);

const HALF = /\b(half|a third|one third|two[- ]thirds|a quarter|one quarter|three[- ]quarters)\s+(?:of|the|its|their|his|her)\b/gi;
const FRACTIONS: Record<string, number> = {
  half: 0.5, 'a third': 1 / 3, 'one third': 1 / 3, 'two thirds': 2 / 3, 'two-thirds': 2 / 3, 'a quarter': 0.25,
  'one quarter': 0.25, 'three quarters': 0.75, 'three-quarters': 0.75,
};

const DEFINITE = /\b(?:the|these|those|its|their|his|her|our|your|all|both|every|each|first|last|other|same|of the)\s+$/i;
const SKIP_AFTER = /^[-\s]*(?:of (?:them|us|those|these|the (?:most|best|biggest|largest|few))|another|other|thing|way|day|time|point|side|hand|another|more time)\b/i;
const NOT_UNITS = new Set(['of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'a', 'an', 'the', 'than', 'as', 'per', 'that', 'which', 'who', 'is', 'was', 'were', 'are', 'be', 'has', 'have', 'had']);

const IRREGULAR: Record<string, string> = {
  people: 'person', men: 'man', women: 'woman', children: 'child', staff: 'staff', police: 'police', data: 'data',
  feet: 'foot', teeth: 'tooth', mice: 'mouse', personnel: 'personnel', series: 'series', species: 'species',
  news: 'news', sheep: 'sheep', fish: 'fish', aircraft: 'aircraft', crises: 'crisis', analyses: 'analysis', dead: 'dead',
};

export function singular(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w]!;
  if (w.length <= 3 || /(?:ss|us|is)$/.test(w)) return w;
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes|zes|sses)$/.test(w)) return w.slice(0, -2);
  if (/ves$/.test(w) && !/(?:ives)$/.test(w)) return w.slice(0, -3) + 'f';
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}

function parseNumber(s: string): { value: number; decimals: number } | null {
  const t = s.toLowerCase().replace(/^a /, '').trim();
  if (t in WORD_NUMBERS) return { value: WORD_NUMBERS[t]!, decimals: 0 };
  const compound = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)$/.exec(t);
  if (compound) return { value: WORD_NUMBERS[compound[1]!]! + WORD_NUMBERS[compound[2]!]!, decimals: 0 };
  const digits = t.replace(/[,\u00a0\u202f\u2009]/g, '');
  if (!/^\d*\.?\d+$/.test(digits)) return null;
  const dot = digits.indexOf('.');
  return { value: Number(digits), decimals: dot < 0 ? 0 : digits.length - dot - 1 };
}

function boundBefore(before: string): Bound {
  for (const [re, b] of BOUND_WORDS) if (re.test(before)) return b;
  return 'exact';
}

/** Counted noun after the number: skips up to two modifiers, stops at the first non-noun. */
function countedNoun(tokens: Token[], from: number, after: string): { unit: string; compound: string; end: number } | null {
  // "32-member alliance", "a seven-day stoppage": the hyphenated word is the unit.
  const hyph = /^-([a-z]+)(?:-([a-z]+))?\b/i.exec(after);
  if (hyph) {
    const w = hyph[1]!.toLowerCase();
    if (!NOT_UNITS.has(w)) return { unit: singular(w), compound: singular(w), end: hyph[0].length };
  }
  const words: Array<{ text: string; pos: string; end: number }> = [];
  for (const t of tokens) {
    if (t.start < from) continue;
    if (words.length >= 4) break;
    words.push({ text: t.text, pos: t.pos, end: t.end - from });
  }
  const nouns: string[] = [];
  let end = 0;
  let modifiers = 0;
  for (const w of words) {
    const lw = w.text.toLowerCase();
    if (NOT_UNITS.has(lw)) break;
    if (w.pos === 'NOUN' || (w.pos === 'PROPN' && nouns.length === 0 && /^[A-Z]{2,}$|^[a-z]/.test(w.text) === false)) {
      nouns.push(lw);
      end = w.end;
    } else if ((w.pos === 'ADJ' || w.pos === 'VERB' || w.pos === 'PROPN') && nouns.length === 0 && modifiers < 2 && /^[A-Za-z][\w-]*$/.test(w.text)) {
      modifiers++;
      continue;
    } else break;
  }
  if (nouns.length === 0) return null;
  const last = nouns[nouns.length - 1]!;
  const compound = nouns.map((n, i) => (i === nouns.length - 1 ? singular(n) : n)).join(' ');
  return { unit: singular(last), compound, end };
}

interface CueHit {
  index: number;
  /** Position of the cue in MEASURE_CUES: the earlier cue wins a tie, as it always has. */
  order: number;
  name: string;
}

/**
 * Every measure cue in a sentence, sorted by position. Computed once per sentence (robustness guard): running
 * all cue regexes over the whole sentence for every figure made sentences full of numbers quadratic.
 */
function cueHits(sentence: string): CueHit[] {
  const hits: CueHit[] = [];
  MEASURE_CUES.forEach(([name, re], order) => {
    const g = new RegExp(re.source, 'gi');
    let m: RegExpExecArray | null;
    while ((m = g.exec(sentence))) hits.push({ index: m.index, order, name });
  });
  return hits.sort((a, b) => a.index - b.index || a.order - b.order);
}

/** The cue nearest to `at`; among equally near cues the first in MEASURE_CUES, then the earlier one. */
function measureFromCues(hits: CueHit[], at: number): string | null {
  if (hits.length === 0) return null;
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.index < at) lo = mid + 1;
    else hi = mid;
  }
  const before = lo > 0 ? at - hits[lo - 1]!.index : Infinity;
  const after = lo < hits.length ? hits[lo]!.index - at : Infinity;
  const dist = Math.min(before, after);
  let best: CueHit | null = null;
  const consider = (h: CueHit): void => {
    if (!best || h.order < best.order || (h.order === best.order && h.index < best.index)) best = h;
  };
  if (before === dist) for (let i = lo - 1; i >= 0 && hits[i]!.index === at - dist; i--) consider(hits[i]!);
  if (after === dist) for (let i = lo; i < hits.length && hits[i]!.index === at + dist; i++) consider(hits[i]!);
  return (best as CueHit | null)?.name ?? null;
}

export function canonicalMeasure(compound: string, unit: string): string {
  return MEASURE_SYNONYMS[compound] ?? MEASURE_SYNONYMS[unit] ?? unit;
}

export function maskSentence(sentence: string, extra: Array<{ index: number; length: number }>): string {
  let s = sentence;
  for (const re of MASKS) s = s.replace(re, blank);
  for (const e of extra) s = s.slice(0, e.index) + ' '.repeat(e.length) + s.slice(e.index + e.length);
  return s;
}

/**
 * Figures in one sentence. `base` is the sentence's offset in the article; `tokens` are the article's tokens
 * for this sentence (absolute offsets); `dates` are date spans inside the sentence, which are not figures.
 */
export function findFigures(sentence: string, base: number, tokens: Token[], dates: Array<{ index: number; length: number }>): RawFigure[] {
  const masked = maskSentence(sentence, dates);
  const out: RawFigure[] = [];
  let cues: CueHit[] | null = null;
  const cueAt = (at: number): string | null => measureFromCues((cues ??= cueHits(sentence)), at);
  // Robustness guard: the look-behind tests below read at most this much before a figure instead of the whole
  // sentence prefix, which made long sentences with many numbers quadratic. Every phrase they look for is far
  // shorter than this.
  const lookBehind = (start: number): { text: string; offset: number } => {
    const offset = Math.max(0, start - LOOK_BEHIND);
    return { text: masked.slice(offset, start), offset };
  };
  FIGURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIGURE.exec(masked))) {
    if (m[0].trim() === '') {
      FIGURE.lastIndex++;
      continue;
    }
    let start = m.index;
    let end = start + m[0].length;
    const [, curPre, n1, joiner, curPre2, n2, scaleRaw, suffixRaw] = m;
    const isWord = /^[a-z]/i.test(n1!);
    const prevChar = masked[start - 1] ?? ' ';
    const nextChar = masked[end] ?? ' ';
    // Part of a word or code ("G7", "F-35", "3D", "COVID-19").
    if (/[A-Za-z0-9_]/.test(prevChar) || (/[-]/.test(prevChar) && /[A-Za-z]/.test(masked[start - 2] ?? ' '))) continue;
    if (/[A-Za-z0-9]/.test(nextChar) && !isWord) continue;
    const p1 = parseNumber(n1!);
    if (!p1) continue;
    let scale = 1;
    let scaleWord = '';
    if (scaleRaw) {
      scaleWord = scaleRaw.trim().toLowerCase();
      scale = SCALES[scaleWord] ?? 1;
    }
    let unit = '';
    let pct = false;
    const suffix = suffixRaw?.trim().toLowerCase() ?? '';
    if (curPre) unit = CURRENCY_PREFIX[curPre.trim().toLowerCase().replace(/\s/g, '')] ?? 'USD';
    if (curPre2 && !unit) unit = CURRENCY_PREFIX[curPre2.trim().toLowerCase()] ?? 'USD';
    if (suffix) {
      if (suffix === '%' || /^(?:per ?cent|percent|pct)$/.test(suffix)) {
        unit = '%';
        pct = true;
      } else if (/points?$/.test(suffix) && /^(?:percentage|pct)/.test(suffix)) {
        unit = 'pp';
        pct = true;
      } else if (/basis|bps/.test(suffix)) {
        unit = 'bp';
        pct = true;
      } else unit = CURRENCY_SUFFIX[suffix] ?? unit;
    }
    const hasUnitMark = unit !== '' || scale !== 1;
    // Word numbers: "one" is nearly always a pronoun or article; others need a counted noun or a scale.
    if (isWord && /^(?:one|a|zero)$/i.test(n1!) && scale === 1 && !unit) continue;
    // "k", "m", "b" alone are only scales next to money or digits
    if (isWord && scaleWord.length === 1) continue;
    let value = p1.value * scale;
    let range: [number, number] | undefined;
    if (n2 !== undefined) {
      const p2 = parseNumber(n2);
      const j = joiner!.trim().toLowerCase();
      if (!p2 || (j === 'and' && !/between\s+$/i.test(lookBehind(start).text) && !/\bfrom\s+$/i.test(lookBehind(start).text))) {
        // not a range: re-scan from the joiner so the second number stands alone
        end = start + (curPre?.length ?? 0) + n1!.length;
        FIGURE.lastIndex = end;
        if (!p1 || (!hasUnitMark && false)) continue;
      } else {
        const lo = p1.value * scale;
        const hi = p2.value * scale;
        if (hi > lo) range = [lo, hi];
        else {
          end = start + (curPre?.length ?? 0) + n1!.length;
          FIGURE.lastIndex = end;
        }
      }
    }
    const before = masked.slice(Math.max(0, start - 40), start);
    const afterText = masked.slice(end, end + 60);
    if (!range && n2 !== undefined && end === start + (curPre?.length ?? 0) + n1!.length) {
      // we cut the match short: re-derive scale and suffix for the shortened figure
      scale = 1;
      value = p1.value;
      if (!curPre) unit = '';
      pct = false;
    }
    // The definite article turns a count into a reference ("the two companies"), not a claim.
    if (isWord && !hasUnitMark && DEFINITE.test(before)) continue;
    if (SKIP_AFTER.test(afterText) && !hasUnitMark) continue;
    let compound = '';
    if (!unit) {
      const noun = countedNoun(tokens, base + end, afterText);
      if (noun) {
        unit = noun.unit;
        compound = noun.compound;
        end += noun.end;
        if (/^(?:year|month|week|day|hour|minute|second)$/.test(unit) && /^\s*(?:ago|old|later|earlier|before|after)\b/.test(masked.slice(end, end + 10))) continue;
      } else if (isWord) {
        if (scale === 1) continue; // a bare word number ("in two", "at seven") is not a figure
      } else if (scale === 1) {
        // A bare integer with nothing counted after it: keep when it reads as a quantity.
        const cap = /([A-Z][a-z]+)\s+$/.exec(before);
        const bareYearish = /^\d{4}$/.test(n1!) && p1.value >= 1800 && p1.value <= 2100;
        if (bareYearish) continue;
        if (cap && !/^(?:About|Over|Some|Nearly|Almost|Around|More|Up|Roughly|Approximately|Only|Just|At|To|From|By|With|Of|In|Than|Under|Below|Above|And)$/.test(cap[1]!)) continue;
      }
    }
    if (!unit) unit = 'count';
    if (/^\d{4}$/.test(n1!) && p1.value >= 1800 && p1.value <= 2100 && scale === 1 && !curPre && !pct && !/^(?:USD|EUR|GBP|JPY|CHF|CNY|INR|CAD|AUD)$/.test(unit) && !/^\d{1,3},/.test(n1!)) {
      // a four-digit year-like number is a figure only with money, a percentage or a counted noun that is not a date part
      if (!compound || /^(?:year|season|budget|election|census|plan|level|figure|rate|edition|model|version)$/.test(unit)) continue;
    }
    let change = false;
    const near = masked.slice(Math.max(0, start - 30), start);
    if (FALL.test(near) && /\b(?:by|of|to|at)?\s*$/i.test(near)) {
      change = /\bto\s*$/i.test(near) ? false : true;
      if (change) value = -Math.abs(value);
    } else if (RISE.test(near)) {
      change = !/\bto\s*$/i.test(near);
    }
    if (/\bfrom\s+$/i.test(before) && /^\s*(?:\S+\s){0,2}?to\b/i.test(afterText)) change = true;
    if (/\b(?:from\s+\S+\s+)?to\s+$/i.test(before) && /\bfrom\s+[\d$€£]/i.test(masked.slice(Math.max(0, start - 40), start))) change = true;
    const bound = range ? 'exact' : boundBefore(before);
    let textStart = start;
    const boundMatch = /\b(?:more than|over|at least|upwards of|in excess of|above|exceeding|up to|fewer than|less than|under|below|about|around|approximately|roughly|nearly|almost|some|an estimated|close to|as many as|no more than|no fewer than|between|from)\s+(?:a |an )?$/i.exec(lookBehind(start).text);
    if (boundMatch && (bound !== 'exact' || range)) textStart = lookBehind(start).offset + boundMatch.index;
    const decimals = p1.decimals;
    const precision = scale === 1 ? Math.pow(10, -decimals) : Math.pow(10, -decimals) * scale;
    const measure = pct || /^[A-Z]{3}$/.test(unit) || unit === 'count'
      ? cueAt(start) ?? (pct ? 'percentage' : unit === 'count' ? 'count' : 'amount')
      : canonicalMeasure(compound, unit);
    const fig: RawFigure = {
      text: sentence.slice(textStart, end).trim(),
      value: Number.isFinite(value) ? value : 0,
      unit,
      bound,
      measure,
      precision,
      change,
      start: base + textStart,
      end: base + textStart + sentence.slice(textStart, end).trimEnd().length,
    };
    if (range) fig.range = range;
    if (!Number.isFinite(fig.value)) continue;
    out.push(fig);
  }
  HALF.lastIndex = 0;
  while ((m = HALF.exec(masked))) {
    const word = m[1]!.toLowerCase().replace('-', ' ');
    const v = FRACTIONS[word] ?? FRACTIONS[m[1]!.toLowerCase()];
    if (v === undefined) continue;
    if (/\b(?:first|second|the)\s+$/i.test(masked.slice(Math.max(0, m.index - 10), m.index))) continue;
    out.push({
      text: m[1]!, value: v, unit: 'fraction', bound: 'exact', measure: cueAt(m.index) ?? 'share',
      precision: 0.01, change: false, start: base + m.index, end: base + m.index + m[1]!.length,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
