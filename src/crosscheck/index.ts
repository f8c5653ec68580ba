/**
 * The corpus index: every figure, claim and dated event keyed by what it is about, so that comparison
 * happens only inside a key's bucket and the cost grows with the number of figures, not with pairs of
 * articles.
 */
import type { ArticleAnalysis, Figure } from '../types.js';
import { buildAliasMap, canonical, type AliasMap } from './aliases.js';
import { compareValues, isPointFigure, periodSpan, pointsEqual, type Agreement } from './compatible.js';
import { sortedHas } from './sorted.js';
import { findStories, type Stories } from './stories.js';
import { onCommonScale } from './units.js';
import { keywordsOf } from '../analyze/keywords.js';
import { MEASURE_CUES } from '../analyze/lexicon.js';

export interface FigureRef {
  article: number;
  figure: number;
}

export interface Corroboration {
  by: FigureRef[];
  /** Distinct stories (other than the figure's own) among the corroborating articles. */
  independent: number;
  /** Corroborating articles that are reprints of the figure's own story. */
  reprints: number;
  /** True when all independent support comes from bounds ("more than 30") rather than equal values. */
  weak: boolean;
}

export interface CorpusIndex {
  aliases: AliasMap;
  stories: Stories;
  /** Canonical subject per article figure. */
  subjects: Array<Array<string | null>>;
  corroboration: Corroboration[][];
  /** Canonical names of the people, organisations and places each article mentions. */
  entitySets: Array<Set<string>>;
  /** The most-mentioned named entity of each article, its main subject. */
  mainEntity: Array<string | null>;
  /** Entity type by canonical name, from the articles that name it. */
  entityTypes: Map<string, string>;
  /**
   * Each article's most frequent content words (ArticleAnalysis.keywords), a topic signal that needs no named
   * entities, as sorted word ids for the topic test of sameTopic (a merge, not lookups; Speed, bench), without
   * the words common across a large corpus (see commonIn).
   */
  keywordIds: Int32Array[];
  /** Entities named in so many articles of a large corpus that sharing them says nothing of topic (see commonIn). */
  commonEntities: Set<string>;
}

/**
 * In a large corpus, a word or a name found in more than this share of the articles (and in at least
 * COMMON_MIN of them) is the corpus's vocabulary, not a topic: in a wire archive every earnings report shares
 * "profit", "dlrs", "shr" and "U.S.", and reports on two companies were being read as one topic (Reuters-21578
 * gave 18,765 contradiction findings between unrelated companies). In a folder of a few dozen clippings no
 * word is that common, so the topic test there is unchanged.
 */
const COMMON_SHARE = 0.03;
const COMMON_MIN = 30;

function commonLimit(articles: number): number {
  return Math.max(COMMON_MIN, COMMON_SHARE * articles);
}

function commonIn<T>(sets: Iterable<Iterable<T>>, articles: number): Set<T> {
  const limit = commonLimit(articles);
  const df = new Map<T, number>();
  for (const s of sets) for (const w of s) df.set(w, (df.get(w) ?? 0) + 1);
  const out = new Set<T>();
  for (const [w, n] of df) if (n > limit) out.add(w);
  return out;
}

/**
 * Two articles are about the same thing when they are one article, one story, or share two or more named
 * people, organisations or places. Contradictions between statements with no stated subject are only looked
 * for inside such pairs, so "14 dead" in a bridge story never meets "9 dead" in a storm story.
 */
export function sameTopic(index: CorpusIndex, a: number, b: number): boolean {
  if (a === b || index.stories.storyOf[a] === index.stories.storyOf[b]) return true;
  const ea = index.entitySets[a]!;
  const eb = index.entitySets[b]!;
  const common = index.commonEntities;
  const ma = index.mainEntity[a];
  const mb = index.mainEntity[b];
  // (a main entity that is a place — "Switzerland", a city — says where, not what: see the names below)
  const tells = (m: string | null | undefined, other: Set<string>): boolean =>
    !!m && other.has(m) && !common.has(m) && index.entityTypes.get(m) !== 'place';
  if (tells(ma, eb) || tells(mb, ea)) return true;
  // (two places in common are a region, not a topic: a city's newsroom names its city and county in every
  // story; two names in common count when one of them is a person or an organisation)
  let shared = 0;
  let actor = false;
  for (const e of ea) {
    if (!eb.has(e) || common.has(e)) continue;
    shared++;
    actor ||= index.entityTypes.get(e) !== 'place';
    if (shared >= 2 && actor) return true;
  }
  return keywordIdsOverlap(index.keywordIds[a]!, index.keywordIds[b]!);
}

const topicLookups = new WeakMap<CorpusIndex, (a: number, b: number) => boolean>();

/**
 * sameTopic of an index, read from topicNeighbours. The contradiction rule asks it of the same pairs again and
 * again, once per measure, claim and event they share (33 million questions about 4.5 million pairs on a
 * 3,000-article synthetic corpus): a search in a short sorted list each.
 */
export function sameTopicOf(index: CorpusIndex): (a: number, b: number) => boolean {
  let lookup = topicLookups.get(index);
  if (lookup) return lookup;
  const lists = topicNeighbours(index);
  lookup = (a, b) => a === b || sortedHas(lists[a]!, b);
  topicLookups.set(index, lookup);
  return lookup;
}

const neighbourLists = new WeakMap<CorpusIndex, Int32Array[]>();

/**
 * For each article, the other articles sameTopic holds for, ascending: the same relation, found through
 * lists of the articles that have each keyword and each name instead of by testing every pair (Speed, bench:
 * the contradiction rule looked for candidates among every article sharing a word with a statement, most of
 * them on other topics; Reuters-21578's 19,044 articles have about 150,000 pairs on one topic). Work grows
 * with the square of how many articles share a word or a name, and commonIn caps that share.
 */
