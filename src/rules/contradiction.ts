import { canonical } from '../crosscheck/aliases.js';
import { compareValues, samePeriod } from '../crosscheck/compatible.js';
import {
  CASUALTY, actionOf, datedApart, differentYears, isSuperseded, ownDaysApart, distinctParticipants, isConversion, isNumberFragment, isTally, isUpdate, participants, storyYear, yearsNamed,
} from '../crosscheck/occasion.js';
import { GENERIC_MEASURES, sameTopicOf, subjectsCompatible, topicNeighbours, unitKind, type FigureRef } from '../crosscheck/index.js';
import { sortedHas } from '../crosscheck/sorted.js';
import type { ArticleAnalysis, Figure, Finding, Location } from '../types.js';
import type { Rule, RuleContext } from './types.js';
import { findingAt, locationOf, relatedOf } from './types.js';
import { containsWord } from '../text/names.js';
import { table } from '../text/table.js';
import { VERB_FORMS } from '../text/verbs.js';

/** One statement in a conflict group: where it is and which side (value, polarity, date) it takes. */
interface Item {
  article: number;
  side: string;
  start: number;
  end: number;
  sentence: number;
  describe: string;
  subject?: string | null;
}

/** A statement of a figure; `figure` is the article figure its side stands for. */
interface FigureItem extends Item {
  figure: number;
}

/**
 * Turns a group of statements about one thing into findings: one per (article, side) that conflicts with
 * some other side, placed on that side's first statement and listing the first statement of every
 * conflicting side elsewhere.
 */
function emit(
  ctx: RuleContext, items: Item[], conflicts: (a: Item, b: Item) => boolean, message: (self: Item, others: Item[]) => string,
  data: Record<string, unknown>,
  /**
   * Speed (bench): the reps that can conflict with a rep, as indexes into `reps`, when a necessary condition
   * of `conflicts` narrows them (every other rep is tested when absent). Must include every rep `conflicts`
   * could accept; the order of the result does not matter.
   */
  candidates?: (reps: Item[]) => (r: number) => Iterable<number>,
): Finding[] {
  const sides = new Map<string, Item>();
  for (const it of items) {
    const k = `${it.article}\u0000${it.side}`;
    const cur = sides.get(k);
    if (!cur || it.start < cur.start) sides.set(k, it);
  }
  const reps = [...sides.values()].sort((a, b) => a.article - b.article || a.start - b.start);
  const out: Finding[] = [];
  const near = candidates?.(reps);
  // (a stamp per rep dedupes a rep's candidates, and a typed array sorts them: a Set and a sort with a
  // comparator over thousands of candidates per rep were half of the rule's time on large groups)
  const stamp = new Uint32Array(reps.length);
  let call = 0;
  const candidatesOf = (ri: number): Item[] => {
    const ids: number[] = [];
    call++;
    for (const i of near!(ri)) {
      if (stamp[i] === call) continue;
      stamp[i] = call;
      ids.push(i);
    }
    return Array.from(Int32Array.from(ids).sort(), (i) => reps[i]!);
  };
  reps.forEach((r, ri) => {
    if (ctx.reportOn && !ctx.reportOn.has(r.article)) return;
    // (candidates in rep order, so the others are listed as a scan of every rep would list them)
    const pool = near ? candidatesOf(ri) : reps;
    const others = pool.filter((o) => o !== r && !(o.article === r.article && o.sentence === r.sentence) && conflicts(r, o));
    if (others.length === 0) return;
    const a = ctx.articles[r.article]!;
    const related: Location[] = relatedOf(others, (o) => locationOf(ctx.articles[o.article]!, o.start, o.end));
    out.push(findingAt(a, 'contradiction', 'error', message(r, others), r.start, r.end, related, data, others.length));
  });
  return out;
}

/**
 * Units a subject has many values of in one story: scoring tallies of a game (points, yards, goals), sizes of
 * product variants ("13-inch", "15-inch"), distances, which are measured from many places ("50 miles from
 * Manokwari", "22 miles from the coast"), and masses and volumes, which a commodities story gives for every
 * cargo, sale and harvest (comparing tonnes added 960 findings on Reuters-21578, nearly all two different
 * cargoes; it found one held-out contradiction, "40 tonnes" and "65 tonnes" of one stock of toluene).
 * Two different values of these are not a contradiction.
 */
