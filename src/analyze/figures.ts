/**
 * Figures: numbers with their unit, bound, what they measure, and whether they report a change.
 * A sentence is first masked (URLs, e-mails, phone numbers, postcodes, IDs, versions, times, scores, list
 * markers and the dates found by dates.ts become spaces of the same length), so what remains numeric is a
 * candidate; context on both sides then decides unit, bound and measure, or rejects it.
 */
import type { Token } from '../nlp.js';
import type { Bound } from '../types.js';
import {
  BOUND_AFTER, BOUND_WORDS, CURRENCY_PREFIX, FALL_AFTER, RISE_AFTER, CURRENCY_SUFFIX, FALL, MEASURE_CUES, MEASURE_SYNONYMS, MORE_ISO_CODES, RISE, SCALES, WORD_NUMBERS,
} from './lexicon.js';
import { table } from '../text/table.js';
import { isCommonWord, isGivenName } from './vocabulary.js';

export interface RawFigure {
  text: string;
  value: number;
  unit: string;
  bound: Bound;
  range?: [number, number];
  measure: string;
  /** Every measure the figure's clause suggests (the nearest is `measure`): corroboration needs one in common. */
  cues: string[];
  precision: number;
  change: boolean;
  /** One side of a comparison in its sentence ("to 4.25% from 4.5%"). */
  comparison?: boolean;
  /** A share of a whole ("12% of the vote", "12% of patients"), a level that a change can't echo. */
  share?: boolean;
  start: number;
  end: number;
}

const blank = (s: string): string => ' '.repeat(s.length);

/** Characters before a figure that the bound and range look-behinds read. */
const LOOK_BEHIND = 120;

/** Amounts after "N" (naira) and "R" (rand): only with a scale or thousands separators, so N95 stays a code. */
const LETTER_CURRENCY_AMOUNT = String.raw`\d{1,3}(?:(?:\.\d+)?(?:\s?(?:thousand|million|billion|trillion|bn|mn|tn)\b|[mbk]\b)|(?:,\d{3})+\b)`;