export function topicNeighbours(index: CorpusIndex): Int32Array[] {
  let lists = neighbourLists.get(index);
  if (lists) return lists;
  const n = index.entitySets.length;
  const found: number[][] = Array.from({ length: n }, () => []);
  const pair = (a: number, b: number): void => {
    found[a]!.push(b);
    found[b]!.push(a);
  };
  // which articles have each keyword and each name (not the corpus's common ones), ascending
  const postings = (sets: Array<Iterable<number>>): number[][] => {
    const out: number[][] = [];
    sets.forEach((set, a) => {
      for (const id of set) (out[id] ??= []).push(a);
    });
    return out;
  };
  const keywordPostings = postings(index.keywordIds);
  const entityIds = new Map<string, number>();
  const entityNames: string[] = [];
  const entityIdSets = index.entitySets.map((set) => {
    const ids: number[] = [];
    for (const e of set) {
      if (index.commonEntities.has(e)) continue;
      let id = entityIds.get(e);
      if (id === undefined) {
        entityIds.set(e, (id = entityNames.length));
        entityNames.push(e);
      }
      ids.push(id);
    }
    return ids;
  });
  const entityPostings = postings(entityIdSets);
  const actorId = entityNames.map((e) => index.entityTypes.get(e) !== 'place');
  const mainId = index.mainEntity.map((m) => (m === null ? -1 : entityIds.get(m) ?? -1));
  // each article meets the later articles of each posting list it is in (a pair once, from its first article)
  const keywordAt = new Int32Array(keywordPostings.length);
  const entityAt = new Int32Array(entityPostings.length);
  const words = new Int32Array(n);
  const names = new Int32Array(n);
  const actor = new Uint8Array(n);
  const tells = new Uint8Array(n);
  // (a typed array and a count: emptying an array by its length gives its storage back, and it was grown
  // again for every article)
  const touched = new Int32Array(n);
  const keywordCount = Int32Array.from(index.keywordIds, (k) => k.length);
  const storyOf = index.stories.storyOf;
  for (let a = 0; a < n; a++) {
    let count = 0;
    for (const w of index.keywordIds[a]!) {
      const list = keywordPostings[w]!;
      for (let i = ++keywordAt[w]!; i < list.length; i++) {
        const b = list[i]!;
        if (words[b] === 0 && names[b] === 0) touched[count++] = b;
        words[b]!++;
      }
    }
    for (const e of entityIdSets[a]!) {
      const list = entityPostings[e]!;
      for (let i = ++entityAt[e]!; i < list.length; i++) {
        const b = list[i]!;
        if (words[b] === 0 && names[b] === 0) touched[count++] = b;
        names[b]!++;
        if (actorId[e]) {
          actor[b] = 1;
          // (sameTopic's `tells`: one article's main name, not a place, named in the other)
          if (e === mainId[a] || e === mainId[b]) tells[b] = 1;
        }
      }
    }
    const ka = keywordCount[a]!;
    for (let t = 0; t < count; t++) {
      const b = touched[t]!;
      // (most articles met share a word or two: fewer than any keywordsNeeded, which is at least 5)
      const w = words[b]!;
      if ((tells[b] || (names[b]! >= 2 && actor[b]) || (w >= 5 && w >= keywordsNeeded(ka, keywordCount[b]!))) && storyOf[a] !== storyOf[b]) pair(a, b);
      words[b] = 0;
      names[b] = 0;
      actor[b] = 0;
      tells[b] = 0;
    }
  }
  // and every other article of its story
  const members = new Map<number, number[]>();
  index.stories.storyOf.forEach((s, a) => {
    const l = members.get(s);
    if (l) l.push(a);
    else members.set(s, [a]);
  });
  for (const group of members.values()) for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) pair(group[i]!, group[j]!);
  lists = found.map((l) => Int32Array.from(l).sort());
  neighbourLists.set(index, lists);
  return lists;
}

/** How many keywords two articles with this many keywords each must share to be on one topic. */
function keywordsNeeded(na: number, nb: number): number {
  return Math.max(5, Math.min(na, nb) * 0.15);
}

/** Whether two articles share keywordsNeeded of their keywords, counted by merging their sorted word ids. */
export function keywordIdsOverlap(ka: Int32Array, kb: Int32Array): boolean {
  const need = keywordsNeeded(ka.length, kb.length);
  let common = 0;
  for (let i = 0, j = 0; i < ka.length && j < kb.length;) {
    // (stop when the words left cannot make up the count: most pairs asked share a word or two)
    if (common + Math.min(ka.length - i, kb.length - j) < need) return false;
    if (ka[i]! < kb[j]!) i++;
    else if (ka[i]! > kb[j]!) j++;
    else {
      common++;
      i++;
      j++;
    }
  }
  return common >= need;
}

/**
 * keywordIdsOverlap for a caller that asks of one article against many in a row (Speed, bench: buildIndex's pair
 * loop asks it of 4.5 million pairs of articles on Reuters-21578, nearly all on different topics): the first
 * article's words are marked in an array over the vocabulary, once per run of questions about it, and the
 * other's words are looked up in the marks. The same count and threshold as keywordIdsOverlap.
 */
export function keywordTopicTest(keywordIds: Int32Array[], vocabulary: number): (a: number, b: number) => boolean {
  const marks = new Int32Array(vocabulary).fill(-1);
  let marked = -1;
  return (a, b) => {
    const ka = keywordIds[a]!;
    const kb = keywordIds[b]!;
    if (marked !== a) {
      for (let i = 0; i < ka.length; i++) marks[ka[i]!] = a;
      marked = a;
    }
    const need = keywordsNeeded(ka.length, kb.length);
    let common = 0;
    for (let j = 0; j < kb.length; j++) {
      // (stop when the words left cannot make up the count)
      if (common + kb.length - j < need) return false;
      if (marks[kb[j]!] === a && ++common >= need) return true;
    }
    return false;
  };
}

export const GENERIC_MEASURES = new Set(['count', 'amount', 'percentage', 'share']);

/**
 * Money and percentages compare within their unit and measure; counts compare by what they count, since
 * "32-member alliance", "32 member states" and "more than 30 countries" are one measure in three words.
 */
/** What kind of quantity a figure is: a currency, a percentage, points, or a count of something. */
export function unitKind(unit: string): string {
  return /^(?:[A-Z]{3}|%|pp|bp|fraction)$/.test(unit) ? unit : 'count';
}

/** Quarter-decade bins of magnitude: figures within rounding of each other fall in the same or next bin. */
export function magnitudeBin(value: number): number {
  const v = Math.abs(value);
  return v < 1e-9 ? -1000 : Math.floor(Math.log10(v) * 4);
}