const MANY_VALUED = /^(?:point|yard|goal|run|shot|rebound|assist|touchdown|lap|wicket|over|inning|basket|save|tackle|pass|game|season|homer|home run|rbi|punch|bout|fight|win|victory|loss|defeat|streak|carry|catch|hit|start|appearance|cap|time|inch|foot|mile|metre|meter|kilometre|kilometer|cm|mm|km|kg|mb|gb|tb|ghz|mhz|pound|ounce|ton|tonne|gallon|litre|liter|barrel|word|page|minute|second|halftime|round|magazine|caliber|calibre|ratio|margin)$/;

const CONTEXT_STOP = new Set(['the', 'and', 'for', 'with', 'that', 'this', 'from', 'was', 'were', 'are', 'has', 'had', 'have', 'its', 'their', 'his', 'her', 'said', 'says', 'about', 'more', 'than', 'some', 'over', 'into', 'after', 'before', 'will', 'would', 'could', 'been', 'also', 'per', 'cent', 'percent', 'million', 'billion', 'thousand']);

/** Content words around a figure, within its sentence: what the number is said about. */
function contextWords(a: ArticleAnalysis, start: number, end: number, sentence: number): Set<string> {
  const s = a.sentences[sentence];
  const from = Math.max(s ? s.start : 0, start - 50);
  const to = Math.min(s ? s.end : a.text.length, end + 50);
  const words = (a.text.slice(from, start) + ' ' + a.text.slice(end, to)).toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  return new Set(words.filter((w) => !CONTEXT_STOP.has(w)).map((w) => VERB_FORMS[w] ?? w.replace(/s$/, '')));
}

function contextSimilarity(articles: ArticleAnalysis[], a: Item, b: Item): number {
  const ca = contextWords(articles[a.article]!, a.start, a.end, a.sentence);
  const cb = contextWords(articles[b.article]!, b.start, b.end, b.sentence);
  const shared = sharedContext(ca, cb);
  return shared / Math.max(1, ca.size + cb.size - shared);
}

function sharedContext(x: Set<string>, y: Set<string>): number {
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return n;
}

/**
 * When one side names its subject and the other does not, the unnamed side can only be about that subject
 * if its article mentions it ("North Somerset Council's budget was rejected" vs Bristol's "the budget was
 * approved" is two budgets).
 */
function namedIn(index: RuleContext['index'], subject: string, article: number, articles?: ArticleAnalysis[]): boolean {
  if (index.entitySets[article]!.has(subject) || index.mainEntity[article] === subject) return true;
  // "Bristol City Council" in one article, only "Bristol" in the other
  for (const e of index.entitySets[article]!) if (subjectsCompatible(e, subject)) return true;
  // the entity finder can miss a name it sees once, at the start of a sentence ("Benfica denied reports…"):
  // the name written out in the article still says who the article is about
  if (articles === undefined) return false;
  if (writtenIn(articles[article]!.text, subject)) return true;
  // ("Ferreira deal: everything we know" names "Tomás Ferreira" by his surname)
  const last = subject.split(/\s+/).pop()!;
  return index.entityTypes.get(subject) === 'person' && subject.includes(' ') && /^\p{Lu}\p{L}{3,}$/u.test(last) && writtenIn(articles[article]!.text, last);
}

function writtenIn(text: string, name: string): boolean {
  if (name.length < 3) return false;
  return containsWord(text, name);
}

function subjectsAgree(index: RuleContext['index'], a: Item, b: Item, articles: ArticleAnalysis[]): boolean {
  const sa = a.subject ?? null;
  const sb = b.subject ?? null;
  if (sa && sb) return subjectsCompatible(sa, sb);
  if (sa || sb) return namedIn(index, (sa ?? sb)!, sa ? b.article : a.article, articles);
  return true;
}

/** What a figure's sentence says about the occasion it counts (see crosscheck/occasion.ts). */
interface SentenceFacts {
  text: string;
  tally: boolean;
  update: boolean;
  years: Set<number>;
  participants: Set<string>;
}