const MASKS: RegExp[] = [
  /\b(?:https?:\/\/|www\.)\S+/gi,
  /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g,
  /\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|ai|io|co|uk|gov|edu|info|news)(?:\/\S*)?\b/gi,
  // phone numbers: +44 20 7946 0958, (555) 123-4567, 555-123-4567, 1-888-555-0177, 1 (800) 555 0100
  /(?:\+\d{1,3}[\s.-]?|\b1[\s.-])?\(?\b\d{2,5}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b/g,
  // a national number with its trunk zero, written in groups: "01632 960775", "0161 496 0123", "07700 900123"
  // (not the thousands of a number: "190,000 170-kg bales", "100,000-389,000 dlrs")
  /(?<![\d,.])\b0\d{2,4}(?:[\s.-]\d{3,6}){1,2}\b/g,
  // a number with a leading zero is a code (phone, postcode, ID), never an amount
  /\b0\d{3,}\b/g,
  /\b\d+ min(?:ute)?s? read\b/gi,
  /\+\d{1,3}[\s\d().-]{7,}\d/g,
  // street addresses: "9400 Wilshire Boulevard", "12 Palace Street"
  /\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Square|Court|Terrace|Crescent|Highway|Parkway)\b\.?/g,
  // UK and US postcodes
  /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/g,
  /\b[A-Z]{2},? \d{5}(?:-\d{4})?\b/g,
  // IDs, references and case numbers
  /(?:\bNos?\.|#|\b(?:ID|Ref|Case|Docket|Flight|Route|Highway|Interstate|Bill|Article|Section|Rule|Chapter|Resolution|Form|Model|Patent|Order|Room|Gate|Platform|Lot|Item|Exhibit|Volume|Vol\.|Episode|Season|Week|Day|Game|Round|Stage|Level|Phase|Tier|Grade|Class|Type|Category|Apollo|Boeing|Airbus|Windows|iOS|Android|macOS|Python|Node|iPhone|Galaxy|Pixel|Series|Formula|Channel|Gen|Block|Lane|Bus|Track|Pier|Berth|Unit|Ward|District|Precinct|Terminal|Suite|Floor|Building)\b)\.?\s*(?:[A-Za-z]{1,3}-?(?=\d))?\d[\w-]*(?:\.\d+)*/gi,
  new RegExp(String.raw`\b(?![NR]${LETTER_CURRENCY_AMOUNT})[A-Z]{1,5}-?\d+[A-Z\d-]*\b`, 'g'),
  /\b\d+[A-Za-z]+\d[\w-]*\b/g,
  // versions
  /\b(?:v|version|ver\.?|release)\s?\d+(?:\.\d+)+\b|\b\d+\.\d+\.\d+(?:\.\d+)*\b/gi,
  // times of day ("7.40 p.m." and "7.40pm" as British style writes them)
  // (and race times: "2:01.52", whose hundredths are no figure of their own)
  /\b\d{1,2}(?::\d\d)+(?:\.\d+)?\s*(?:[ap]\.?m\.?|hrs?|GMT|UTC|[A-Z]{2,4}T)?|\b\d{1,2}(?:\.\d\d)?\s*(?:[ap]\.m\.|[ap]m\b)|\b\d{1,2} o'clock\b|\b1[12](?::00)?\s*(?:noon|midday|midnight)\b/gi,
  // tennis sets and tie-breaks: "6-1 6-4", "7-6 (7-5)"
  /\b[0-7]\s?[-–]\s?[0-7]\s?\(\d{1,2}[-–]\d{1,2}\)|\b[0-7]\s?[-–]\s?[0-7](?:\s?\(\d{1,2}[-–]\d{1,2}\))?(?:,?\s+[0-7]\s?[-–]\s?[0-7](?:\s?\(\d{1,2}[-–]\d{1,2}\))?)+|\(\d{1,2}[-–]\d{1,2}\)/g,
  // sports scores: "won 3-1", "a 2-0 victory"
  /\b(?:won|beat|lost|drew|defeated|victory|defeat|win|lead|led|scored?)\s+(?:by\s+)?\d{1,2}\s*[-–]\s*\d{1,2}\b|\b\d{1,2}\s*[-–]\s*\d{1,2}\s+(?:win|victory|defeat|loss|draw|lead|home win|away win)\b/gi,
  // ordinals
  /\b\d+(?:st|nd|rd|th)\b/gi,
  // list markers at the start of the sentence
  /^\s*\(?\d{1,2}[.)]\s/,
  // fractions of a score/ratio "3/4", dates "3/6/2025"
  /\b\d+\/\d+(?:\/\d+)?\b/g,
  // more scorelines: "beaten 19-13 by", "a crushing 42-7 Kiwi triumph"
  /\b(?:beaten|beating|thrashed|edged|trailed|trailing)\s+\d{1,3}\s*[-–]\s*\d{1,3}\b|\b\d{1,3}\s*[-–]\s*\d{1,3}\s+(?:[A-Z][\w'’-]+\s+)?(?:triumph|thrashing|drubbing|success|scoreline|defeat|victory|win|loss|draw)\b/g,
  // knockout rounds: "in the last 16", "the round of 32"
  /\b(?:last|round of)\s+(?:8|16|32|64)\b(?!\s*%|\s+(?!(?:of|in|at|on|and|for|with|against)\b)[a-z])/gi,
  // draws and tennis game scores, which run downwards where ranges run up: "remains at 1-1", "from 40-0 up"
  /\b(\d{1,2})\s?[-–]\s?\1\b(?![.,]\d|\s*%)|\b(?:40-(?:0|15|30)|30-(?:0|15)|15-0)\b/g,
  // named indices and charts: "FTSE 100", "Hot 100", "Fortune 500"
  /(?<=\b(?:the|its|their|a)\s)top\s?\d+\b|\b(?:FTSE|Nikkei|DAX|CAC|S&P|Hot|Top|Fortune|Forbes|Russell|Stoxx|Hang Seng|Sensex|ASX|TSX|Dow Jones|Nasdaq)\s?\d+\b/g,
  // a score named as such: "the first set 6-1", "the score reaches 5-4"
  /\b(?:(?:first|second|third|fourth|fifth|opening|final|deciding)\s+set|score|scoreline)\s+(?:[a-z]+\s+)?\d{1,2}\s?[-–]\s?\d{1,2}\b(?!\s*%)/gi,
  // ranks and positions: "at number 19", "number 11"
  /\bnumber\s+\d{1,3}\b(?!\s*(?:%|million|billion|thousand|bn|m\b|per\b))/gi,
  // 24-hour clock times with a zone: "at 1030 GMT"
  /\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|PT|hrs|hours local)\b/g,
  // seedings and rankings: "24 Feliciano Lopez (Spain)"
  /^\s*\d{1,3}\s+(?=\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*\()/u,
  // athletics events in metres, where "m" is not "million": "100m personal best", "60m hurdles"
  /\b\d{2,5}(?:,\d{3})?m\s+(?=(?:hurdles|final|record|personal best|freestyle|backstroke|breaststroke|butterfly|relay|sprint|race|title|champion|dash|heat|semi-final|medley|steeplechase|world|indoor|gold|silver|bronze|stage|mark|leg|split)\b)/g,
  // decades written with an apostrophe: "70's and 80's music", "the '60s"
  /(?:\B'|\b)\d0['’]s\b|\B['’]\d0s\b/g,
  // a number word inside a name, capitalised mid-sentence: "the Six Nations", "Henk Ten Cate"
  /(?<=[\p{Ll},;]\s+(?:\p{Lu}\p{Ll}+\s+)?)\b(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Hundred|Thousand|Million)\b(?=\s+\p{Lu}\p{Ll})/gu,
];

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+|\d+)(?:\.\d+)?|\.\d+`;
/** "two hundred and twelve", "a hundred and five", "three hundred": the hundreds said in words. */
const HUNDREDS = String.raw`(?:(?:one|two|three|four|five|six|seven|eight|nine|a)[- ]hundred(?:(?:[- ]and[- ]|[- ])(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine))?)`;
const WORDNUM = String.raw`(?:${HUNDREDS}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen|a hundred|hundred|a half(?=\s(?:thousand|million|billion|trillion)\b)|a(?=\s(?:thousand|million|billion|trillion)\b))`;
const SCALE = String.raw`(?:\s?(?:thousand|million|billion|trillion|mn|mln|bln|bn|tn|trn|crore|lakh)\b|(?:m|b|k)\b)`;
const ISO_CODES = ['USD|EUR|GBP|JPY|CHF|CNY|INR|CAD|AUD|KES|NGN|ZAR|GHS|UGX|TZS|PKR|PHP|IDR|BDT', ...MORE_ISO_CODES].join('|');
const CUR_PRE = String.raw`(?:US\$|U\.S\.\s?\$|C\$|A\$|NZ\$|HK\$|S\$|R\$|GH₵|\$|€|£|¥|₹|₩|₽|₺|₦|₵|₱|৳|\bRs\.?\s?|\bK[Ss]h\.?\s?|\b[UT]Sh\s?|\bRp\.?\s?|\b[NR](?=${LETTER_CURRENCY_AMOUNT})|\b(?:${ISO_CODES})\s?)`;
const CUR_SUF = String.raw`(?:\s(?:(?:US|U\.S\.|Canadian|Australian) dollars|Kenyan? shillings|dollars?|dlrs?|euros?|pounds sterling|pounds?|sterling|stg|yen|yuan|renminbi|rupees?|francs?|roubles|rubles|won|lira|naira|rand|cedis|rupiah|taka|${ISO_CODES})\b)`;
const PCT = String.raw`(?:\s?%|\s(?:per ?cent|percent|pct)\b|\s(?:percentage|pct) points?\b|\sbasis points?\b|\sbps\b)`;
/** Units written straight after the digits ("300mm", "31pts", "42p", "36 cents"). */
// (a unit symbol may follow after a space, "10 mg tablets": the symbol, not the noun after it, is the unit)
const ATTACHED = String.raw`(?:\s?(?:cents?|pence)\b|\s?(?:mm|cm|km|kg|mg|ng|mcg|µg|ml|kWh|MWh|GWh|TWh|MW|GW|kW|mph|kph|km\/h|bpd)\b|\s?°\s?[CF]\b|(?:pts|ft|GB|TB|MB|p|C|F)\b)`;

const FIGURE = new RegExp(
  String.raw`(${CUR_PRE})?(${NUM}|\b${WORDNUM}\b)(?:(\s*(?:-|–|—|to|and)\s*)(${CUR_PRE})?(${NUM}|\b${WORDNUM}\b))?(${SCALE})?(${CUR_SUF}|${PCT}|${ATTACHED})?`,
  'gi',
);

const HALF = /\b(half|a third|one third|two[- ]thirds|a quarter|one quarter|three[- ]quarters)\s+(?:of|the|its|their|his|her|as (?:many|much))\b/gi;

const SMALL_WORDNUM = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|a hundred|one hundred)`;
/**
 * A ratio written in words: "one in six adults", "one out of every four jobs", "three in ten voters". The
 * numerator alone counts nothing; together they are a fraction. (Digit forms, "1 in 5", are read as counts.)
 */
const RATIO = new RegExp(String.raw`\b(one|${SMALL_WORDNUM})\s+(?:in|out of)\s+(?:every\s+)?(${SMALL_WORDNUM}|\d{1,3}(?:,\d{3})*)\b`, 'gi');

/**
 * Round numbers in the plural, "thousands of teachers", "tens of thousands of signatures", "several thousand
 * visas": a quantity claim whose value is at least the round number named. "Dozens of" is left out: it is
 * mostly rhetoric ("across dozens of nations"), and whether its floor is 12 or 24 is anyone's guess.
 */
const VAGUE = /\b(?:(tens|hundreds)\s+of\s+)?(hundreds|thousands|millions|billions|trillions)(?:\s+of\b|(?=\s+(?:more|less|fewer)\b))|\b(?:several|a few)\s+(thousand|million|billion)\b/gi;
const VAGUE_BASE: Readonly<Record<string, number>> = table({
  hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12, tens: 10,
  thousand: 1e3, million: 1e6, billion: 1e9,
});
const FRACTIONS: Readonly<Record<string, number>> = table({
  half: 0.5, 'a third': 1 / 3, 'one third': 1 / 3, 'two thirds': 2 / 3, 'two-thirds': 2 / 3, 'a quarter': 0.25,
  'one quarter': 0.25, 'three quarters': 0.75, 'three-quarters': 0.75,
});

const DEFINITE = /\b(?:the|these|those|its|their|his|her|our|your|all|both|every|each|first|last|other|same|of the)\s+$/i;
const SKIP_AFTER = /^\s+(?:of (?:them|us|those|these|the (?:most|best|biggest|largest|few))|another|thing|way|day|time|point|side|hand|another|more time)\b/i;
// 'vs'/'versus' (added with the benchmark): wire tables ("Net 13.3 mln vs 291.8 mln") made "vs" the counted
// noun of every figure, one measure for all of them, and the contradiction rule compared them all with each
// other (quadratic findings: 24 MB of the JSON report for 3,000 Reuters articles).
const NOT_UNITS = new Set(['of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'a', 'an', 'the', 'than', 'as', 'per', 'that', 'which', 'who', 'is', 'was', 'were', 'are', 'be', 'has', 'have', 'had', 'vs', 'versus']);

const IRREGULAR: Readonly<Record<string, string>> = table({
  people: 'person', men: 'man', women: 'woman', children: 'child', staff: 'staff', police: 'police', data: 'data',
  feet: 'foot', teeth: 'tooth', mice: 'mouse', personnel: 'personnel', series: 'series', species: 'species',
  news: 'news', sheep: 'sheep', fish: 'fish', aircraft: 'aircraft', crises: 'crisis', analyses: 'analysis', dead: 'dead',
});

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
  // "a million", "a half million": the article is the number
  if (t === 'a') return { value: 1, decimals: 0 };
  if (t === 'half') return { value: 0.5, decimals: 1 };
  if (t in WORD_NUMBERS) return { value: WORD_NUMBERS[t]!, decimals: 0 };
  const compound = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)$/.exec(t);
  if (compound) return { value: WORD_NUMBERS[compound[1]!]! + WORD_NUMBERS[compound[2]!]!, decimals: 0 };
  const hundreds = /^(one|two|three|four|five|six|seven|eight|nine|a)[- ]hundred(?:(?:[- ]and[- ]|[- ])(.+))?$/.exec(s.toLowerCase().trim());
  if (hundreds) {
    const rest = hundreds[2] ? parseNumber(hundreds[2]) : { value: 0, decimals: 0 };
    if (!rest) return null;
    return { value: (hundreds[1] === 'a' ? 1 : WORD_NUMBERS[hundreds[1]!]!) * 100 + rest.value, decimals: 0 };
  }
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
function countedNoun(tokens: Token[], from: number, after: string, masked: string, base: number): { unit: string; compound: string; end: number } | null {
  // "32-member alliance", "a seven-day stoppage": the hyphenated word is the unit.
  const hyph = /^-([a-z]+)(?:-([a-z]+))?\b(?:\s+([a-z]+))?/i.exec(after);
  if (hyph) {
    const w = hyph[1]!.toLowerCase();
    if (!NOT_UNITS.has(w)) {
      // "a seven-day stoppage" measures the stoppage's length; "a 32-member alliance" counts members; "an
      // 18-month operational trial" the trial's, past an adjective
      // (by the tagger: the word after the compound an adjective, the one after it a noun)
      const at = hyph[3] ? from + hyph[0].length - hyph[3].length : -1;
      const ti = at >= 0 ? tokens.findIndex((t) => t.start === at) : -1;
      const next = ti >= 0 && tokens[ti]!.pos === 'ADJ' && tokens[ti + 1]?.pos === 'NOUN' && /^[a-z]+$/.test(tokens[ti + 1]!.text) ? tokens[ti + 1]!.text : null;
      const noun = (next ?? hyph[3])?.toLowerCase();
      const timeUnit = /^(?:day|week|month|year|hour|minute)$/.test(w);
      // "a 12-year-old girl": an age
      if (w === 'year' && /^old$/i.test(hyph[2] ?? '')) return { unit: 'year', compound: 'age', end: hyph[0].length - (hyph[3] ? (hyph[0].length - hyph[0].indexOf(hyph[2]!) - hyph[2]!.length) : 0) };
      const compound = timeUnit && noun && !NOT_UNITS.has(noun) ? `${MEASURE_SYNONYMS[singular(noun)] ?? singular(noun)} duration` : singular(w);
      return { unit: singular(w), compound, end: hyph[0].length - (hyph[3] ? hyph[3].length + (hyph[0].length - hyph[0].trimEnd().length) : 0) - (hyph[3] ? /\s+$/.exec(hyph[0].slice(0, hyph[0].length - hyph[3].length))![0].length : 0) };
    }
  }
  const words: Array<{ text: string; pos: string; end: number; start: number }> = [];
  let inCode = false;
  let read = 0;
  for (const t of tokens) {
    if (t.start < from) continue;
    if (read >= 4) break;
    if (masked.slice(t.start - base, t.end - base).trim() === '') {
      // a code the masks blanked modifies the noun ("three COVID-19 vaccine doses"); any other blanked word, such
      // as a date ("last year"), ends the noun phrase
      if (/^[A-Z]{2,}$|^[A-Z][A-Za-z]*-?\d+[A-Za-z\d]*$/.test(t.text) || (inCode && /^(?:-|\d+)$/.test(t.text))) {
        inCode = true;
        words.push({ text: t.text, pos: 'CODE', end: t.end - from, start: t.start - from });
        continue;
      }
      break;
    }
    inCode = false;
    // (the parts of a hyphenated compound count as one word of the phrase)
    const last = words[words.length - 1];
    if (t.text !== '-' && !(last?.text === '-' && last.end === t.start - from)) read++;
    words.push({ text: t.text, pos: t.pos, end: t.end - from, start: t.start - from });
  }
  // A hyphenated compound of words is one word of the phrase, taking the part of speech of its last part: "six
  // small Earth-observation satellites", "40 state-of-the-art sensors" count satellites and sensors
  for (let i = 1; i + 1 < words.length; i++) {
    const [a, h, b] = [words[i - 1]!, words[i]!, words[i + 1]!];
    if (h.text !== '-' || a.pos === 'CODE' || b.pos === 'CODE' || h.start !== a.end || b.start !== h.end) continue;
    if (!/^[\p{L}-]+$/u.test(a.text) || !/^\p{L}+$/u.test(b.text)) continue;
    words.splice(i - 1, 3, { text: `${a.text}-${b.text}`, pos: b.pos, end: b.end, start: a.start });
    i--;
  }
  const nouns: string[] = [];
  let end = 0;
  let modifiers = 0;
  for (const w of words) {
    const lw = w.text.toLowerCase();
    if (NOT_UNITS.has(lw)) break;
    // codes and the hyphen inside a compound modifier ("three Middle-Eastern men") are read past
    if (nouns.length === 0 && (w.pos === 'CODE' || (w.text === '-' && modifiers > 0))) continue;
    // a capitalised plural straight after the number counts a group: "four Muslims", "two Republicans"
    const group = w.pos === 'PROPN' && words.indexOf(w) === 0 && /^\p{Lu}\p{Ll}{2,}s$/u.test(w.text) && !/ss$/.test(w.text);
    if (w.pos === 'NOUN' || group || (w.pos === 'PROPN' && nouns.length === 0 && /^[a-z]/.test(w.text) === false && (/^[A-Z]{2,5}s?$/.test(w.text) || words.indexOf(w) > 0))) {
      nouns.push(lw);
      end = w.end;
    } else if ((w.pos === 'ADJ' || w.pos === 'VERB' || w.pos === 'PROPN' || (w.pos === 'ADV' && /(?:ive|ous|al)$/.test(lw))) && nouns.length === 0 && modifiers < 2 && /^[A-Za-z][\w-]*$/.test(w.text)) {
      modifiers++;
      continue;
    } else break;
  }
  if (nouns.length === 0) return null;
  const last = nouns[nouns.length - 1]!;
  const compound = nouns.map((n, i) => (i === nouns.length - 1 ? singular(n) : n)).join(' ');
  // "32 member states": a compound the lexicon knows is the unit itself
  const tail2 = nouns.slice(-2).map((n, i, a) => (i === a.length - 1 ? singular(n) : n)).join(' ');
  const unit = nouns.length >= 2 && MEASURE_SYNONYMS[tail2] ? tail2 : singular(last);
  return { unit, compound, end };
}

/** Bounds and determiners before a number, capitalised: not a name the number belongs to ("About 300"). */
const NOT_A_NAME = /^(?:About|Over|Some|Nearly|Almost|Around|More|Up|Roughly|Approximately|Only|Just|At|To|From|By|With|Of|In|Than|Under|Below|Above|And|The|A|An|Its|Their|All|Another)$/;
/** More words that start a line before a number and are no name ("Exactly 12", "Our 3 picks", "Every 4 years"). */
const NOT_A_NAME_AT_START = /^(?:Exactly|Fewer|Less|Least|Most|Top|Those|These|Here|There|Now|Still|Then|Today|Yesterday|Barely|Additional|Extra|Further|Every|Each|No|Our|My|Your|His|Her|We|They|I)$/;

/** An ordinary word that only its place at the start of a line capitalises ("Police 12 arrests" is not a name). */
function isCommonLowerWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && isCommonWord(word) && !isGivenName(word);
}

/** Words of a sentence about heights and lengths, where "4.6m" is metres rather than millions. */
/** Words right after a length that make it a distance: "800m from the pier", "200m offshore", "50m away". */
const DISTANCE_AFTER = /^\s+(?:from|away|off|offshore|inland|out to sea|short of|below|beneath|downstream|upstream)\b/i;
/** Verbs of money before an amount: "raised 800m from investors" is money, whatever follows it. */
const MONEY_VERB = /\b(?:rais\w*|borrow\w*|invest\w*|earn\w*|spen[dt]\w*|len[dt]\w*|loan\w*|secur\w*|receiv\w*|sought|seek\w*|bids?|offer\w*|pledg\w*|donat\w*|grant\w*|sav\w*|lost|los[et]\w*|wr[io]te\w*|inject\w*|allocat\w*|withdr[ae]w\w*|transferr?\w*|moved?|shift\w*|cut\w*|took|tak\w*)\b/i;
const LENGTH_CONTEXT = /\b(?:peak(?:ed|s)?|river|gauge|tide|tidal|flood(?:ed|ing|water)?|wave|waves|swell|deep|depth|tall|height|high|wide|width|long|length|metres?|meters?|crest(?:ed)?|snow|drop|fell|fall|level)\b/i;

/** Words of a sentence about temperatures, where "31C" is degrees Celsius. */
const TEMPERATURE = /\b(?:temperatures?|degrees?|heat(?:wave)?|hot(?:test)?|cold(?:est)?|warm(?:est)?|cool(?:er)?|mercury|forecast|maximum|minimum|high of|low of|top of|record|thermometer|weather|celsius|fahrenheit)\b/i;

/** A verb of change right before "from": what follows is an old level and a new one. */
const CHANGE_FROM = /\b(?:grow|grows|grew|grown|growing|rise|rises|rose|risen|rising|increase[sd]?|increasing|fall|falls|fell|fallen|falling|drop(?:s|ped|ping)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|cut|cuts|cutting|raise[sd]?|raising|lower(?:s|ed|ing)?|reduce[sd]?|reducing|expand(?:s|ed|ing)?|shrink(?:s|ing)?|shrank|decline[sd]?|declining|revise[sd]?|revising|change[sd]?|go|goes|went|gone|move[sd]?|up|down|slip(?:s|ped)?|soar(?:s|ed)?|surge[sd]?|narrow(?:s|ed)?|widen(?:s|ed)?)\s+(?:\w+\s+){0,3}?from\s+(?:about\s+|around\s+|some\s+)?$/i;

const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|whereas|with|as|which|although|though)\b|\s(?:but|while|whereas|although)\s|,\s+(?=[a-z]+\s+(?:is|was|are|were|has|had|rose|fell|stood)\b)/g;

/** The clause around `at`: cues outside it describe other figures ("inflation at 3%, and growth at 0.75%"). */
function clauseAround(sentence: string, at: number): [number, number] {
  // only the stretch around the figure is searched, so a long sentence full of numbers stays linear
  let start = Math.max(0, at - 200);
  let end = Math.min(sentence.length, at + 200);
  CLAUSE_BREAK.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(sentence)) && m.index < end) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