/**
 * What measuresCompatible asks of one figure, worked out once per figure (Speed, bench: it was asked of 7
 * million pairs on Reuters-21578, each time running a pattern, six set lookups and building a set of cues).
 * Measures, units and cues are numbered by an Interner, so that comparing them is comparing numbers.
 */
export interface MeasureTraits {
  measure: number;
  unit: number;
  countMeasure: boolean;
  /** A unit of time ("hour"), and the measure names a duration ("outage duration") or is the unit itself. */
  time: boolean;
  duration: boolean;
  measureIsUnit: boolean;
  bareCount: boolean;
  /** A value, not a bound or a range (isPointFigure). */
  point: boolean;
  generic: boolean;
  people: boolean;
  genericPeople: boolean;
  human: boolean;
  countKind: boolean;
  known: boolean;
  cues: number[];
}

export type Interner = Map<string, number>;

function intern(ids: Interner, s: string): number {
  let id = ids.get(s);
  if (id === undefined) ids.set(s, (id = ids.size));
  return id;
}

/** What measureTraits reads of a figure: figures with the same key have the same traits. */
export function traitsKey(f: Figure): string {
  return JSON.stringify([f.unit, f.measure, isPointFigure(f), f.cues]);
}

export function measureTraits(f: Figure, ids: Interner): MeasureTraits {
  return {
    measure: intern(ids, f.measure),
    unit: intern(ids, f.unit),
    countMeasure: f.measure === 'count',
    time: TIME.test(f.unit),
    duration: f.measure.endsWith(' duration'),
    measureIsUnit: f.measure === f.unit,
    bareCount: f.unit === 'count',
    point: isPointFigure(f),
    generic: GENERIC_MEASURES.has(f.measure),
    people: PEOPLE.has(f.unit),
    genericPeople: GENERIC_PEOPLE.has(f.unit),
    human: HUMAN.has(f.unit),
    countKind: unitKind(f.unit) === 'count',
    known: KNOWN_MEASURES.has(f.measure),
    cues: f.cues.map((c) => intern(ids, c)),
  };
}

/**
 * Measures agree when equal, when one is only generic ("percentage", "amount"), or, for amounts and rates,
 * when the cue words around the two figures suggest a measure in common ("a £212m net revenue budget" and
 * "a 212 million pound budget"). The traits are the figures' (measureTraits, one Interner for both).
 */
export function measuresCompatible(a: Figure, b: Figure, ta: MeasureTraits, tb: MeasureTraits, sameSubjectOrTopic: boolean | (() => boolean)): boolean {
  // Speed (bench): the topic test is costly and most pairs of equal measures do not need it, so it may be
  // given as a function, asked only when needed
  // (asked through ask(), a module function: a closure made here on every call was half a gigabyte of garbage
  // on Reuters-21578)
  if (ta.measure === tb.measure) return !ta.countMeasure || ask(sameSubjectOrTopic);
  // "a six-hour power failure" and "for about six hours": a duration named by what lasted and the bare one
  if (ta.unit === tb.unit && ta.time && (ta.duration || tb.duration) && (ta.measureIsUnit || tb.measureIsUnit)) return ask(sameSubjectOrTopic);
  // a bare "12%" or "£3.2m" says nothing of what it measures: it can only echo a figure about the same
  // subject or story; a bare count ("64") echoes nothing but the same count, unless it is a large exact
  // number of the same story ("Boil order for 43,000" and "43,000 customers")
  if (ta.bareCount || tb.bareCount) return bareEcho(a, b, ta, tb) && ask(sameSubjectOrTopic);
  if (ta.generic || tb.generic) return ask(sameSubjectOrTopic);
  // people counted as people, residents or evacuees in one story are one count, whatever the verb made of
  // the measure ("about 1,200 residents were evacuated" / "1,187 people were moved out")
  if (ta.people && tb.people) return ask(sameSubjectOrTopic);
  // "employs 140 people" and "140 employees", "nineteen people remained in hospital" and "19 patients": the
  // generic word for people names any kind of person; two kinds ("passengers", "employees") stay apart
  if ((ta.genericPeople && tb.human) || (tb.genericPeople && ta.human)) return ask(sameSubjectOrTopic);
  if (ta.countKind) return false;
  for (const c of ta.cues) if (tb.cues.includes(c)) return true;
  // An amount or a rate whose words name no known measure on one side ("a $40 million relief fund", "will
  // pay A$40m to growers") is the same figure as an equal one of its story told in other words; two known
  // measures that differ ("12% growth", "12% turnout"; "$4bn revenue", "$4bn valuation") are two figures.
  if (ta.known && tb.known) return false;
  return ask(sameSubjectOrTopic);
}

function ask(answer: boolean | (() => boolean)): boolean {
  return typeof answer === 'function' ? answer() : answer;
}

/** The measures cue words name (lexicon MEASURE_CUES): a figure said to be one of them is about that. */
const KNOWN_MEASURES = new Set(MEASURE_CUES.map(([name]) => name));

const TIME = /^(?:second|minute|hour|day|week|month|year)$/;

/** Nouns that count people without saying more about them than where they live. */
const PEOPLE = new Set(['person', 'people', 'resident', 'citizen', 'inhabitant', 'local', 'villager', 'householder', 'individual', 'evacuee', 'adult', 'townspeople', 'islander']);

const GENERIC_PEOPLE = new Set(['person', 'people', 'individual']);
/** Nouns for people of one kind, which the generic word can stand for. */
const HUMAN = new Set(['passenger', 'patient', 'worker', 'employee', 'staff', 'staffer', 'traveller', 'traveler', 'visitor', 'attendee',
  'spectator', 'fan', 'student', 'pupil', 'child', 'adult', 'survivor', 'victim', 'casualty', 'pilgrim', 'tourist', 'migrant', 'refugee',
  'protester', 'demonstrator', 'volunteer', 'participant', 'firefighter', 'officer', 'soldier']);

/** A bare count of at least this much, equal to a counted figure, names the same thing in the same story. */
const BARE_ECHO_MIN = 100;

function bareEcho(a: Figure, b: Figure, ta: MeasureTraits, tb: MeasureTraits): boolean {
  if (ta.bareCount === tb.bareCount) return false;
  return ta.point && tb.point && Math.abs(a.value) >= BARE_ECHO_MIN && compareValues(a, b) === 'equal';
}