function sentenceFacts(a: ArticleAnalysis, f: Figure): SentenceFacts {
  const s = a.sentences[f.sentence];
  const text = s ? a.text.slice(s.start, s.end) : a.text.slice(f.start, f.end);
  // the figure's own digits are not a year it names ("2024 votes")
  const rest = s ? a.text.slice(s.start, f.start) + ' ' + a.text.slice(f.end, s.end) : '';
  return { text, tally: isTally(text), update: isUpdate(a, f), years: yearsNamed(rest), participants: participants(a, text) };
}

/** Figures of one measure in one article beyond which they are a series or a table, not competing values. */
const MAX_SERIES = 50;

function lineOf(a: ArticleAnalysis, offset: number): number {
  let lo = 0;
  let hi = a.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

const TIME_UNIT = /^(?:second|minute|hour|day|week|month|year|decade|season|night|time)s?$/;

/** Within a factor of 2.5 of each other, as two reports of one figure usually are. */
function near(x: number, y: number): boolean {
  const [lo, hi] = [Math.min(Math.abs(x), Math.abs(y)), Math.max(Math.abs(x), Math.abs(y))];
  return lo > 0 && hi / lo <= 2.5;
}

/** The first few other sides in a message; `related` lists the places (up to MAX_LISTED) for tools. */
const NAMED_IN_MESSAGE = 3;
function listOthers(others: Item[], say: (o: Item) => string): string {
  const named = others.slice(0, NAMED_IN_MESSAGE).map(say).join(', ');
  return others.length > NAMED_IN_MESSAGE ? `${named} and ${others.length - NAMED_IN_MESSAGE} more` : named;
}

function where(ctx: RuleContext, self: Item, o: Item): string {
  return o.article === self.article ? 'elsewhere in this article' : ctx.articles[o.article]!.path;
}

function numeric(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const { articles, index } = ctx;
  const sameTopic = sameTopicOf(index);
  const neighbours = topicNeighbours(index);
  // (read once per article: the pair test below asks for it millions of times on a wire archive)
  const storyYears = articles.map(storyYear);
  // Conflicting values can be far apart, so groups are keyed by kind, subject and measure, not by magnitude.
  const bySubject = new Map<string, FigureRef[]>();
  articles.forEach((a, ai) => a.figures.forEach((f, fi) => {
    if (f.change || f.comparison || GENERIC_MEASURES.has(f.measure) || MANY_VALUED.test(f.unit)) return;
    if (isNumberFragment(a, f) || isConversion(a, f) || isSuperseded(a, f)) return;
    // ages differ between people: only the same named person can have two contradicting ages
    if (f.measure === 'age' && !index.subjects[ai]![fi]) return;
    const k = `${unitKind(f.unit)}\u0000${f.measure}`;
    let g = bySubject.get(k);
    if (!g) bySubject.set(k, (g = []));
    g.push({ article: ai, figure: fi });
  }));
  {
    for (const [k, all] of [...bySubject.entries()].sort()) {
      const [, measure] = k.split('\u0000') as [string, string];
      // Robustness guard: an article giving more than MAX_SERIES figures of one measure is listing a series or
      // a table, not stating one fact; comparing them all pairwise was quadratic in time and report size
      const perArticle = new Map<number, number>();
      for (const r of all) perArticle.set(r.article, (perArticle.get(r.article) ?? 0) + 1);
      const refs = all.filter((r) => perArticle.get(r.article)! <= MAX_SERIES);
      // an article that itself states a figure's value agrees with it: its other values are about other things
      // (the 35.7% federal rate and the 45.8% combined rate, both in one article)
      const confirmedBy = (it: Item, article: number): boolean =>
        index.corroboration[it.article]![figureIndex(it)]!.by.some((r) => r.article === article);
      // Speed (bench): the figure of an item's side ("bound:value#figure") is kept on the item, not parsed or
      // looked up on every pair test (a third of the rule's time); a side may be another item's, so it moves
      // with the side.
      const figureIndex = (it: Item): number => (it as FigureItem).figure;
      const subjectOf = (it: Item): string | null => index.subjects[it.article]![figureIndex(it)] ?? null;
      const ctxOf = new Map<Item, Set<string>>();
      const context = (it: Item): Set<string> => {
        let c = ctxOf.get(it);
        if (!c) ctxOf.set(it, (c = contextWords(articles[it.article]!, it.start, it.end, it.sentence)));
        return c;
      };
      // With both subjects named, they must agree; with one or none named, the words around the two
      // figures must say they are about the same thing.
      // Two different named subjects (parties, companies, people, places) are two things; when one of them
      // is only a loose name ("Route" of "Route 9"), the words around the figures decide.
      const actor = (name: string): boolean => {
        const t = index.entityTypes.get(name);
        return t === 'organization' || t === 'person' || t === 'place';
      };
      // The words around two figures must overlap a good deal (Jaccard) before they are taken to report the
      // same thing: a game has many "yards" and a budget many "billions".
      const similar = (a: Item, b: Item, min: number): boolean => {
        const ca = context(a);
        const cb = context(b);
        const shared = sharedContext(ca, cb);
        return shared / Math.max(1, ca.size + cb.size - shared) >= min;
      };
      // A headline states the story's main figure in a few words; Jaccard against a long body sentence is
      // small even when both say the same thing, so the headline's words are measured by how many of them
      // the body sentence shares (overlap coefficient).
      const headline = (it: Item): boolean => articles[it.article]!.lineRoles[lineOf(articles[it.article]!, it.start) - 1] === 'title';
      // When the body gives only one value of the measure, a different value in the headline can only be
      // the same figure told two ways.
      // Speed: a group's items by article, made once, so per-article counts cost that article's items only
      // (filtering the whole group for each article was quadratic in a group spanning thousands of articles)
      let byArticle: Map<number, Item[]> | null = null;
      const itemsOf = (article: number): Item[] => {
        if (!byArticle) {
          byArticle = new Map();
          for (const o of items) {
            const l = byArticle.get(o.article);
            if (l) l.push(o);
            else byArticle.set(o.article, [o]);
          }
        }
        return byArticle.get(article) ?? [];
      };
      const bodySideCount = new Map<number, number>();
      const headlineAndBody = (a: Item, b: Item): boolean => {
        if (a.article !== b.article || headline(a) === headline(b)) return false;
        let n = bodySideCount.get(a.article);
        if (n === undefined) bodySideCount.set(a.article, (n = new Set(itemsOf(a.article).filter((o) => !headline(o)).map((o) => o.side)).size));
        if (n === 1) return true;
        const ca = context(a);
        const cb = context(b);
        return sharedContext(ca, cb) / Math.max(1, Math.min(ca.size, cb.size)) >= 0.3;
      };
      // Two articles of one story that each give one value of a measure ("300 jobs" in one, "230 jobs" in the
      // other) are giving two values of one figure, however differently they word it.
      const sidesIn = new Map<number, number>();
      const onlySide = (it: Item): boolean => {
        let n = sidesIn.get(it.article);
        if (n === undefined) sidesIn.set(it.article, (n = new Set(itemsOf(it.article).map((o) => o.side)).size));
        return n === 1;
      };
      const actions = new Map<Item, string | null>();
      const action = (it: Item): string | null => {
        if (!actions.has(it)) actions.set(it, actionOf(articles[it.article]!, fig(it)));
        return actions.get(it)!;
      };
      const sameThing = (a: Item, b: Item): boolean => {
        // ("cancelled 1,140 flights" and "310 flights were delayed" count two things)
        const [xa, xb] = [action(a), action(b)];
        if (xa && xb && xa !== xb) return false;
        const sa = subjectOf(a);
        const sb = subjectOf(b);
        // (values of one figure misreported are near each other: "10,000 jobs" in a city and "90 council posts"
        // are two figures)
        // (a duration is too common a measure to stand for one figure; and the sentences must share a word)
        if (a.article !== b.article && !TIME_UNIT.test(measure) && onlySide(a) && onlySide(b) && near(fig(a).value, fig(b).value) && sharedContext(context(a), context(b)) > 0) {
          // (a place named in one sentence is more often where it happened than whose figure it is)
          // (only two different people block: the nearest organisation to a figure is as often the club that
          // pays, the one that is paid or the one that said it)
          const who = (n: string): boolean => index.entityTypes.get(n) === 'person';
          if (sa && sb) return sa === sb || !who(sa) || !who(sb) || subjectsCompatible(sa, sb);
          // a subject the other article never names still counts when it is what its own article is about:
          // two articles of one story are about the same main actor, named or not
          if (sa || sb) return namedIn(index, sa ?? sb!, sa ? b.article : a.article, articles) || index.mainEntity[sa ? a.article : b.article] === (sa ?? sb);
          return true;
        }
        // (a headline names what it can in a few words: its subject and the body's are read as one)
        if (headlineAndBody(a, b)) return true;
        // inside one article two values are a contradiction only when the two sentences say the same thing
        // (a headline and its body); otherwise an article listing several values is just being thorough
        const min = a.article === b.article ? 0.3 : 0.15;
        if (sa && sb) {
          if (sa === sb) return similar(a, b, a.article === b.article ? min : 0.1);
          if (actor(sa) && actor(sb)) return false;
          return similar(a, b, Math.max(min, 0.25));
        }
        if (sa || sb) return namedIn(index, sa ?? sb!, sa ? b.article : a.article) && similar(a, b, min);
        return similar(a, b, min);
      };
      if (refs.length < 2) continue;
      const fig = (it: Item) => articles[it.article]!.figures[figureIndex(it)]!;
      const casualty = CASUALTY.test(measure);
      // Only pairs that passed every cheaper test get here, so the sentence facts are read lazily, once per item.
      const factsOf = new Map<Item, SentenceFacts>();
      const facts = (it: Item): SentenceFacts => {
        let f = factsOf.get(it);
        if (!f) factsOf.set(it, (f = sentenceFacts(articles[it.article]!, fig(it))));
        return f;
      };
      const differentOccasions = (a: Item, b: Item): boolean => {
        const fa = facts(a);
        const fb = facts(b);
        if (fa.tally !== fb.tally) return true;
        if (differentYears(fa.years, fb.years, storyYears[a.article]!, storyYears[b.article]!)) return true;
        // counts of the dead and injured grow as news comes in: a later or updated count is not a second opinion
        if (casualty && (fa.update || fb.update || datedApart(articles[a.article]!, articles[b.article]!, 1))) return true;
        if (a.article !== b.article && datedApart(articles[a.article]!, articles[b.article]!, 30)) return true;
        if (a.article !== b.article && ownDaysApart(articles[a.article]!, articles[b.article]!, fa.text, fb.text)) return true;
        if (headlineAndBody(a, b)) return false;
        return distinctParticipants(fa.participants, fb.participants, fa.text, fb.text, subjectsCompatible);
      };
      const items: FigureItem[] = refs.map((r) => {
        const f = articles[r.article]!.figures[r.figure]!;
        return { article: r.article, side: `${f.bound}:${f.value}#${r.figure}`, figure: r.figure, start: f.start, end: f.end, sentence: f.sentence, describe: f.text };
      });
      // sides are values: figures of one article that agree collapse onto one side
      // Speed (bench): searched among the item's own article's items (the same first match, in the same order),
      // not the whole group, which spans thousands of articles in a wire archive or repeated stories
      for (const it of items) {
        const same = itemsOf(it.article).find((o) => o !== it && compareValues(fig(o), fig(it)) === 'equal' && o.start < it.start);
        if (same) {
          it.side = same.side;
          it.figure = (same as FigureItem).figure;
        }
      }
      out.push(...emit(ctx, items,
        // Speed (bench): every test is a pure filter; the value test is cheapest and rejects most pairs of a
        // group (values that agree), so it runs first; the rest run in order of cost.
        (a, b) => compareValues(fig(a), fig(b)) === 'conflict' && sameTopic(a.article, b.article) &&
          // a headline's unstated period is its story's, whatever words the body uses for it
          (samePeriod(fig(a).period, fig(b).period) || (headlineAndBody(a, b) && (!fig(a).period || !fig(b).period))) &&
          sameThing(a, b) && !confirmedBy(a, b.article) && !confirmedBy(b, a.article) && !differentOccasions(a, b),
        (self, others) => `Contradiction: ${measure}${subjectOf(self) ? ` of ${subjectOf(self)}` : ''} is "${self.describe}" here, but ${listOthers(others, (o) => `"${o.describe}" (${where(ctx, self, o)})`)}.`,
        { kind: 'numeric', subject: null, measure },
        // Speed (bench): statements in two articles can conflict only when the articles are on one topic (the
        // test above asks sameTopic), so a side meets its own article's sides and those of the articles
        // topicNeighbours lists, not the whole group (quadratic in groups spanning thousands of articles; a
        // shared context word, the earlier necessary condition, still let most of a wire archive meet)
        (reps) => {
          const byArticle = new Map<number, number[]>();
          reps.forEach((r, i) => {
            const l = byArticle.get(r.article);
            if (l) l.push(i);
            else byArticle.set(r.article, [i]);
          });
          const inGroup = [...byArticle.keys()];
          // (the same for every side of one article: made once per article of the group)
          const ofArticle = new Map<number, number[]>();
          return (ri) => {
            const a = reps[ri]!.article;
            let found = ofArticle.get(a);
            if (found) return found;
            found = [...byArticle.get(a)!];
            const near = neighbours[a]!;
            // (whichever is shorter: the article's neighbours, or the group's articles looked up among them)
            if (near.length <= inGroup.length) {
              for (const b of near) {
                const l = byArticle.get(b);
                if (l) for (const i of l) found.push(i);
              }
            } else {
              for (const b of inGroup) if (b !== a && sortedHas(near, b)) for (const i of byArticle.get(b)!) found.push(i);
            }
            ofArticle.set(a, found);
            return found;
          };
        }));
    }
  }
  return out;
}

/**
 * Items sharing any key, transitively, as groups (union-find): a claim or an event worded two ways meets both
 * wordings. Groups come in the order of their first item.
 */
function connected<T>(items: T[], keysOf: (it: T) => string[]): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const firstWith = new Map<string, number>();
  items.forEach((it, i) => {
    for (const k of keysOf(it)) {
      const j = firstWith.get(k);
      if (j === undefined) firstWith.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, T[]>();
  items.forEach((it, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(it);
    else groups.set(r, [it]);
  });
  return [...groups.values()];
}

/** Groups in the order of their keys, each key computed once. */
function byKey<T>(groups: T[][], keyOf: (g: T[]) => string): T[][] {
  return groups.map((g) => [keyOf(g), g] as const).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([, g]) => g);
}

function polarity(ctx: RuleContext): Finding[] {
  type Said = Item & { polarity: number; predicate: string; object: string; about: Set<string> };
  const { articles, index } = ctx;
  const sameTopic = sameTopicOf(index);
  const all: Said[] = [];
  articles.forEach((a: ArticleAnalysis, ai) => {
    for (const c of a.claims) {
      if (c.corrected) continue;
      const subject = canonical(index.aliases, c.subject);
      // (a side is a polarity said of one object: an article's claims about two objects are two sides)
      all.push({
        article: ai, side: `${c.polarity}|${c.object}`, start: c.start, end: c.end, sentence: c.sentence, describe: a.text.slice(c.start, c.end), subject,
        polarity: c.polarity, predicate: c.predicate, object: c.object, about: new Set([c.object, ...(c.alsoAbout ?? [])]),
      });
    }
  });
  // Claims of one predicate that share a word of what they are about are compared: groups are the connected
  // sets of such claims, so a claim worded two ways meets both wordings.
  const groups = connected(all, (it) => [...it.about].map((w) => `${it.predicate}|${w}`));
  const keyOf = (g: Said[]): string => g.map((it) => `${it.predicate}|${it.object}`).sort()[0]!;
  const shares = (a: Said, b: Said): boolean => {
    for (const w of a.about) if (b.about.has(w)) return true;
    return false;
  };
  // Two statements said of something this specific need fewer words in common around them: a statement read
  // by its verb; a confirmation and a denial of one reported verb and its noun ("confirmed that diesel had
  // leaked from the vessel" / "denied that any fuel had leaked from the vessel"); one proposal told by its verb
  // ("voted to refer the closure" / "rejected a motion to refer the closure").
  const specific = (predicate: string, a: Said, b: Said): boolean =>
    predicate.startsWith('verb ') ||
    (predicate === 'confirmation' && a.object.includes(' ') && a.object === b.object) ||
    (predicate === 'approval' && [...a.about].some((w) => w.startsWith('to ') && b.about.has(w)));
  const headlineOf = (it: Item): boolean => articles[it.article]!.lineRoles[lineOf(articles[it.article]!, it.start) - 1] === 'title';
  const out: Finding[] = [];
  // (a statement read twice, as a confirmation and by the verb of what was confirmed, is one finding on its line)
  const onLine = new Set<string>();
  for (const items of byKey(groups, keyOf)) {
    if (new Set(items.map((i) => i.polarity)).size < 2) continue;
    const [predicate, object] = keyOf(items).split('|');
    out.push(...emit(ctx, items,
      // the words around the two statements must overlap: "accepted an invitation from the Speaker" and
      // "turned down an invitation to meet senators" are two invitations
      // Who confirms or denies is the speaker, not what the statement is about: "the agency confirmed that water
      // reached the river" and "the company's director denied that water reached the river" are two accounts
      // of one fact that cannot both be right, whoever gives them.
      (x, y) => {
        const a = x as Said;
        const b = y as Said;
        // (a statement read by its verb meets its opposite in the same article only across headline and body:
        // "One party will tax and spend … One party won't tax" is two parties)
        if (predicate!.startsWith('verb ') && a.article === b.article && headlineOf(a) === headlineOf(b)) return false;
        return a.polarity !== b.polarity && shares(a, b) && sameTopic(a.article, b.article) &&
          // (a statement read by its verb names its subject in the words it is about: "Halvard will not keep the
          // Vireo brand" and "Vireo will keep its brand" are one fact whoever the name before the verb is)
          (predicate === 'confirmation' || predicate!.startsWith('verb ') ? true : subjectsAgree(index, a, b, articles)) &&
          (predicate === 'classification' || contextSimilarity(articles, a, b) >= (specific(predicate!, a, b) ? 0.05 : 0.12)) &&
          // a state told by its verb changes ("the gun has not been recovered" one week, "has been recovered" the
          // next): stories filed days apart report two moments, not two accounts of one
          !(predicate!.startsWith('verb ') && datedApart(articles[a.article]!, articles[b.article]!, 3));
      },
      (x, others) => {
        const self = x as Said;
        return `Contradiction about ${self.subject ? `${self.subject}${/s$/.test(self.subject) ? "'" : "'s"} ` : 'the '}${self.object} (${predicate}): "${self.describe}" here, but ${listOthers(others, (o) => `"${o.describe}" (${where(ctx, self, o)})`)}.`;
      },
      { kind: 'polarity', predicate, object }).filter((f) => {
      const k = `${f.path}\u0000${f.line}`;
      if (onLine.has(k)) return false;
      onLine.add(k);
      return true;
    }));
  }
  return out;
}

/** How a message says an event family happened ("the strike began on …", "the fire happened on …"). */
const EVENT_PAST: Readonly<Record<string, string>> = table({
  begin: 'began', end: 'ended', sign: 'was signed', announce: 'was announced', issue: 'was issued', hold: 'took place',
  open: 'opened', close: 'closed', collapse: 'collapsed', vote: 'was held', die: 'died', arrest: 'was made', launch: 'launched',
  scheduled: 'is scheduled', occur: 'happened',
});

function dates(ctx: RuleContext): Finding[] {
  type Dated = Item & { s: string; e: string; md: boolean; weekday?: number; weekdayOnly: boolean; predicate: string; noun: string; about: Set<string> };
  const { articles, index } = ctx;
  const sameTopic = sameTopicOf(index);
  const all: Dated[] = [];
  articles.forEach((a, ai) => {
    for (const ev of a.events) {
      const [, noun] = ev.key.split('|') as [string, string];
      const subject = canonical(index.aliases, ev.subject);
      // dates without a year compare by month and day only, with each other or with a single calendar day;
      // a weekday alone ("would reopen Friday") only with another weekday or a day whose weekday is known
      const d = ev.date;
      const side = d.weekdayOnly ? `weekday ${d.weekday}` : `${d.start}/${d.end}`;
      all.push({
        article: ai, side, start: ev.start, end: ev.end, sentence: ev.sentence, describe: d.text, s: d.start, e: d.end,
        md: d.monthDayOnly ?? false, weekdayOnly: d.weekdayOnly ?? false, ...(d.weekday !== undefined ? { weekday: d.weekday } : {}),
        subject, predicate: ev.predicate, noun, about: new Set(ev.about ?? [noun]),
      });
    }
  });
  // Events of one verb that share a noun of what they are about are compared: groups are the connected sets
  // of such events, so "the state of emergency … was declared" meets "the emergency, declared by the Premier"
  // (an event told with a pronoun, "it would reopen Friday", meets every event of its verb)
  const withPronoun = new Set(all.filter((o) => o.about.has('*')).map((o) => o.predicate));
  const groups = connected(all, (it) => [...it.about, ...(withPronoun.has(it.predicate) ? ['*'] : [])].map((w) => `${it.predicate}|${w}`));
  // (named by a noun, not by the pronoun stand-in, when the group has one)
  const keyOf = (g: Dated[]): string => {
    const keys = g.map((it) => `${it.predicate}|${it.noun}`).sort();
    return keys.find((k) => !k.endsWith('|*')) ?? keys[0]!;
  };
  const weekdayOfDay = (iso: string): number => new Date(`${iso}T12:00:00Z`).getUTCDay();
  const out: Finding[] = [];
  for (const items of byKey(groups, keyOf)) {
    if (new Set(items.map((i) => i.side)).size < 2) continue;
    const [family, noun] = keyOf(items).split('|') as [string, string];
    const sidesIn = new Map<number, Set<string>>();
    const sidesOf = (article: number): Set<string> => {
      let set = sidesIn.get(article);
      if (!set) sidesIn.set(article, (set = new Set(items.filter((it) => it.article === article).map((it) => it.side))));
      return set;
    };
    const disjoint = (a: Item, b: Item): boolean => {
      const x = a as Dated;
      const y = b as Dated;
      if (x.predicate !== y.predicate || !(x.about.has('*') || y.about.has('*') || [...x.about].some((w) => y.about.has(w)))) return false;
      if (!sameTopic(a.article, b.article) || !subjectsAgree(index, a, b, articles)) return false;
      // An event read by its verb alone ("returned to prison", "filed charges") is compared across articles
      // only, and only between stories filed within a fortnight: one article naming two dates of a verb is
      // telling two occasions, and stories filed weeks apart about "Saturday" are about two Saturdays.
      if (!EVENT_PAST[x.predicate] && (a.article === b.article || datedApart(articles[a.article]!, articles[b.article]!, 14))) return false;
      // an article that itself gives the other date of the event tells two occasions ("returned to prison in May
      // 1984 … and again in June 1999")
      if (sidesOf(a.article).has(b.side) || sidesOf(b.article).has(a.side)) return false;
      if (x.weekdayOnly || y.weekdayOnly) {
        const day = (d: Dated): number | undefined => d.weekday ?? (!d.md && !d.weekdayOnly && d.s === d.e ? weekdayOfDay(d.s) : undefined);
        const [p, q] = [day(x), day(y)];
        return p !== undefined && q !== undefined && p !== q;
      }
      if (x.md || y.md) {
        const mdOf = (d: Dated): string | null => (d.md ? d.s : d.s === d.e ? d.s.slice(5) : null);
        const [p, q] = [mdOf(x), mdOf(y)];
        return p !== null && q !== null && p !== q;
      }
      return x.e < y.s || y.e < x.s;
    };
    const said = (it: Dated): string => {
      const past = EVENT_PAST[it.predicate];
      const nouns = [...it.about].filter((w) => w !== '*').slice(0, 2);
      return past && it.noun !== '*' ? `the ${it.noun} ${past}` : `"${articles[it.article]!.text.slice(it.start, it.end)}"${nouns.length ? ` (${nouns.join(', ')})` : ''}`;
    };
    out.push(...emit(ctx, items, disjoint,
      (self, others) => `Contradiction: ${said(self as Dated)} on ${self.describe} here, but on ${listOthers(others, (o) => `${o.describe} (${where(ctx, self, o)})`)}.`,
      { kind: 'date', event: `${noun} ${family}` }));
  }
  return out;
}

export const contradiction: Rule = {
  id: 'contradiction',
  meta: {
    description: 'Two statements about the same thing that cannot both hold, in one article or across articles.',
    defaultSeverity: 'error',
    docs: 'docs/rules/contradiction.md',
  },
  check(ctx) {
    return [...numeric(ctx), ...polarity(ctx), ...dates(ctx)];
  },
};
