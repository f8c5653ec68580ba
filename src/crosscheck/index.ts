/**
 * The corpus index: every figure, claim and dated event keyed by what it is about, so that comparison
 * happens only inside a key's bucket and the cost grows with the number of figures, not with pairs of
 * articles.
 */
import type { ArticleAnalysis, Figure } from '../types.js';
import { buildAliasMap, canonical, type AliasMap } from './aliases.js';
import { compareValues, periodsOverlap } from './compatible.js';
import { findStories, type Stories } from './stories.js';

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
  figureBuckets: Map<string, FigureRef[]>;
  corroboration: Corroboration[][];
  /** Canonical names of the people, organisations and places each article mentions. */
  entitySets: Array<Set<string>>;
  /** The most-mentioned named entity of each article, its main subject. */
  mainEntity: Array<string | null>;
  /** Entity type by canonical name, from the articles that name it. */
  entityTypes: Map<string, string>;
  /** Each article's most frequent content words: a topic signal that needs no named entities. */
  keywords: Array<Set<string>>;
}

const STOPWORDS = new Set(('about above after again against also although among another because been before being below between both ' +
  'could did does doing down during each even every from further had has have having here however into its itself just last ' +
  'like made make many more most much must never next night only other over said same says should since some such than that ' +
  'their them then there these they this those through under until very week were what when where which while will with ' +
  'would year years your told according people time first second new one two three four five six seven eight nine ten ' +
  'percent cent million billion thousand monday tuesday wednesday thursday friday saturday sunday').split(' '));
const KEYWORDS = 40;

export function keywordsOf(text: string): Set<string> {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) {
    if (STOPWORDS.has(w)) continue;
    const k = w.replace(/(?:ies|es|s)$/, '');
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, KEYWORDS);
  return new Set(top.map(([w]) => w));
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
  const ma = index.mainEntity[a];
  const mb = index.mainEntity[b];
  if ((ma && eb.has(ma)) || (mb && ea.has(mb))) return true;
  let shared = 0;
  for (const e of ea) if (eb.has(e) && ++shared >= 2) return true;
  return keywordOverlap(index.keywords[a]!, index.keywords[b]!);
}

function keywordOverlap(ka: Set<string>, kb: Set<string>): boolean {
  let common = 0;
  for (const w of ka) if (kb.has(w)) common++;
  return common >= Math.max(5, Math.min(ka.size, kb.size) * 0.15);
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

export function figureKey(unit: string, value: number): string {
  return `${unitKind(unit)}|${magnitudeBin(value)}`;
}

/**
 * Measures agree when equal, when one is only generic ("percentage", "amount"), or, for amounts and rates,
 * when the cue words around the two figures suggest a measure in common ("a £212m net revenue budget" and
 * "a 212 million pound budget").
 */
export function measuresCompatible(a: Figure, b: Figure, sameSubject: boolean): boolean {
  if (a.measure === b.measure) return a.measure !== 'count' || sameSubject;
  // a bare "12%" or "£3.2m" says nothing of what it measures: it can only echo a figure about the same
  // subject or story; a bare count ("64") echoes nothing but the same count
  if (a.unit === 'count' || b.unit === 'count') return false;
  if (GENERIC_MEASURES.has(a.measure) || GENERIC_MEASURES.has(b.measure)) return sameSubject;
  if (unitKind(a.unit) === 'count') return false;
  const cb = new Set(b.cues);
  return a.cues.some((c) => cb.has(c));
}

const SUBJECT_STOP = new Set(['the', 'of', 'and', 'for', 'new', 'city', 'group', 'inc', 'ltd', 'plc', 'corp', 'company', 'council', 'united', 'national', 'state']);
function subjectWords(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !SUBJECT_STOP.has(w));
}

/**
 * For corroboration the subject is a hint, not a gate: texts name the same subject differently ("Bank of
 * England", "the Bank", "Bank Rate"). Two stated subjects block only when they share no significant word.
 */
/**
 * Corroboration is blocked only by two different named actors (organisations or people): a place in the
 * sentence ("in London", a dateline) is more often where something happened than what a figure is about.
 */
export function actorsCompatible(a: string | null, b: string | null, types: Map<string, string>): boolean {
  if (!a || !b || a === b) return true;
  const actor = (x: string): boolean => types.get(x) === 'organization' || types.get(x) === 'person';
  if (!actor(a) || !actor(b)) return true;
  return subjectsCompatible(a, b);
}

export function subjectsCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return true;
  const wa = subjectWords(a);
  const wb = new Set(subjectWords(b));
  if (wa.length === 0 || wb.size === 0) return a.split(' ')[0] === b.split(' ')[0];
  return wa.some((w) => wb.has(w));
}