/** The measure a money or percentage figure reports, from cue words in its own clause and near it. */
function measureFromCues(sentence: string, at: number): string | null {
  return cuesAround(sentence, at).nearest;
}

function cueWindow(sentence: string, at: number): [number, number] {
  const [cs, ce] = clauseAround(sentence, at);
  return [Math.max(cs, at - 60), Math.min(ce, at + 60)];
}

/** All measures cue words near the figure suggest. */
function allCues(sentence: string, at: number): string[] {
  return cuesAround(sentence, at).all.slice();
}

/** MEASURE_CUES as global patterns, built once (building them on every call was a tenth of findFigures). */
const MEASURE_CUES_ALL = MEASURE_CUES.map(([name, re]) => [name, new RegExp(re.source, 'gi')] as const);

/**
 * The cue words around the figure at `at`, read once for both questions asked of them (which measure is
 * nearest, which measures are there): a figure asks both, and each read every cue pattern over its window.
 */
let cuesFor: { sentence: string; at: number; nearest: string | null; all: string[] } = { sentence: '', at: -1, nearest: null, all: [] };
function cuesAround(sentence: string, at: number): { nearest: string | null; all: string[] } {
  if (cuesFor.sentence === sentence && cuesFor.at === at) return cuesFor;
  const [from, to] = cueWindow(sentence, at);
  const window = sentence.slice(from, to);
  const near = at - from;
  const all: string[] = [];
  let nearest: string | null = null;
  let bestDist = Infinity;
  for (const [name, g] of MEASURE_CUES_ALL) {
    g.lastIndex = 0;
    let m: RegExpExecArray | null;
    let seen = false;
    while ((m = g.exec(window))) {
      seen = true;
      const dist = Math.abs(m.index - near);
      if (dist < bestDist) {
        bestDist = dist;
        nearest = name;
      }
    }
    if (seen) all.push(name);
  }
  cuesFor = { sentence, at, nearest, all };
  return cuesFor;
}