const SUBJECT_STOP = new Set(['the', 'of', 'and', 'for', 'new', 'city', 'group', 'inc', 'ltd', 'plc', 'corp', 'company', 'council', 'united', 'national', 'state']);
// Speed (bench): the contradiction rule compares a subject with every name of an article, millions of times on
// a wire archive; each name's words are split once (a quarter of a gigabyte of garbage on Reuters-21578)
const wordsOfSubject = new Map<string, string[]>();
function subjectWords(s: string): string[] {
  let words = wordsOfSubject.get(s);
  if (!words) {
    if (wordsOfSubject.size >= 100_000) wordsOfSubject.clear();
    wordsOfSubject.set(s, (words = s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !SUBJECT_STOP.has(w))));
  }
  return words;
}

/**
 * For corroboration the subject is a hint, not a gate: texts name the same subject differently ("Bank of
 * England", "the Bank", "Bank Rate"). Two stated subjects block only when they share no significant word.
 */
function firstWord(s: string): string {
  const space = s.indexOf(' ');
  return space < 0 ? s : s.slice(0, space);
}

export function subjectsCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return true;
  const wa = subjectWords(a);
  const wb = subjectWords(b);
  if (wa.length === 0 || wb.length === 0) return firstWord(a) === firstWord(b);
  for (const w of wa) if (wb.includes(w)) return true;
  return false;
}


/**
 * Speed (bench): the candidates that can corroborate a figure, found by binary search on magnitude within
 * groups of compatible measures, rather than by scanning its whole bucket and the two next to it — a scan that
 * grew with the square of the corpus (16 million pair tests for 3,000 Reuters articles; Reuters' 19,043 did
 * not finish). Only pairs that some test in buildIndex would reject are left out:
 * - values: two points agree only when equal within compareValues' rounding tolerance; with a bound or range
 *   on either side, only within 25% of each other (both bound the distance between absolute values);
 * - measures: a figure whose unit is a bare count meets only figures of its own measure (measuresCompatible),
 *   and a bound meets a point only for the same measure (the 25% test);
 * so a point meets the points of each precision inside its rounding window and the bounds of its measure
 * inside ±25%; a bound meets the points of its measure inside ±25% and every bound of its three bins (bounds
 * are few). Candidates come back in the order of the old bucket scan (own bin, bin below, bin above; then
 * article and figure order), so corroboratedBy lists are unchanged.
 */
interface Placed {
  ref: FigureRef;
  figure: Figure;
  subject: string | null;
  abs: number;
  bin: number;
  /** Position in article-then-figure order. */
  seq: number;
  /** The figure's period as numbers (periodSpan). */
  span: [number, number] | null;
  traits: MeasureTraits;
  /** The figure with its value made positive, made when first needed (see absolute). */
  twin?: Figure;
}

const byAbs = (a: Placed, b: Placed): number => a.abs - b.abs || a.seq - b.seq;

/**
 * The first index from `from` whose figure has a larger value than `abs`, or the same value and a later seq:
 * searched in growing steps from `from`, then bisected (the figures skipped are usually a few, in a list of
 * thousands).
 */