export function buildIndex(articles: ArticleAnalysis[]): CorpusIndex {
  const aliases = buildAliasMap(articles);
  const stories = findStories(articles);
  const subjects = articles.map((a) => a.figures.map((f) => canonical(aliases, f.subject)));
  const figureBuckets = new Map<string, FigureRef[]>();
  articles.forEach((a, ai) =>
    a.figures.forEach((f, fi) => {
      const k = figureKey(f.unit, f.value);
      let b = figureBuckets.get(k);
      if (!b) figureBuckets.set(k, (b = []));
      b.push({ article: ai, figure: fi });
    }),
  );
  const entityTypes = new Map<string, string>();
  for (const a of articles) for (const e of a.entities) {
    const c = canonical(aliases, e.name)!;
    if (!entityTypes.has(c) || entityTypes.get(c) === 'other') entityTypes.set(c, e.type);
  }
  const corroboration: Corroboration[][] = articles.map((a) => a.figures.map(() => ({ by: [], independent: 0, reprints: 0, weak: false })));
  // keyword topic signal, computed once per article; used to let a bare "12%" echo a "12% pay demand" in a
  // story on the same subject
  const keywords = articles.map((a) => keywordsOf(a.text));
  const topicMemo = new Map<number, boolean>();
  const sameTopicQuick = (a: number, b: number): boolean => {
    if (a === b || stories.storyOf[a] === stories.storyOf[b]) return true;
    const k = Math.min(a, b) * articles.length + Math.max(a, b);
    let v = topicMemo.get(k);
    if (v === undefined) {
      v = keywordOverlap(keywords[a]!, keywords[b]!);
      topicMemo.set(k, v);
    }
    return v;
  };
  for (const [key, own] of figureBuckets) {
    const [kind, binText] = key.split('|') as [string, string];
    const bin = Number(binText);
    // compare with this bin and its neighbours, where rounding and bounds can put an agreeing value
    const bucket = [...own, ...(figureBuckets.get(`${kind}|${bin - 1}`) ?? []), ...(figureBuckets.get(`${kind}|${bin + 1}`) ?? [])];
    if (bucket.length < 2) continue;
    // Robustness guard: the bucket lists figures article by article, so an article's own figures form runs
    // that are stepped over in one go (one article with 40,000 figures in one bin was quadratic).
    const runEnd = new Array<number>(bucket.length);
    for (let i = bucket.length - 1; i >= 0; i--) {
      runEnd[i] = i + 1 < bucket.length && bucket[i + 1]!.article === bucket[i]!.article ? runEnd[i + 1]! : i + 1;
    }
    for (const x of own) {
      const fx = articles[x.article]!.figures[x.figure]!;
      const sx = subjects[x.article]![x.figure]!;
      const ownStory = stories.storyOf[x.article]!;
      const strong = new Set<number>();
      const weak = new Set<number>();
      const c = corroboration[x.article]![x.figure]!;
      for (let yi = 0; yi < bucket.length; yi++) {
        const y = bucket[yi]!;
        if (y.article === x.article) {
          yi = runEnd[yi]! - 1;
          continue;
        }
        const fy = articles[y.article]!.figures[y.figure]!;
        const sy = subjects[y.article]![y.figure]!;
        if (!actorsCompatible(sx, sy, entityTypes)) continue;
        if (!measuresCompatible(fx, fy, (sx !== null && sx === sy) || sameTopicQuick(x.article, y.article))) continue;
        if (!periodsOverlap(fx.period, fy.period)) continue;
        // a change ("rose 12%") and a level ("12% of the vote") say the same only of one stated measure
        if (fx.change !== fy.change && (fx.change ? fy : fx).share && fx.measure !== fy.measure) continue;
        const agree = fx.change !== fy.change ? compareValues({ ...fx, value: Math.abs(fx.value) }, { ...fy, value: Math.abs(fy.value) }) : compareValues(fx, fy);
        if (agree === 'conflict') continue;
        // a bound supports a value only for the same stated measure, and only when the two are close
        // ("more than 30 countries" and 32, not "up to 70 mph" and 64 homes)
        if (agree === 'consistent' && (fx.measure !== fy.measure || GENERIC_MEASURES.has(fx.measure) || Math.abs(fx.value - fy.value) > 0.25 * Math.max(Math.abs(fx.value), Math.abs(fy.value)))) continue;
        c.by.push(y);
        const story = stories.storyOf[y.article]!;
        if (story === ownStory) c.reprints++;
        else (agree === 'equal' ? strong : weak).add(story);
      }
      for (const s of strong) weak.delete(s);
      c.independent = strong.size + weak.size;
      c.weak = strong.size === 0 && weak.size > 0;
    }
  }
  const entitySets = articles.map((a) => new Set(a.entities.filter((e) => e.type !== 'other').map((e) => canonical(aliases, e.name)!)));
  const mainEntity = articles.map((a) => {
    const top = a.entities.filter((e) => e.type !== 'other').sort((x, y) => y.mentions - x.mentions)[0];
    return top && top.mentions >= 2 ? canonical(aliases, top.name) : null;
  });
  return { aliases, stories, subjects, figureBuckets, corroboration, entitySets, mainEntity, entityTypes, keywords };
}