/** A race report, where "800m" is metres. Tested only when such a figure turns up. */
const ATHLETICS = /\b(?:athlet\w*|sprint\w*|hurdles?|relay|races?|raced|racing|ran|runs?|running|runner|metres|meters|marathon|indoor|outdoor|track|jump(?:ed|s)?|vault|javelin|discus|heats?|personal best|world record|champion\w*|medal\w*|gold|silver|bronze|secs|seconds|Olympic\w*|laps?|pace|swim\w*|freestyle|breaststroke|backstroke)\b/i;
/** Words that make "800m" the name of an event: "the women's 800m", "his favoured 400m", "the 800m and 1000m". */
const ATHLETICS_EVENT_BEFORE = /\b(?:the|an?|men['’]s|women['’]s|boys['’]|girls['’]|indoor|outdoor|his|her|their|favoured|favourite|preferred|Olympic|world|European|Commonwealth|and|or|in)\s+$/i;
/** A descending pair that is a vote count, for and against: "voted 28-8", "a 5-4 decision". */
const TALLY = /\b(?:voted|votes?|ballots?|passed|approved|rejected|ruled|ruling|decisions?|verdict|majority)\b/i;
/** "two of his …", "three of the …", "all 12 of the town's schools": a partitive whose noun is what the number counts. */
const PARTITIVE = /^\s+of\s+(?:his|her|their|its|our|my|your|the)\s+(?:[\p{L}-]+['’]s\s+)?/iu;
/** Verbs whose object is people, so a bare number after them counts people: "a blast that killed seven". */
const CASUALTY_BEFORE = /\b(?:killed|killing|kills|injured|injuring|injures|wounded|wounding|hurt|hurting|arrested|arresting|rescued|rescuing|evacuated|kidnapped|abducted|detained|claimed the lives of)\s+(?:at least |more than |some |about |nearly |another |only |just |over )?$/i;
/** A fate with a bare number as its subject: "four died", "seven were killed". */
const CASUALTY_AFTER = /^\s+(?:(?:were|have been|had been|are|was|have|had)\s+)?(?:killed|dead|died|die|injured|hurt|wounded|arrested|detained|missing|rescued|evacuated|perished|drowned)\b/i;
/** Capitalised words in a headline that are not part of a name: "Did 14 Generals", "Within 24 Hours". */
const HEADLINE_FUNCTION = /^(?:did|does|do|is|are|was|were|has|have|had|after|before|within|for|only|that|than|of|with|over|under|about|at|by|in|on|to|from|into|past|nearly|almost|says|said|shows?|claims?|will|would|can|could|least|just|all|and|or|but|the|a|an|his|her|their|its|our|when|while|as|if|how|why|what|who|these|those|gets?|got|gives?|takes?|every|each|kills|lost|loses?|spent|spends?|pays?|paid|made|makes?|won|wins?|costs?|sees?|saw|hits?|adds?)$/i;
/**
 * chrono reads "30 minutes before a meal" and "brought under control after 11 hours" as dates; an interval
 * between two events is a figure, not a date.
 */
const EVENT_RELATIVE = new RegExp(String.raw`^(?:\d[\d.,]*\s*[A-Za-z]*|(?:${WORDNUM})\s+[a-z]+)\s+(?:before|after|earlier|later|out)$|^(?:(?:in|within|for)\s+)?(?:just\s+|only\s+)?\d+\s+(?:seconds?|minutes?)$|^(?:after|within)\s+(?:about\s+|nearly\s+|almost\s+|more than\s+)?(?:\d[\d.,]*|${WORDNUM})\s+(?:hours?|days?|weeks?)$`, 'i');

/** Mostly capitalised words: a headline in title case or capitals, where capitals say nothing about names. */
function headlineCase(sentence: string): boolean {
  const words = sentence.match(/\p{L}[\p{L}'’]{3,}/gu) ?? [];
  if (words.length < 3) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.75;
}

const AMOUNT_NOUN_STOP = /^(?:year|month|week|day|quarter|time|people|person|rise|increase|drop|fall|cut|jump)$/;

/**
 * What an amount is of, from the noun right after it: "a £120m capital programme", "$4.3 billion in
 * revenue", "£7m in potential add-ons". Cue words elsewhere in the clause are the fallback.
 */
function measureOfAmount(tokens: Token[], from: number, masked: string, base: number): string | null {
  const after = masked.slice(from - base, from - base + 40);
  const lead = /^\s*(?:in|of|worth of|for)?\s*/i.exec(after)![0].length;
  const noun = countedNoun(tokens, from + lead, after.slice(lead), masked, base);
  if (!noun || AMOUNT_NOUN_STOP.test(noun.unit)) return null;
  // the head of the compound first: a "budget gap" is a shortfall, a "revenue target" a target
  for (const [name, re] of MEASURE_CUES) if (re.test(noun.unit)) return name;
  for (const [name, re] of MEASURE_CUES) if (re.test(noun.compound)) return name;
  return noun.unit;
}

/**
 * "a reward of £50,000 for information", "a fine of $1.1m": the noun the amount is "of" names what it measures,
 * before any noun after it ("for information").
 */
function amountNamedBefore(before: string): string | null {
  const m = /\b(?:a|an|the|its|their|his|her|our)\s+(?:[a-z-]+\s+)?([a-z]{3,})\s+of\s+(?:about\s+|around\s+|some\s+|up to\s+|more than\s+|nearly\s+|almost\s+|over\s+|at least\s+)?$/.exec(before);
  if (!m) return null;
  const noun = singular(m[1]!);
  if (AMOUNT_NOUN_STOP.test(noun) || /^(?:total|sum|amount|value|average|maximum|minimum|figure|number|level|record|high|low|further|extra|additional|range|increase|rise|fall|drop|decline|cut|reduction|gain|loss|change|jump)$/.test(noun)) return null;
  for (const [name, re] of MEASURE_CUES) if (re.test(noun)) return name;
  return noun;
}

/** Nouns for people by their role or situation: "four passengers were taken to hospital" counts the injured. */
const PEOPLE_BY_ROLE = new Set(['passenger', 'patient', 'worker', 'employee', 'staff', 'staffer', 'traveller', 'traveler', 'visitor',
  'spectator', 'fan', 'student', 'pupil', 'child', 'adult', 'resident', 'civilian', 'soldier', 'officer', 'firefighter', 'miner',
  'crew', 'crew member', 'tourist', 'migrant', 'refugee', 'protester', 'demonstrator', 'pilgrim', 'hiker', 'climber', 'driver',
  'pedestrian', 'cyclist', 'motorist', 'villager', 'inmate', 'prisoner', 'teenager', 'man', 'woman', 'boy', 'girl']);

/** "11 people were killed" counts deaths, not people. */
const PERSON_FATE: Array<[RegExp, string]> = [
  [/^\s*(?:\w+\s+){0,2}?(?:were|have been|had been|are|was)?\s*(?:killed|dead|died|confirmed dead|lost their lives|perished)\b/i, 'death'],
  [/^\s*(?:\w+\s+){0,2}?(?:were|have been|had been|are|was)?\s*(?:injured|hurt|wounded|hospitali[sz]ed)\b/i, 'injury'],
  // "four passengers were taken to hospital", "seven were treated at West Argyll Community Hospital"
  [/^\s*(?:\w+\s+){0,2}?(?:were|have been|had been|are|was)?\s*(?:(?:taken|rushed|airlifted|flown|brought|admitted)\s+to\s+(?:[\w'’-]+\s+){0,4}?hospitals?|treated\s+(?:in|at)\s+(?:[\w'’-]+\s+){0,4}?hospitals?|treated\s+for\s+(?:minor\s+|serious\s+)?(?:injur|burns?|cuts|smoke)|in hospital)\b/i, 'injury'],
  [/^\s*(?:\w+\s+){0,2}?(?:were|have been|had been|are|was)?\s*(?:evacuated|displaced|forced to flee)\b/i, 'evacuee'],
  [/^\s*(?:\w+\s+){0,2}?(?:were|have been|had been|are|was)?\s*(?:arrested|detained)\b/i, 'arrest'],
  [/^\s*(?:\w+\s+){0,2}?(?:were|have been|had been|are|was)?\s*(?:missing|unaccounted for)\b/i, 'missing'],
];

/** A verb whose object is the people a number counts, right before it: "killed four", "injured at least 64". */
const FATE_BEFORE: Array<[RegExp, string]> = [
  [/\b(?:killed|killing|claimed the lives of)\s+(?:at least |more than |some |about |nearly |another |over |up to )?$/i, 'death'],
  [/\b(?:injured|injuring|wounded|wounding|hurt|hospitali[sz]ed|hospitali[sz]ing)\s+(?:at least |more than |some |about |nearly |another |over |up to )?$/i, 'injury'],
  [/\b(?:evacuated|evacuating|displaced|displacing)\s+(?:at least |more than |some |about |nearly |another |over |up to )?$/i, 'evacuee'],
  [/\b(?:arrested|arresting|detained|detaining)\s+(?:at least |more than |some |about |nearly |another |over |up to )?$/i, 'arrest'],
];

export function canonicalMeasure(compound: string, unit: string): string {
  if (compound.endsWith(' duration') || compound === 'age') return compound;
  return MEASURE_SYNONYMS[compound] ?? MEASURE_SYNONYMS[unit] ?? unit;
}

/** The masks that can match text without a digit (addresses and number words in names); every other mask
 * needs one, so a sentence without digits skips them. */
const DIGITLESS_MASKS = new Set([MASKS[0], MASKS[1], MASKS[2], MASKS[MASKS.length - 1]]);
/**
 * Speed (bench): for the costliest masks, a quick test of what any match must contain (a literal the pattern
 * can find fast); a sentence without it skips the mask. Each is implied by its mask, so nothing else changes.
 */
const MASK_NEEDS = new Map<RegExp, RegExp>([
  [MASKS[0]!, /https?:\/\/|www\./i],
  [MASKS[1]!, /@/],
  [MASKS[2]!, /\.(?:com|org|net|ai|io|co|uk|gov|edu|info|news)/i],
  [MASKS[MASKS.length - 1]!, /Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Hundred|Thousand|Million/],
  ...([
    ['\\b\\d+ min(?:ute)?s? read', /read/i],
    ['\\+\\d{1,3}', /\+/],
    ['\\b\\d{1,5}\\s+(?:[A-Z]', /Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Square|Court|Terrace|Crescent|Highway|Parkway/],
    ['\\b[0-7]\\s?[-–]', /[-–]/],
    ['\\b(?:won|beat|lost', /[-–]/],
    ['\\b\\d+\\/\\d+', /\//],
    ['\\b(?:beaten|beating', /[-–]/],
    ['\\b(?:last|round of)', /last|round of/i],
    ['\\b(\\d{1,2})\\s?[-–]', /[-–]/],
    ['\\b(?:(?:first|second|third', /[-–]/],
    ['\\bnumber\\s+', /number/i],
    ['\\b(?:[01]\\d|2[0-3])', /GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|PT|hrs|hours local/],
    ['\\b\\d{2,5}(?:,\\d{3})?m', /\dm\s/],
    ["(?:\\B'|\\b)\\d0", /['’]/],
  ] as const).map(([prefix, needs]) => [maskStarting(prefix), needs] as [RegExp, RegExp]),
]);

/** The mask whose pattern starts with `prefix` (a typo here fails at load, not silently). */
function maskStarting(prefix: string): RegExp {
  const found = MASKS.filter((re) => re.source.startsWith(prefix));
  if (found.length !== 1) throw new Error(`figures.ts: ${found.length} masks start with ${prefix}`);
  return found[0]!;
}

export function maskSentence(sentence: string, extra: Array<{ index: number; length: number }>, gated = true): string {
  let s = sentence;
  const digits = /\d/.test(sentence);
  for (const re of MASKS) {
    if (!digits && !DIGITLESS_MASKS.has(re)) continue;
    const needs = gated ? MASK_NEEDS.get(re) : undefined;
    if (needs && !needs.test(sentence)) continue;
    s = s.replace(re, blank);
  }
  for (const e of extra) s = s.slice(0, e.index) + ' '.repeat(e.length) + s.slice(e.index + e.length);
  return s;
}

/**
 * Figures in one sentence. `base` is the sentence's offset in the article; `tokens` are the article's tokens
 * for this sentence (absolute offsets); `dates` are date spans inside the sentence, which are not figures.
 */
export function findFigures(sentence: string, base: number, tokens: Token[], dates: Array<{ index: number; length: number }>): RawFigure[] {
  const masked = maskSentence(sentence, dates.filter((d) => !EVENT_RELATIVE.test(sentence.slice(d.index, d.index + d.length))));
  const out: RawFigure[] = [];
  let headline: boolean | null = null;
  const isHeadline = (): boolean => (headline ??= headlineCase(sentence));
  const atSentenceStart = (at: number): boolean => masked.slice(0, at).trim() === '';
  // A capitalised word before a bare number that is still no name: a possessive ("the Council's 11-member
  // committee"), or in a headline a function word or verb ("Did 14 Generals", "After Holding 4 Rallies").
  const notAName = (word: string, at: number): boolean => /['’]s$/.test(word) ||
    (isHeadline() && (HEADLINE_FUNCTION.test(word) || /(?:ed|ing)$/.test(word) || word === word.toUpperCase() || /^(?:VERB|AUX|ADP)$/.test(tokenBefore(at)?.pos ?? '')));
  const tokenBefore = (at: number): Token | undefined => {
    let last: Token | undefined;
    for (const t of tokens) if (t.end <= base + at) last = t;
    return last;
  };
  // Robustness guard: the look-behind tests below read at most this much before a figure instead of the whole
  // sentence prefix, which made long sentences with many numbers quadratic. Every phrase they look for is far
  // shorter than this.
  const lookBehind = (start: number): { text: string; offset: number } => {
    const offset = Math.max(0, start - LOOK_BEHIND);
    return { text: masked.slice(offset, start), offset };
  };
  FIGURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  // a tally ("voted 5-2", "approved, 4-3,", "on a 4-3 vote"): the first number is the votes for, the second
  // the votes against, each a figure another report of the vote can echo
  let tallyFor = -1;
  const tallyAgainst = new Set<number>();
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
    // "N70 million", "R2bn": the letter is a currency only in capitals (lower case it is part of a word)
    if (curPre && /^[A-Za-z]$/.test(curPre) && curPre !== curPre.toUpperCase()) continue;
    let scale = 1;
    let scaleWord = '';
    if (scaleRaw) {
      scaleWord = scaleRaw.trim().toLowerCase();
      scale = SCALES[scaleWord] ?? 1;
    }
    let unit = '';
    let pct = false;
    let suffix = suffixRaw?.trim().toLowerCase() ?? '';
    // A currency word capitalised after the digits mid-sentence can be part of a name: "rapper 50 Cent", "the 12
    // Euro zone countries". Cents make no figure at all; the zone leaves the number to count what follows.
    if (suffixRaw && /^\s?\p{Lu}\p{Ll}/u.test(suffixRaw) && !isHeadline()) {
      if (/^cents?$/.test(suffix)) continue;
      if (CURRENCY_SUFFIX[suffix] && /^[-\s]?zone\b/i.test(masked.slice(end, end + 6))) {
        end -= suffixRaw.length;
        FIGURE.lastIndex = end;
        suffix = '';
      }
    }
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
      } else if (/^(?:cents?|pence|p)$/.test(suffix)) {
        // "36 cents", "42p": hundredths of the currency the text uses around them
        unit = suffix.startsWith('c') ? 'USD' : 'GBP';
        scale = scale / 100;
      } else if (CURRENCY_SUFFIX[suffix]) unit = CURRENCY_SUFFIX[suffix]!;
      else if (/^°?\s?[cf]$/i.test(suffix)) {
        // "46.2C", "31 °C": a temperature, in a sentence about the weather or heat; "Form 1040C" is not one
        if (!/°/.test(suffix) && !TEMPERATURE.test(sentence)) continue;
        unit = /c$/i.test(suffix) ? '°C' : '°F';
      } else unit = suffix === 'pts' ? 'point' : suffix;
    }
    const hasUnitMark = unit !== '' || scale !== 1;
    // Word numbers: "one" is nearly always a pronoun or article; others need a counted noun or a scale.
    // "one to three months" starts a range.
    if (isWord && /^(?:one|a|zero)$/i.test(n1!) && scale === 1 && !unit && !(n2 !== undefined && /^(?:to|-|–)$/.test(joiner!.trim()))) continue;
    // "k", "m", "b" alone are only scales next to money or digits
    if (isWord && scaleWord.length === 1) continue;
    let value = Number((p1.value * scale).toPrecision(15));
    if (/^(?:cents?|pence|p)$/.test(suffix)) value = Number((p1.value / 100).toPrecision(15));
    let range: [number, number] | undefined;
    if (n2 !== undefined) {
      const p2 = parseNumber(n2);
      const j = joiner!.trim().toLowerCase();
      // ("grow from 140 to 260 employees", "cut from 4.5% to 4.25%": a change from one level to another, two
      // figures, not a range)
      const changeFrom = (j === 'to' || j === '-' || j === '–') && CHANGE_FROM.test(masked.slice(Math.max(0, start - 60), start));
      if (!p2 || changeFrom || (j === 'and' && !/between\s+$/i.test(lookBehind(start).text) && !/\bfrom\s+$/i.test(lookBehind(start).text))) {
        // not a range: re-scan from the joiner so the second number stands alone
        end = start + (curPre?.length ?? 0) + n1!.length;
        FIGURE.lastIndex = end;
        if (!p1 || (!hasUnitMark && false)) continue;
      } else {
        const lo = p1.value * scale;
        const hi = p2.value * scale;
        if (hi > lo) range = [lo, hi];
        else if (/^[-–]$/.test(j) && !isWord && !/^[a-z]/i.test(n2) && !hasUnitMark && !/[.,]/.test(n1! + n2) && !TALLY.test(masked.slice(Math.max(0, start - 25), start + m[0].length + 25)) &&
          !(/\p{Lu}[\p{L}.'’-]*(?<!['’]s)\s+$/u.test(masked.slice(Math.max(0, start - 30), start)) && /^\s+\p{Lu}/u.test(masked.slice(start + m[0].length, start + m[0].length + 3)))) {
          // "2-1 favourite", "at 5-2", "losing 28-17", "passed 8-1": a pair that runs down is odds, a score or a
          // tally, never a range, and neither side is a quantity on its own. A results line between two names
          // ("Bramley Athletic 3-1 Ashdown Rovers") still gives each side's goals.
          FIGURE.lastIndex = start + m[0].length;
          continue;
        } else {
          end = start + (curPre?.length ?? 0) + n1!.length;
          FIGURE.lastIndex = end;
          if (/^[-–]$/.test(j) && hi < lo && !isWord && !hasUnitMark && !/[.,]/.test(n1! + n2) && TALLY.test(masked.slice(Math.max(0, start - 25), start + m[0].length + 25))) {
            tallyFor = start;
            tallyAgainst.add(start + m[0].lastIndexOf(n2));
          }
        }
      }
    }
    const tallySide = start === tallyFor ? 'vote for' : tallyAgainst.has(start) ? 'vote against' : null;
    const before = masked.slice(Math.max(0, start - 40), start);
    const afterText = masked.slice(end, end + 60);
    if (!range && n2 !== undefined && end === start + (curPre?.length ?? 0) + n1!.length) {
      // we cut the match short: re-derive scale and suffix for the shortened figure
      scale = 1;
      value = p1.value;
      if (!curPre) unit = '';
      pct = false;
    }
    // The definite article turns a count into a reference ("the two companies"), not a claim; but a length of
    // time stays one ("the six months to June", "his first two years in office"), decided once the noun is read.
    const definite = isWord && !hasUnitMark && DEFINITE.test(before);
    if (SKIP_AFTER.test(afterText) && !hasUnitMark) continue;
    // "S&P 500", "FTSE 100", "Boeing 737": a bare integer right after a name is part of the name
    if (!hasUnitMark && !isWord && !/[.,]/.test(n1!)) {
      const prev = /(?:^|\s)([A-Z][\w&.'’-]*)\s+$/.exec(before);
      const atStart = prev ? masked.slice(0, start).trim() === prev[1] : false;
      if (prev && !atStart && !notAName(prev[1]!, start) && !NOT_A_NAME.test(prev[1]!)) continue;
      // "Kestrel 2 launch scrubbed", "Windows 11 users": at the start of a line too, a capitalised word that is
      // not a bound or a determiner, then a small number and a word in lower case, is a name with its number
      if (prev && atStart && p1.value < 100 && !/['’]s$/.test(prev[1]!) && /^\s[a-z]/.test(masked.slice(end, end + 2)) && !NOT_A_NAME.test(prev[1]!) && !NOT_A_NAME_AT_START.test(prev[1]!) && !isCommonLowerWord(prev[1]!)) continue;
    }
    let compound = '';
    let partitive: RegExpExecArray | null = null;
    let partNoun: ReturnType<typeof countedNoun> = null;
    // "seven and a half years"
    const andAHalf = !unit && scale === 1 && n2 === undefined && !/\./.test(n1!) ? /^\s+and a half\b/i.exec(masked.slice(end, end + 16)) : null;
    if (andAHalf) {
      value += 0.5;
      end += andAHalf[0].length;
    }
    // "21 Grams", "28 Days Later": a capitalised plural that is an ordinary word, mid-sentence, makes a title
    if (!unit && !atSentenceStart(start) && !isHeadline()) {
      // (not a group of people: "two Republicans", "three Liberals", "four Conservatives")
      // A lower-case noun after it makes it a modifier of what is counted ("10,000 Hearts fans").
      const cap = /^\s+(\p{Lu}\p{Ll}+s)\b/u.exec(masked.slice(end, end + 40));
      if (cap && !/,/.test(n1!) && !/(?:an|ist|crat|ite|er|ive|al)s$/.test(cap[1]!) && isCommonWord(cap[1]!)) {
        const capEnd = base + end + cap[0].length;
        const next = tokens.find((t) => t.start > capEnd);
        if (!(next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text))) continue;
      }
    }
    // "1000m", "the women's 800m" in a race report are metres (an event or a distance), not millions
    // ("the river peaked at 4.6m", "a 3m wave": a height or length in a sentence about water, weather or size)
    // ("some 800m from the pier", "200m offshore": a distance, told by the word right after it)
    if (scaleWord === 'm' && !curPre && !suffix && scaleRaw === 'm' && (ATHLETICS.test(sentence) ? !/[$€£¥₹]/.test(sentence) : (LENGTH_CONTEXT.test(sentence) || (DISTANCE_AFTER.test(masked.slice(end, end + 16)) && !MONEY_VERB.test(before))) && !/[$€£¥₹]|\b(?:pounds?|dollars?|euros?|worth|cost|paid|budget|fund|scheme)\b/i.test(before)) &&
      !/\b(?:million|people|residents|users|customers|views|votes|viewers|audiences?|ratings|watched|subscribers|barrels|tonnes|shares|doses|visitors|followers|downloads|sales|sold)\b/i.test(sentence) &&
      !countedNoun(tokens, base + end, masked.slice(end, end + 60), masked, base)) {
      if (ATHLETICS.test(sentence) && ATHLETICS_EVENT_BEFORE.test(before)) continue;
      scale = 1;
      scaleWord = '';
      value = p1.value;
      unit = 'm';
    }
    if (tallySide) unit = 'vote';
    if (!unit) {
      const noun = countedNoun(tokens, base + end, masked.slice(end, end + 60), masked, base);
      if (noun) {
        unit = noun.unit;
        compound = noun.compound;
        end += noun.end;
        // "46.2 degrees Celsius", "104 degrees Fahrenheit": the scale the degrees are on
        const scaleOf = unit === 'degree' ? /^\s*(?:(Celsius|centigrade|C)|(Fahrenheit|F))\b/.exec(masked.slice(end, end + 14)) : null;
        if (scaleOf) {
          unit = scaleOf[1] ? '°C' : '°F';
          compound = unit;
          end += scaleOf[0].length;
        }
        // "79 miles an hour", "120 kilometres per hour": a speed, the unit "79 mph" names
        const perHour = /^(?:mile|kilometre|kilometer)$/.test(unit) ? /^\s+(?:an|per|a)\s+hour\b/i.exec(masked.slice(end, end + 12)) : null;
        if (perHour) {
          unit = unit === 'mile' ? 'mph' : 'km/h';
          compound = unit;
          end += perHour[0].length;
        }
        const tail = /^\s*(ago|old)\b/i.exec(masked.slice(end, end + 10));
        if (tail && /^(?:year|month|week|day|hour|minute|second|decade)$/.test(unit)) {
          // "15 years ago" is a date; "8 years old", "a 6-year old" an age
          if (tail[1]!.toLowerCase() === 'ago') continue;
          compound = 'age';
          end += tail[0].length;
        }
        if (definite && !/^(?:year|month|week|day|hour|minute|second|decade|night|season)$/.test(unit) && compound !== 'age') continue;
      } else if (/\b(?:aged|age|ages|age of)\s+$/i.test(before) && scale === 1) {
        // "aged 45", "from the age of seven"
        unit = 'year';
        compound = 'age';
      } else if (isWord && scale === 1 && !definite && /\b(?:famil(?:y|ies)|household|group|party|crew|team)\s+of\s+$/i.test(before)) {
        // "a family of three"
        unit = 'person';
      } else if (isWord && scale === 1 && !definite && /\bfactor of\s+$/i.test(before)) {
        unit = 'factor';
      } else if (scale === 1 && !definite && (partitive = PARTITIVE.exec(masked.slice(end, end + 40))) !== null &&
        // ("two of the world's biggest miners" ranks, it does not count)
        !/^(?:[a-z]+est|most|best|worst|top|leading)\b/i.test(masked.slice(end + partitive[0].length, end + partitive[0].length + 12)) &&
        (partNoun = countedNoun(tokens, base + end + partitive[0].length, masked.slice(end + partitive[0].length, end + partitive[0].length + 60), masked, base)) !== null &&
        !/^['’]s\b/.test(masked.slice(end + partitive[0].length + partNoun.end, end + partitive[0].length + partNoun.end + 3))) {
        // "two of his former employees": the number counts what the partitive names
        unit = partNoun.unit;
        compound = partNoun.compound;
        end += partitive[0].length + partNoun.end;
      } else if (isWord) {
        // a bare word number ("in two", "at seven") is not a figure, unless people are its subject or object:
        // "a blast that killed seven", "four died"
        if (scale === 1 && !(definite ? false : CASUALTY_BEFORE.test(before) || CASUALTY_AFTER.test(masked.slice(end, end + 30)))) continue;
      } else if (scale === 1) {
        // A bare integer with nothing counted after it: keep when it reads as a quantity.
        const cap = /([A-Z][\w&.'’-]*)\s+$/.exec(before);
        const bareYearish = /^\d{4}$/.test(n1!) && p1.value >= 1800 && p1.value <= 2100;
        if (bareYearish) continue;
        // "000", "007": digits with a leading zero are a code or a number to call, never a quantity
        if (/^0\d/.test(n1!)) continue;
        // "SE-111 35", "A1 2BC": a number after a code with digits is part of it
        if (/\b[A-Z]{1,3}-?\d+[A-Z]?\s$/.test(sentence.slice(Math.max(0, start - 12), start))) continue;
        // "Harold Kessler, 71, of Binghamton": a number between commas after a name is the person's age
        if (/\p{Lu}[\p{L}'’-]+,\s$/u.test(before) && /^,/.test(masked.slice(end, end + 1)) && p1.value > 0 && p1.value < 120 && !/[.,]/.test(n1!)) {
          unit = 'year';
          compound = 'age';
        }
        if (cap && !notAName(cap[1]!, start) && !/^(?:About|Over|Some|Nearly|Almost|Around|More|Up|Roughly|Approximately|Only|Just|At|To|From|By|With|Of|In|Than|Under|Below|Above|And)$/.test(cap[1]!)) continue;
      }
    }
    if (!unit) unit = 'count';
    if (/^\d{4}$/.test(n1!) && p1.value >= 1800 && p1.value <= 2100 && scale === 1 && !curPre && !pct && !/^[A-Z]{3}$/.test(unit) && !/^\d{1,3},/.test(n1!)) {
      // a four-digit year-like number is a figure only with money, a percentage or a counted noun that is not a date part
      if (!compound || /^(?:year|season|budget|election|census|plan|level|figure|rate|edition|model|version)$/.test(unit)) continue;
    }
    let change = false;
    const near = masked.slice(Math.max(0, start - 30), start);
    // "cut 1,800 jobs" counts jobs; only rates, amounts and "by N" report a change
    const rateOrAmount = pct || /^[A-Z]{3}$/.test(unit) || unit === 'count' || /\bby\s+$/i.test(near);
    if (!rateOrAmount) {
      /* a counted noun after a verb of change is the thing counted */
    } else if (FALL.test(near) && /\b(?:by|of|to|at)?\s*$/i.test(near)) {
      change = /\bto\s*$/i.test(near) ? false : true;
      if (change) value = -Math.abs(value);
    } else if (RISE.test(near)) {
      change = !/\bto\s*$/i.test(near);
    }
    if (/\bfrom\s+$/i.test(before) && /^\s*(?:\S+\s){0,2}?to\b/i.test(afterText)) change = true;
    if (/\b(?:from\s+\S+\s+)?to\s+$/i.test(before) && /\bfrom\s+[\d$€£]/i.test(masked.slice(Math.max(0, start - 40), start))) change = true;
    // "narrowed to 61.5% from 63.2%": both ends are levels (old and new), marked as a comparison below
    let bound: Bound = range ? 'exact' : boundBefore(before);
    // "recorded a maximum of 46.2 degrees": a temperature's maximum is what was measured, not a limit
    if (bound !== 'exact' && /^(?:°[CF]|degree)$/.test(unit) && /\b(?:maximum|minimum|max|min|high|low|top)\s+of\s+$/i.test(before)) bound = 'exact';
    // "over six weeks" is a duration ("during"), not a lower bound
    if (bound === 'at-least' && /\bover\s+$/i.test(before) && /^(?:minute|hour|day|week|month|year|decade)$/.test(unit)) bound = 'exact';
    if (!range && bound === 'exact') {
      const after = masked.slice(start + (m[0].length), start + m[0].length + 20);
      const post = BOUND_AFTER.find(([re]) => re.test(masked.slice(end, end + 20)) || re.test(after));
      if (post) bound = post[1];
    }
    if (!change && (FALL_AFTER.test(masked.slice(end, end + 20)) || /\b(?:a |net )?(?:loss|deficit|shortfall)(?:es)? of\s+$/i.test(before))) {
      value = -Math.abs(value);
      change = FALL_AFTER.test(masked.slice(end, end + 20));
    } else if (!change && RISE_AFTER.test(masked.slice(end, end + 20))) change = true;
    else if (!change && rateOrAmount && /\bby\s+(?:almost |nearly |about |around |some |just |more than |over )?$/i.test(before)) {
      // "cut hospital admissions for heart failure by 21%": the verb of change opens the clause
      const clause = masked.slice(Math.max(0, start - 120), start).split(/[;:]|,\s+(?:and|but|while)\b/).pop()!;
      if (FALL.test(clause)) {
        change = true;
        value = -Math.abs(value);
      } else if (RISE.test(clause)) change = true;
    }
    let textStart = start;
    const boundMatch = /\b(?:more than|over|at least|upwards of|in excess of|above|exceeding|up to|fewer than|less than|under|below|about|around|approximately|roughly|nearly|almost|some|an estimated|close to|as many as|no more than|no fewer than|between|from)\s+(?:a |an )?$/i.exec(lookBehind(start).text);
    if (boundMatch && (bound !== 'exact' || range)) textStart = lookBehind(start).offset + boundMatch.index;
    const decimals = p1.decimals;
    let precision = scale === 1 ? Math.pow(10, -decimals) : Math.pow(10, -decimals) * scale;
    // "about 1,100 departures" rounds to the hundred its zeros show: 1,140 is one of the values it stands for
    if (bound === 'approx' && decimals === 0 && scale === 1 && /^\d[\d,\u00a0\u202f\u2009]*$/.test(n1!)) {
      const digits = n1!.replace(/\D/g, '');
      const zeros = /(0+)$/.exec(digits)?.[1]?.length ?? 0;
      if (zeros > 0 && digits.length >= 2) precision = Math.max(precision, Math.pow(10, Math.min(zeros, digits.length - 1)));
    }
    let measure = tallySide ? tallySide : unit === 'count' ? 'count'
      : pct || /^[A-Z]{3}$/.test(unit) ? (pct ? null : amountNamedBefore(masked.slice(Math.max(0, textStart - 50), textStart))) ?? measureOfAmount(tokens, base + end, masked, base) ?? measureFromCues(sentence, start) ?? (pct ? 'percentage' : 'amount')
        : canonicalMeasure(compound, unit);
    // (people counted by what they are, "four passengers", "12 miners", are counted by what happened to them too)
    if (measure === 'person' || measure === 'count' || PEOPLE_BY_ROLE.has(unit)) {
      const fate = PERSON_FATE.find(([re]) => re.test(masked.slice(end, end + 50)));
      const killedBefore = /\b(?:killed|killing|kills|claimed the lives of|left)\s+(?:\w+\s+){0,2}$/i.test(masked.slice(Math.max(0, textStart - 40), textStart)) &&
        !/\bleft\s+(?:\w+\s+){0,2}$/i.test(masked.slice(Math.max(0, textStart - 40), textStart));
      // the verb right before the number is what happened to those it counts: "killed four people and
      // injured 64" has four dead, whatever the next verb says; "injured 64" counts the injured
      const verbBefore = FATE_BEFORE.find(([re]) => re.test(masked.slice(Math.max(0, textStart - 40), textStart)));
      if (verbBefore) measure = verbBefore[1];
      else if (fate) measure = fate[1];
      else if (killedBefore) measure = 'death';
    }
    const cues = unit === 'count' || !(pct || /^[A-Z]{3}$/.test(unit)) ? [measure] : [...new Set([measure, ...allCues(sentence, start)])].sort();
    const fig: RawFigure = {
      text: sentence.slice(textStart, end).trim(),
      value: Number.isFinite(value) ? value : 0,
      unit,
      bound,
      measure,
      cues,
      precision,
      change,
      start: base + textStart,
      end: base + textStart + sentence.slice(textStart, end).trimEnd().length,
    };
    if (range) fig.range = range;
    if (pct && /^\s+of\s/i.test(masked.slice(end, end + 6))) fig.share = true;
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
      text: m[1]!, value: v, unit: 'fraction', bound: boundBefore(masked.slice(Math.max(0, m.index - 40), m.index)), measure: measureFromCues(sentence, m.index) ?? 'share', cues: allCues(sentence, m.index),
      precision: 0.01, change: false, start: base + m.index, end: base + m.index + m[1]!.length,
    });
  }
  RATIO.lastIndex = 0;
  while ((m = RATIO.exec(masked))) {
    const num = parseNumber(m[1]!);
    const den = parseNumber(m[2]!);
    if (!num || !den || den.value <= num.value) continue;
    const from = base + m.index;
    const to = from + m[0].length;
    // the denominator read alone ("six Texans") is part of the ratio
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < to && out[i]!.end > from) out.splice(i, 1);
    out.push({
      text: m[0], value: Number((num.value / den.value).toPrecision(6)), unit: 'fraction', bound: boundBefore(masked.slice(Math.max(0, m.index - 40), m.index)),
      measure: measureFromCues(sentence, m.index) ?? 'share', cues: allCues(sentence, m.index), precision: 0.01, change: false, start: from, end: to,
    });
  }
  VAGUE.lastIndex = 0;
  while ((m = VAGUE.exec(masked))) {
    const from = base + m.index;
    if (out.some((f) => f.start < from + m![0].length && f.end > from)) continue;
    const value = m[3] ? VAGUE_BASE[m[3].toLowerCase()]! : VAGUE_BASE[m[2]!.toLowerCase()]! * (m[1] ? VAGUE_BASE[m[1].toLowerCase()]! : 1);
    let end = m.index + m[0].length;
    let unit = 'count';
    let measure = 'count';
    const money = /^\s+(?:\w+\s+)?(dollars|pounds|euros|rupees|naira|rand|yen|yuan)\b/i.exec(masked.slice(end, end + 30));
    if (money) {
      unit = CURRENCY_SUFFIX[money[1]!.toLowerCase()]!;
      end += money[0].length;
      measure = measureFromCues(sentence, m.index) ?? 'amount';
    } else {
      const noun = countedNoun(tokens, base + end, masked.slice(end, end + 60), masked, base);
      if (noun) {
        unit = noun.unit;
        end += noun.end;
        measure = canonicalMeasure(noun.compound, noun.unit);
      }
    }
    const text = sentence.slice(m.index, end).trim();
    out.push({
      text, value, unit, bound: 'at-least', measure, cues: [measure], precision: value, change: false, start: from, end: from + text.length,
    });
  }
  markComparisons(out, masked, base);
  return out.sort((a, b) => a.start - b.start);
}

/** A bare count beside a counted one of the same kind counts the same thing. */
function countAs(bare: RawFigure, full: RawFigure): void {
  if (bare.unit !== 'count' || full.unit === 'count' || /^(?:[A-Z]{3}|%|pp|bp)$/.test(full.unit)) return;
  bare.unit = full.unit;
  bare.measure = full.measure;
  bare.cues = full.cues;
}

const PARTITIVE_BETWEEN = /^\s*(?:of|out of)\s+(?:the|its|their|his|her)\s+(?:[\p{L}-]+['’]s\s+)?$/iu;
const STRONG_COMPARISON = /\b(?:versus|vs\.?|compared (?:with|to)|up from|down from|instead of|rather than|than|from|(?:revised|corrected|raised|lowered|increased|reduced|updated|changed|amended)(?: (?:the|its|their|that) (?:figure|number|total|estimate|toll|count|forecast))? to)\s+(?:a |an |the |about |around |some |nearly |almost |just |only )?$|^,?\s*(?:up|down) from\b|^\s*(?:from|than)\b/i;
const COMPARISON = /\b(?:from|to|versus|vs\.?|compared (?:with|to)|against|up from|down from|than|previously|a year earlier|last year's|instead of|rather than|of the|out of)\b/i;

/**
 * Two figures of one kind in one sentence joined by "from", "to", "compared with"… report a change or a
 * comparison ("cut to 4.25% from 4.5%", "a margin of 61.5%, down from 63.2%"): neither alone is the level
 * another article could contradict.
 */
function markComparisons(figs: RawFigure[], masked: string, base: number): void {
  const kind = (f: RawFigure): string => (/^(?:[A-Z]{3}|%|pp|bp)$/.test(f.unit) ? f.unit : f.measure);
  // a bare count ("98 of the 230 seats") takes the kind of the figure it is compared with
  const sameKind = (a: RawFigure, b: RawFigure): boolean => kind(a) === kind(b) || (a.unit === 'count' && !/^(?:[A-Z]{3}|%|pp|bp)$/.test(b.unit)) || (b.unit === 'count' && !/^(?:[A-Z]{3}|%|pp|bp)$/.test(a.unit));
  for (let i = 0; i < figs.length; i++) {
    for (let j = i + 1; j < figs.length; j++) {
      const a = figs[i]!;
      const b = figs[j]!;
      const [first, second] = a.start < b.start ? [a, b] : [b, a];
      const between = masked.slice(first.end - base, second.start - base);
      // "Shr loss 3.49 dlrs vs loss 15 cts": an earnings line gives this period against the last, in any units
      if (/^\s*(?:vs\.?|versus)\s+(?:[a-z]+\s+){0,2}$/i.test(between)) {
        a.comparison = true;
        b.comparison = true;
        continue;
      }
      if (!sameKind(a, b)) continue;
      // "by 38 votes to 27": a tally, for and against, not a change from one to the other
      if (/^\s*to\s*$/.test(between) && second.unit === 'count' && /^(?:vote|seat|ballot)$/.test(first.unit)) {
        second.unit = first.unit;
        second.measure = `${first.measure} against`;
        second.cues = [second.measure];
        first.measure = `${first.measure} for`;
        first.cues = [first.measure];
        continue;
      }
      // "7 of the train's 9 cars": the part is a level of its own; only the whole is a point of comparison
      if (PARTITIVE_BETWEEN.test(between)) {
        second.comparison = true;
        // ("98 of the 230 seats": the part counts what the whole counts)
        countAs(first, second);
        continue;
      }
      // the joining word sits between the two ("cut to 4.25% from 4.5%", "61.5%, down from 63.2%"), not in a
      // clause of its own ("at 97 mph when it entered the curve, where trains are restricted to 50 mph")
      if ((between.length < 25 && COMPARISON.test(between)) || (between.length < 60 && STRONG_COMPARISON.test(between))) {
        a.comparison = true;
        b.comparison = true;
        // "corrected the figure from 250 new homes to 180": the bare count counts the same thing
        countAs(a, b);
        countAs(b, a);
      }
    }
  }
}