export function firstLaterThan(list: Array<{ abs: number; seq: number }>, abs: number, seq: number, from: number): number {
  const n = list.length;
  let lo = from;
  let probe = from;
  for (let step = 1; probe < n && (list[probe]!.abs < abs || (list[probe]!.abs === abs && list[probe]!.seq <= seq)); step *= 2) {
    lo = probe + 1;
    probe = from + step;
  }
  let hi = Math.min(probe, n);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const p = list[mid]!;
    if (p.abs < abs || (p.abs === abs && p.seq <= seq)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first index whose figure's value is at least `v`, searched from the run's last answer (Speed, bench:
 * figures are taken in value order, so consecutive searches of a run land close together, and a search from
 * 0 was a tenth of the candidate search on Reuters-21578). Any hint gives the same answer.
 */
export function firstAtLeast(run: { items: Array<{ abs: number }>; hint: number }, v: number): number {
  const list = run.items;
  const n = list.length;
  const hint = Math.min(run.hint, n);
  let lo = 0;
  let hi = hint;
  if (hint === 0 || list[hint - 1]!.abs < v) {
    // forward from the hint, in growing steps: everything before `lo` is below v
    lo = hint;
    let probe = hint;
    for (let step = 1; probe < n && list[probe]!.abs < v; step *= 2) {
      lo = probe + 1;
      probe = hint + step;
    }
    hi = Math.min(probe, n);
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.abs < v) lo = mid + 1;
    else hi = mid;
  }
  run.hint = lo;
  return lo;
}

/** A list of figures sorted by value (byAbs), with where the last search in it ended. */
interface Run {
  items: Placed[];
  hint: number;
}

/** Sorted lists by key, with points also split by precision (each precision has its own rounding window). */
class Groups {
  readonly lists = new Map<string, Run>();
  /**
   * Points by key and precision, exact and approximate apart: two exact points agree only within half a
   * step, while "about" widens the window to 2.5%; one window for both made 6 million of Reuters-21578's 14
   * million candidate pairs, exact counts a few percent apart, that compareValues then rejected.
   */
  private readonly exact = new Map<string, Map<number, Run>>();
  private readonly approx = new Map<string, Map<number, Run>>();
  /** The same, as arrays of [precision, list] made by seal(): iterating a map makes an entry per step. */
  readonly exactLists = new Map<string, Array<[number, Run]>>();
  readonly approxLists = new Map<string, Array<[number, Run]>>();
  add(key: string, p: Placed, precision?: number): void {
    let l = this.lists.get(key);
    if (!l) this.lists.set(key, (l = { items: [], hint: 0 }));
    l.items.push(p);
    if (precision === undefined) return;
    const byPrecision = p.figure.bound === 'approx' ? this.approx : this.exact;
    let m = byPrecision.get(key);
    if (!m) byPrecision.set(key, (m = new Map()));
    let g = m.get(precision);
    if (!g) m.set(precision, (g = { items: [], hint: 0 }));
    g.items.push(p);
  }
  /** After every figure was added in byAbs order, so that every list is sorted as it was made. */
  seal(): void {
    for (const [key, m] of this.exact) this.exactLists.set(key, [...m]);
    for (const [key, m] of this.approx) this.approxLists.set(key, [...m]);
  }
}

const NONE: Array<[number, Run]> = [];

/**
 * Where the candidate search looks for a point's candidates: lists of points by precision, with whether each
 * holds approximate values (a wider window), and the bounds of its measure.
 */
interface PointSearch {
  points: Array<[number, Run, boolean]>;
  bounds: Run | undefined;
}

/** The lists of the candidate search a point of this unit and measure is in (FigureNeighbours). */
function listsOfPoint(unit: string, measure: string): string[] {
  const kind = unitKind(unit);
  const keys = [`${kind}|m|${measure}`];
  if (PEOPLE.has(unit) || HUMAN.has(unit)) keys.push(`${kind}|people`);
  if (TIME.test(unit)) keys.push(`${kind}|time|${unit}`);
  if (unit === 'count') keys.push(`${kind}|c|${measure}`, `${kind}|bare`);
  else keys.push(`${kind}|u|${measure}`, `${kind}|u*`);
  return keys;
}

class FigureNeighbours {
  private readonly placed: Placed[][] = [];
  /** Points by unit kind and measure group: `c:measure` (unit a bare count), `u:measure`, `u*` (every other unit). */
  private readonly points = new Groups();
  /** Bounds and ranges by unit kind and measure, and by unit kind and bin. */
  private readonly bounds = new Groups();
  readonly total: number;
  /** Every figure by its seq. */
  readonly bySeq: Placed[];

  constructor(articles: ArticleAnalysis[], subjects: Array<Array<string | null>>) {
    let seq = 0;
    const ids: Interner = new Map();
    // Memory (bench): traits depend only on a figure's unit, measure, cues and whether it is a point, and
    // figures repeat them (113,461 figures, 5,606 distinct traits on Reuters-21578), so figures alike share one
    // object: 21 MB less live at the cross-check's peak there. Nothing writes to traits.
    const sharedTraits = new Map<string, MeasureTraits>();
    const traitsOf = (f: Figure): MeasureTraits => {
      const key = traitsKey(f);
      let t = sharedTraits.get(key);
      if (!t) sharedTraits.set(key, (t = measureTraits(f, ids)));
      return t;
    };
    articles.forEach((a, ai) => {
      this.placed.push(a.figures.map((f, fi) => ({
        ref: { article: ai, figure: fi }, figure: f, subject: subjects[ai]![fi]!, abs: Math.abs(f.value), bin: magnitudeBin(f.value), seq: seq++,
        span: periodSpan(f.period), traits: traitsOf(f),
      })));
    });
    this.total = seq;
    this.bySeq = this.placed.flat();
    this.seen = new Uint32Array(seq);
    // Speed (bench): figures are added to their lists in byAbs order, so that every list is born sorted (one
    // sort of the figures instead of one per list, each figure being in up to five), and the lists a figure
    // goes in are worked out once per unit and measure, not spelt out per figure
    this.byValue = this.bySeq.slice().sort(byAbs);
    const pointKeys = new Map<string, Map<string, string[]>>();
    for (const p of this.byValue) {
      const f = p.figure;
      if (isPointFigure(f)) {
        let byMeasure = pointKeys.get(f.unit);
        if (!byMeasure) pointKeys.set(f.unit, (byMeasure = new Map()));
        let keys = byMeasure.get(f.measure);
        if (!keys) byMeasure.set(f.measure, (keys = listsOfPoint(f.unit, f.measure)));
        for (const key of keys) this.points.add(key, p, f.precision);
      } else {
        const kind = unitKind(f.unit);
        this.bounds.add(`${kind}|m|${f.measure}`, p);
        this.bounds.add(`${kind}|b|${p.bin}`, p);
      }
    }
    this.points.seal();
    this.bounds.seal();
  }

  /** Every figure in byAbs order. */
  private readonly byValue: Placed[];

  /** The figure with its value made positive ("fell 9%" against "a 9% drop"), made once. */
  absolute(p: Placed): Figure {
    return (p.twin ??= { ...p.figure, value: Math.abs(p.figure.value) });
  }

  /** Every figure, by unit kind, then measure, then value. */
  inValueOrder(): Placed[] {
    // (the figures already in byAbs order, grouped by kind and measure, groups in the order of their keys)
    const groups = new Map<string, Placed[]>();
    for (const p of this.byValue) {
      const key = `${unitKind(p.figure.unit)}|${p.figure.measure}`;
      const g = groups.get(key);
      if (g) g.push(p);
      else groups.set(key, [p]);
    }
    return [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).flatMap((key) => groups.get(key)!);
  }

  /**
   * The candidates of a figure that come after it in article-then-figure order, in no particular order: their
   * number, the candidates being the first that many of `buffer`, which the next call reuses (Speed, bench: 14
   * million candidates on Reuters-21578; emptying an array by its length gives its storage back).
   */
  after(px: Placed): number {
    // a figure can be in two of the lists searched (a bare count of the measure, and every bare count): once
    const call = ++this.calls;
    const found = this.buffer;
    const size = this.candidates(px);
    // (an article's figures have consecutive seqs: a later figure of another article is one past its last)
    const own = this.placed[px.ref.article]!;
    const lastOwn = own[own.length - 1]!.seq;
    let n = 0;
    for (let i = 0; i < size; i++) {
      const p = found[i]!;
      if (p.seq <= lastOwn || Math.abs(p.bin - px.bin) > 1 || this.seen[p.seq] === call) continue;
      this.seen[p.seq] = call;
      found[n++] = p;
    }
    return n;
  }

  readonly buffer: Placed[] = [];

  /**
   * Every figure of a later article, of the same kind of unit, in the same or a next magnitude bin
   * (BuildOptions.exhaustive): kinds and bins are part of what corroboration means (dollars never back a
   * count, a figure more than a bin away never backs another); the value windows, lists and bisections are not.
   */
  allAfter(px: Placed): number {
    const kind = unitKind(px.figure.unit);
    let n = 0;
    for (const p of this.bySeq) if (p.ref.article > px.ref.article && Math.abs(p.bin - px.bin) <= 1 && unitKind(p.figure.unit) === kind) this.buffer[n++] = p;
    return n;
  }

  private calls = 0;
  private seen: Uint32Array = new Uint32Array(0);

  /** The lists a point of this unit and measure is looked for in, resolved once per unit, measure and size. */
  private readonly searches = new Map<string, Map<string, [PointSearch | undefined, PointSearch | undefined]>>();

  private pointSearch(unit: string, measure: string, large: boolean): PointSearch {
    let byMeasure = this.searches.get(unit);
    if (!byMeasure) this.searches.set(unit, (byMeasure = new Map()));
    let bySize = byMeasure.get(measure);
    if (!bySize) byMeasure.set(measure, (bySize = [undefined, undefined]));
    const i = large ? 1 : 0;
    let search = bySize[i];
    if (search) return search;
    const kind = unitKind(unit);
    const keys = unit === 'count'
      ? [`${kind}|c|${measure}`, `${kind}|u|${measure}`, ...(large ? [`${kind}|u*`] : [])]
      // a count of something else ("cts", "year") meets other measures only when one side is generic
      : kind === 'count' && !GENERIC_MEASURES.has(measure)
        ? [`${kind}|c|${measure}`, `${kind}|u|${measure}`, ...[...GENERIC_MEASURES].filter((g) => g !== measure).map((g) => `${kind}|u|${g}`)]
        : [`${kind}|u*`, `${kind}|c|${measure}`];
    // a large bare count echoes a counted figure whatever either's measure (measuresCompatible's bareEcho),
    // so a counted figure meets every bare count as a bare count meets every counted figure (u*)
    if (unit !== 'count' && large) keys.push(`${kind}|bare`);
    // people counted under any people noun meet each other (measuresCompatible)
    if (PEOPLE.has(unit) || HUMAN.has(unit)) keys.push(`${kind}|people`);
    // a duration named by what lasted meets the bare duration (measuresCompatible)
    if (TIME.test(unit)) keys.push(`${kind}|time|${unit}`);
    const points: PointSearch['points'] = [];
    for (const key of keys) {
      for (const [precision, run] of this.points.exactLists.get(key) ?? NONE) points.push([precision, run, false]);
      for (const [precision, run] of this.points.approxLists.get(key) ?? NONE) points.push([precision, run, true]);
    }
    search = { points, bounds: this.bounds.lists.get(`${kind}|m|${measure}`) };
    bySize[i] = search;
    return search;
  }

  private candidates(px: Placed): number {
    const fx = px.figure;
    const kind = unitKind(fx.unit);
    const found = this.buffer;
    let size = 0;
    // after() keeps only figures of later articles. Lists are sorted by value, then in article-then-figure
    // order, so among equal values the figures of this and earlier articles come first and are skipped by
    // bisection: an article repeating one value thousands of times ("12%" in a table) made this quadratic.
    const own = this.placed[px.ref.article]!;
    const lastOwn = own[own.length - 1]!.seq;
    // ±25% of the larger value, as absolute values
    const wideLo = px.abs * 0.75 * (1 - 1e-9);
    const wideHi = (px.abs / 0.75) * (1 + 1e-9);
    // (no closures here: three were made per figure; sampled on Reuters-21578, candidates allocated 100 MB
    // with them and 78–82 MB without)
    if (isPointFigure(fx)) {
      const search = this.pointSearch(fx.unit, fx.measure, px.abs >= BARE_ECHO_MIN);
      const approx = fx.bound === 'approx';
      for (const [precision, run, ofApprox] of search.points) {
        // compareValues' tolerance, bounded with the other value at most this far away: half a step (plus
        // compareValues' 1e-9 of the larger value) between exact points, 2.5% more when either is approximate
        const d = approx || ofApprox
          ? ((Math.max(fx.precision, precision) * 0.5 + 0.026 * px.abs) / 0.974) * (1 + 1e-9) + 1e-12
          : ((Math.max(fx.precision, precision) * 0.5 + 2e-9 * px.abs) / (1 - 2e-9)) * (1 + 1e-9) + 1e-12;
        size = takeBetween(run, px.abs - d, px.abs + d, lastOwn, found, size);
      }
      size = takeBetween(search.bounds, wideLo, wideHi, lastOwn, found, size);
    } else {
      size = takeBetween(this.points.lists.get(`${kind}|m|${fx.measure}`), wideLo, wideHi, lastOwn, found, size);
      for (const b of [px.bin, px.bin - 1, px.bin + 1]) for (const p of this.bounds.lists.get(`${kind}|b|${b}`)?.items ?? []) found[size++] = p;
    }
    return size;
  }
}

/**
 * Appends to `found` from `size` on the figures of `run` whose value lies in [lo, hi] and whose seq is past
 * `lastOwn`; returns the new size.
 */
function takeBetween(run: Run | undefined, lo: number, hi: number, lastOwn: number, found: Placed[], size: number): number {
  if (!run) return size;
  const list = run.items;
  for (let i = firstAtLeast(run, lo); i < list.length && list[i]!.abs <= hi;) {
    const p = list[i]!;
    if (p.seq <= lastOwn) {
      i = firstLaterThan(list, p.abs, lastOwn, i);
      continue;
    }
    found[size++] = p;
    i++;
  }
  return size;
}

/** Pairs of numbers in two growing typed arrays. */
class PairList {
  first: Int32Array = new Int32Array(1024);
  second: Int32Array = new Int32Array(1024);
  size = 0;
  add(a: number, b: number): void {
    if (this.size === this.first.length) {
      const grow = (old: Int32Array): Int32Array => {
        const next = new Int32Array(old.length * 2);
        next.set(old);
        return next;
      };
      this.first = grow(this.first);
      this.second = grow(this.second);
    }
    this.first[this.size] = a;
    this.second[this.size++] = b;
  }
}

const POINT = 1;
const APPROX = 2;
const CHANGE = 4;
const SHARE = 8;
const SPAN = 16;
const GENERIC = 32;

/**
 * What the pair tests of buildIndex read of each figure, as columns indexed by seq (Speed, bench: the tests
 * ran over 10 million candidate pairs on Reuters-21578, reading each from its figure object, its period and
 * its traits scattered over the heap; the columns are a few megabytes read in order). Subjects are numbered,
 * with whether each names a person.
 */
function figureColumns(neighbours: FigureNeighbours, entityTypes: Map<string, string>) {
  const n = neighbours.total;
  const cols = {
    value: new Float64Array(n), abs: new Float64Array(n), precision: new Float64Array(n), flags: new Uint8Array(n),
    lo: new Float64Array(n), hi: new Float64Array(n), measure: new Int32Array(n), subject: new Int32Array(n),
    person: [] as boolean[], names: [] as string[],
  };
  const ids = new Map<string, number>();
  for (const p of neighbours.bySeq) {
    const f = p.figure;
    const i = p.seq;
    cols.value[i] = f.value;
    cols.abs[i] = p.abs;
    cols.precision[i] = f.precision;
    cols.flags[i] = (isPointFigure(f) ? POINT : 0) | (f.bound === 'approx' ? APPROX : 0) | (f.change ? CHANGE : 0) | (f.share ? SHARE : 0) |
      (p.span ? SPAN : 0) | (p.traits.generic ? GENERIC : 0);
    if (p.span) [cols.lo[i], cols.hi[i]] = p.span;
    cols.measure[i] = p.traits.measure;
    let id = -1;
    if (p.subject) {
      id = ids.get(p.subject) ?? -1;
      if (id < 0) {
        ids.set(p.subject, (id = cols.names.length));
        cols.names.push(p.subject);
        cols.person.push(entityTypes.get(p.subject) === 'person');
      }
    }
    cols.subject[i] = id;
  }
  return cols;
}

export interface BuildOptions {
  /**
   * Test every pair of figures of different articles instead of the candidate search's: the oracle the
   * search is tested against (test/corroboration-search.test.ts); quadratic, never used by a run.
   */
  exhaustive?: boolean;
}

export function buildIndex(articles: ArticleAnalysis[], opts: BuildOptions = {}): CorpusIndex {
  const aliases = buildAliasMap(articles);
  const stories = findStories(articles);
  const subjects = articles.map((a) => a.figures.map((f) => canonical(aliases, f.subject)));
  const entityTypes = new Map<string, string>();
  for (const a of articles) for (const e of a.entities) {
    const c = canonical(aliases, e.name)!;
    if (!entityTypes.has(c) || entityTypes.get(c) === 'other') entityTypes.set(c, e.type);
  }
  const corroboration: Corroboration[][] = articles.map((a) => a.figures.map(() => ({ by: [], independent: 0, reprints: 0, weak: false })));
  // keyword topic signal, used to let a bare "12%" echo a "12% pay demand" in a story on the same subject:
  // worked out with the rest of each article's own data (where that runs in parallel), or here from the text
  // of an analysis made without them; each article's words once (a hand-made list may repeat one)
  // Speed (bench): each keyword set also as sorted word ids, so the topic test of a pair is a merge of two
  // short arrays (keywordIdsOverlap, keywordTopicTest) instead of a memo of every pair seen, which
  // overflowed a Map (2^24 keys) on Reuters.
  // (words are numbered first, and commonIn's test made on the numbers; a word an article repeats is left out
  // by remembering the last article that had it, rather than by a Set per article: 19,044 Sets of garbage on
  // Reuters-21578)
  const wordIds = new Map<string, number>();
  const lastArticleOf: number[] = [];
  const numbered = articles.map((a, ai) => {
    const ids: number[] = [];
    for (const w of a.keywords ?? keywordsOf(a.text)) {
      let id = wordIds.get(w);
      if (id === undefined) {
        wordIds.set(w, (id = wordIds.size));
        lastArticleOf.push(-1);
      }
      if (lastArticleOf[id] === ai) continue;
      lastArticleOf[id] = ai;
      ids.push(id);
    }
    return Int32Array.from(ids);
  });
  const articlesWith = new Int32Array(wordIds.size);
  for (const ids of numbered) for (const id of ids) articlesWith[id]!++;
  const limit = commonLimit(articles.length);
  const keywordIds = numbered.map((ids) => ids.filter((id) => articlesWith[id]! <= limit).sort());
  const keywordTopic = keywordTopicTest(keywordIds, wordIds.size);
  const sameTopicQuick = (a: number, b: number): boolean =>
    a === b || stories.storyOf[a] === stories.storyOf[b] || keywordTopic(a, b);
  // figures on one scale per quantity ("three days" and "72 hours"), for comparison only
  const scaled = articles.map((a) => (a.figures.some((f) => onCommonScale(f) !== f) ? { ...a, figures: a.figures.map(onCommonScale) } : a));
  const neighbours = new FigureNeighbours(scaled, subjects);
  // Speed (bench): every test below is symmetric in the two figures, and the candidate search finds each
  // passing pair from both sides (its windows bound what the tests accept), so each pair is tested once, from
  // the figure earlier in article-then-figure order, and recorded on both sides; each figure's list is then
  // put in the candidate search's order (own bin, bin below, bin above; then article and figure order).
  // (each pair found is kept once, in typed arrays, as the earlier figure's seq and the later one's, times two,
  // plus one when the values are equal, then counted out to both figures below: two million pairs on
  // Reuters-21578; an object per pair, then an array per figure grown by pushing, kept the garbage collector busy
  // and took a hundred megabytes more at the peak)
  const found = new PairList();
  // Speed (bench): figures taken in order of value within each measure, so that consecutive figures search
  // the same stretches of the same lists while they are in the processor's cache (article order was 40%
  // slower on Reuters-21578). The order changes nothing: each list is sorted below.
  const { value, abs, precision, flags, lo, hi, measure, subject, person, names } = figureColumns(neighbours, entityTypes);
  for (const px of neighbours.inValueOrder()) {
    const xs = px.seq;
    const xa = px.ref.article;
    const fx = px.figure;
    const sx = px.subject;
    const xf = flags[xs]!;
    const xsub = subject[xs]!;
    // (made once per figure, not once per pair)
    let ya = -1;
    let sy: string | null = null;
    const sameSubjectOrTopic = (): boolean => (sx !== null && sx === sy) || sameTopicQuick(xa, ya);
    const candidates = opts.exhaustive ? neighbours.allAfter(px) : neighbours.after(px);
    for (let c = 0; c < candidates; c++) {
      const py = neighbours.buffer[c]!;
      const ys = py.seq;
      const yf = flags[ys]!;
      // Corroboration is blocked only by two different named people ("Bergqvist's 22% stake" and "Lindqvist's
      // 22% stake"). The subject of a figure is the nearest name in its sentence, and for organisations and
      // places that is as often where something happened, who said it or who the story is about as whose
      // figure it is: blocking on two different organisations lost more true corroborations ("11 people
      // injured" near "Tamarack Curve" in one article and near "Keystone Northern" in another) than it
      // prevented false ones on the labelled sets.
      const ysub = subject[ys]!;
      if (xsub !== ysub && xsub >= 0 && ysub >= 0 && person[xsub] && person[ysub] && !subjectsCompatible(names[xsub]!, names[ysub]!)) continue;
      // Speed (bench): the cheap value and period tests run before measuresCompatible, whose topic test is
      // the costly one; every test is a pure filter, so the order changes no result.
      if (xf & yf & SPAN && !(lo[xs]! <= hi[ys]! && lo[ys]! <= hi[xs]!)) continue;
      // a change ("rose 12%") and a level ("12% of the vote") say the same only of one stated measure
      const changes = (xf & CHANGE) !== (yf & CHANGE);
      if (changes && ((xf & CHANGE ? yf : xf) & SHARE) !== 0 && measure[xs] !== measure[ys]) continue;
      // "fell 9%" and "a 9 percent drop": a change and a level of the same size say the same thing
      let agree: Agreement;
      if (xf & yf & POINT) {
        agree = pointsEqual(changes ? abs[xs]! : value[xs]!, precision[xs]!, changes ? abs[ys]! : value[ys]!, precision[ys]!, ((xf | yf) & APPROX) !== 0) ? 'equal' : 'conflict';
      } else {
        const fy = py.figure;
        // Speed (bench): the absolute twins are made once per figure (absolute()), not twice per pair
        agree = changes ? compareValues(neighbours.absolute(px), neighbours.absolute(py)) : compareValues(fx, fy);
      }
      if (agree === 'conflict') continue;
      // a bound supports a value only for the same stated measure, and only when the two are close
      // ("more than 30 countries" and 32, not "up to 70 mph" and 64 homes)
      if (agree === 'consistent' && (measure[xs] !== measure[ys] || (xf & GENERIC) !== 0 || Math.abs(value[xs]! - value[ys]!) > 0.25 * Math.max(abs[xs]!, abs[ys]!))) continue;
      sy = py.subject;
      ya = py.ref.article;
      if (!measuresCompatible(fx, py.figure, px.traits, py.traits, sameSubjectOrTopic)) continue;
      const equal = agree === 'equal' ? 1 : 0;
      found.add(xs, ys * 2 + equal);
    }
  }
  const total = neighbours.total;
  // (read by seq from columns: the figure objects are scattered over the heap)
  const binOfSeq = Int32Array.from(neighbours.bySeq, (p) => p.bin);
  const storyOfSeq = Int32Array.from(neighbours.bySeq, (p) => stories.storyOf[p.ref.article]!);
  // (story ids are article indexes)
  const strongMark = new Uint32Array(articles.length);
  const weakMark = new Uint32Array(articles.length);
  const weakStories: number[] = [];
  let storyCall = 0;
  // each figure's pairs, as the other figure's seq times two plus one when equal: figure s has those from
  // offsets[s] to offsets[s + 1] in `other`
  const offsets = new Int32Array(total + 1);
  for (let i = 0; i < found.size; i++) {
    offsets[found.first[i]! + 1]!++;
    offsets[(found.second[i]! >> 1) + 1]!++;
  }
  let most = 0;
  for (let s = 0; s < total; s++) {
    most = Math.max(most, offsets[s + 1]!);
    offsets[s + 1]! += offsets[s]!;
  }
  const keyBuffer = new Float64Array(most);
  const other = new Int32Array(offsets[total]!);
  const fill = offsets.slice(0, total);
  for (let i = 0; i < found.size; i++) {
    const xs = found.first[i]!;
    const ys = found.second[i]! >> 1;
    const equal = found.second[i]! & 1;
    other[fill[xs]!++] = found.second[i]!;
    other[fill[ys]!++] = xs * 2 + equal;
  }
  for (let seq = 0; seq < total; seq++) {
    const from = offsets[seq]!;
    const count = offsets[seq + 1]! - from;
    if (count === 0) continue;
    const px = neighbours.bySeq[seq]!;
    // the candidate search's order (own bin, bin below, bin above; then article and figure order), as one
    // number per pair so that a typed array sorts them (a view of one buffer: an array per figure was 113,000
    // allocations on Reuters-21578)
    const keys = keyBuffer.subarray(0, count);
    const xb = binOfSeq[seq]!;
    for (let i = 0; i < count; i++) {
      const pair = other[from + i]!;
      const ys = pair >> 1;
      const yb = binOfSeq[ys]!;
      keys[i] = ((yb === xb ? 0 : yb === xb - 1 ? 1 : 2) * total + ys) * 2 + (pair & 1);
    }
    keys.sort();
    const ai = px.ref.article;
    const ownStory = storyOfSeq[seq]!;
    const c = corroboration[ai]![px.ref.figure]!;
    // distinct stories backing the figure with an equal value (strong) and only with a bound (weak), counted
    // with marks per story instead of two sets per figure (Speed, bench: 200 MB of garbage on Reuters-21578)
    const mark = ++storyCall;
    let strong = 0;
    let weakOnly = 0;
    weakStories.length = 0;
    // (made at its length, not grown)
    const by: FigureRef[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      const ys = Math.floor(key / 2) % total;
      by[i] = neighbours.bySeq[ys]!.ref;
      const story = storyOfSeq[ys]!;
      if (story === ownStory) c.reprints++;
      else if (key % 2 === 1) {
        if (strongMark[story] !== mark) {
          strongMark[story] = mark;
          strong++;
        }
      } else if (weakMark[story] !== mark) {
        weakMark[story] = mark;
        weakStories.push(story);
      }
    }
    for (const story of weakStories) if (strongMark[story] !== mark) weakOnly++;
    c.by = by;
    c.independent = strong + weakOnly;
    c.weak = strong === 0 && weakOnly > 0;
  }
  const entitySets = articles.map((a) => new Set(a.entities.filter((e) => e.type !== 'other').map((e) => canonical(aliases, e.name)!)));
  const mainEntity = articles.map((a) => {
    const top = a.entities.filter((e) => e.type !== 'other').sort((x, y) => y.mentions - x.mentions)[0];
    return top && top.mentions >= 2 ? canonical(aliases, top.name) : null;
  });
  const commonEntities = commonIn(entitySets, articles.length);
  return { aliases, stories, subjects, corroboration, entitySets, mainEntity, entityTypes, keywordIds, commonEntities };
}
