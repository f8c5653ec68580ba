/**
 * Per-article analysis: text in, plain data out. Knows nothing of other articles, so it can run in any
 * order, in worker threads, or be cached by content hash.
 */
import type { Token } from '../nlp.js';
import type { ArticleAnalysis, DateMention, Figure } from '../types.js';
import { dollarOfDemonym, lookupPlace } from './gazetteer.js';
import { position } from '../text/lines.js';
import { nameScanner } from '../text/names.js';
import { findArtifacts } from './artifacts.js';
import { findAttribution } from './attribution.js';
import { findClaims, findEvents, type PolarityPair, type SentenceContext } from './claims.js';
import { findVerbClaims, findVerbEvents } from './events.js';
import { findArticleDate, findDatelineMonthDay, findDates } from './dates.js';
import { datelineEnd } from '../text/dateline.js';
import { findDisclosures, type CompiledPattern } from './disclosures.js';
import { extractEntities } from './entities.js';
import { findFigures } from './figures.js';
import { keywordsOf } from './keywords.js';
import { analyzeStructure } from './structure.js';

export interface AnalyzeOptions {
  /** YYYY-MM-DD to resolve relative dates when the article states no date of its own. */
  referenceDate?: string | null;
  disclosurePatterns?: CompiledPattern[];
  polarityPairs?: PolarityPair[];
}

/** News organisations report figures; they are rarely what a figure is about. */
const MEDIA = /^(?:Reuters|Bloomberg|AP|AFP|Associated Press|Agence France-Presse|UPI|dpa|Xinhua|TASS|BBC|CNN|CNBC|NPR|PA)$|\b(?:Times|Post|Journal|News|Herald|Tribune|Gazette|Guardian|Telegraph|Press|Wire|Daily|Courier|Chronicle|Star|Observer|Independent|Radio|TV|Television|Broadcasting|Weekly|Monthly|Magazine|Briefing|Bulletin|Digest|Gazette|Newsletter|Dispatch|Record|Review|Echo|Mirror|Sentinel|Examiner|Inquirer|Ledger)\b/;

/**
 * A name before a verb of saying, with the figure in what is said and nothing in it pointing back to the
 * name ("NTSB member Carla Whitfield said data showed the train was traveling at 79 mph"): the name is who
 * says, not what the figure is about. "Halvard said it would cut 120 jobs" points back with "it".
 */
const SAYING = /\b(?:said|says|say|told|tells|according to|reported|reports|estimated|estimates|stated|states|added|noted|explained|confirmed|announced|wrote|insisted|argued|claimed|believes?|thinks?)\b/gi;
/** Words pointing back to a subject named before ("it", "the company"). */
const BACK_WORDS = ['it', 'its', 'they', 'their', 'them', 'he', 'his', 'she', 'her', 'we', 'our', 'the company', 'the firm', 'the group'];
const POINTS_BACK = new RegExp(String.raw`\b(?:${BACK_WORDS.join('|')})\b`, 'i');

export function speakerOnly(sentence: string, nameEnd: number, figureAt: number): boolean {
  if (nameEnd > figureAt) return false;
  // (the verb must follow the name closely: "Halvard, which employs 9,000 people, said …" keeps a clause between;
  // so only the first 80 characters are searched, enough for a verb starting within 60 and its word boundary)
  const verbEnd = sayingAfter(sentence, nameEnd, Math.min(figureAt, nameEnd + 80));
  return verbEnd >= 0 && !pointsBack(sentence, verbEnd, figureAt);
}

/**
 * Answers about positions of the sentence last asked about, forgotten when another sentence is asked: a long
 * sentence holds many figures and names, and each figure asked afresh what is read around each name.
 */
function perSentence<T>(): (sentence: string) => Map<number, T> {
  let last = '';
  const memo = new Map<number, T>();
  return (sentence) => {
    if (sentence !== last) {
      last = sentence;
      memo.clear();
    }
    return memo;
  };
}

/** Per name end: where the verb of saying after it ends (-1: none). */
const sayingEnd = perSentence<number>();

/** The end of a verb of saying starting within 60 characters of `from`, in sentence[from, to); -1 if none. */
function sayingAfter(sentence: string, from: number, to: number): number {
  // (a name meets every figure after it: with 80 characters to search, the answer is the same for each)
  const memo = to === from + 80 ? sayingEnd(sentence) : null;
  const known = memo?.get(from);
  if (known !== undefined) return known;
  SAYING.lastIndex = 0;
  const verb = SAYING.exec(sentence.slice(from, to));
  const end = !verb || verb.index > 60 ? -1 : from + verb.index + verb[0].length;
  memo?.set(from, end);
  return end;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /\w/.test(c);
/** Per start offset: where the first word pointing back after it ends (Infinity: none). */
const firstBackEnd = perSentence<number>();

/**
 * Whether sentence[from, to) holds a word pointing back (POINTS_BACK). Testing each span afresh was quadratic
 * in a long sentence (a 3,000-character list of figures); the first such word after `from` is found once, and
 * a span holds one if it reaches that far, or if it ends in one that the figure right after it hides from the
 * sentence-wide search ("it" before a figure written against it).
 */
function pointsBack(sentence: string, from: number, to: number): boolean {
  const memo = firstBackEnd(sentence);
  let end = memo.get(from);
  if (end === undefined) {
    const m = POINTS_BACK.exec(sentence.slice(from));
    end = m ? from + m.index + m[0].length : Infinity;
    memo.set(from, end);
  }
  if (end <= to) return true;
  if (!isWordChar(sentence[to])) return false;
  const tail = sentence.slice(Math.max(from, to - 11), to).toLowerCase();
  return BACK_WORDS.some((w) => tail.endsWith(w) && to - w.length >= from && (to - w.length === from || !isWordChar(sentence[to - w.length - 1])));
}

/** A name after the figure that says it ("… 79 mph, NTSB member Carla Whitfield said"; "…, according to Halvard"). */
export function speakerAfter(sentence: string, figureEnd: number, nameAt: number, nameEnd: number): boolean {
  if (nameAt < figureEnd) return false;
  // (what is read around the name is the same for every figure far enough before it, so it is read once)
  const before = figureEnd <= nameAt - 30 ? saidBefore(sentence) : null;
  let said = before?.get(nameAt);
  if (said === undefined) {
    said = SAID_BEFORE_NAME.test(sentence.slice(Math.max(figureEnd, nameAt - 30), nameAt));
    before?.set(nameAt, said);
  }
  if (said) return true;
  const after = saysAfter(sentence);
  let says = after.get(nameEnd);
  if (says === undefined) after.set(nameEnd, (says = SAYS_AFTER_NAME.test(sentence.slice(nameEnd, nameEnd + 50))));
  return says;
}

const SAID_BEFORE_NAME = /\b(?:according to|said|says|told|reported|estimated)\s+(?:the\s+)?$/i;
const SAYS_AFTER_NAME = /^\s*(?:[\p{L}.'’-]+\s+){0,3}?(?:said|says|told|reported|estimated|announced|confirmed)\b/iu;
/** Per name start: whether a verb of saying ends right before it. Per name end: whether one follows it. */
const saidBefore = perSentence<boolean>();
const saysAfter = perSentence<boolean>();

/** "$150 million", "150 million dollars": a dollar amount that does not say whose dollar. */
const BARE_DOLLAR = /(?<![A-Za-z.]|[A-Za-z]\.)\$|(?<!\b(?:US|U\.S\.|American|Australian|Canadian|Singapore|Hong Kong|New Zealand|Taiwan|Fijian|Jamaican)\s+)\bdollars?\b/;

/**
 * A "$" means the dollar of the place the story is in: an article whose places are Australian (or that
 * writes "A$" itself) means Australian dollars by a bare "$". Without such evidence, or when American places
 * are as many, "$" stays USD.
 */
function localDollars(text: string, figures: Figure[]): void {
  if (!figures.some((f) => f.unit === 'USD')) return;
  const votes = new Map<string, number>();
  // places named anywhere, in whatever name they stand ("NSW Health", "the NSW Government" name the state);
  // ambiguous names ("Reading", "Victoria") are left out
  for (const run of text.slice(0, 20000).match(/\b[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,2}/gu) ?? []) {
    const words = run.split(/\s+/);
    const names = words.length === 1 ? words : [run, ...words];
    for (const n of names) {
      const place = lookupPlace(n.replace(/['’]s$/, ''));
      if (!place?.dollar || place.ambiguous) continue;
      votes.set(place.dollar, (votes.get(place.dollar) ?? 0) + 1);
      break;
    }
  }
  for (const f of figures) if (f.unit !== 'USD' && /^[A-Z]{2}D$/.test(f.unit) && !BARE_DOLLAR.test(f.text)) votes.set(f.unit, (votes.get(f.unit) ?? 0) + 2);
  // ("the Australian Energy Market Operator": a demonym says whose country the story is in)
  for (const w of text.slice(0, 20000).match(/\b[A-Z][a-z]+(?:ian|an|er|ese|i)\b/g) ?? []) {
    const d = dollarOfDemonym(w);
    if (d) votes.set(d, (votes.get(d) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestVotes = 0;
  for (const [d, n] of [...votes.entries()].sort()) if (n > bestVotes) [best, bestVotes] = [d, n];
  if (!best || best === 'USD' || bestVotes < 2 || bestVotes <= (votes.get('USD') ?? 0)) return;
  for (const f of figures) {
    if (f.unit !== 'USD' || !BARE_DOLLAR.test(f.text) || /\b(?:US|U\.S\.)\s*\$/.test(f.text)) continue;
    // "1.33bn Australian dollars ($1bn; £550m)": a "$" in brackets after another amount converts it to US dollars
    if (/[\d)]\s*(?:[a-z]+\s+){0,3}\(\s*(?:about|around|roughly|some|approximately|nearly|almost|or)?\s*$|[(;]\s*[£€¥][\d.,]+\s*(?:bn|m|million|billion)?\s*;\s*$/i.test(text.slice(Math.max(0, f.start - 60), f.start))) continue;
    f.unit = best;
  }
}

/** Words that open another clause between a figure and a date, which then dates that clause, not the figure. */
const PERIOD_CLAUSE_BREAK = /[;:]|,\s*(?:which|that|who|when|where|while|and|but|as|after|before|because|although|though)\b|\b(?:that|which|who|whom|when|where|while|said|says|told|after|before|because|until|since)\b/i;

/** FNV-1a, 32 bits: a stable hash for shingles (same value on every machine and run). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const SHINGLE = 5;

export function shinglesOf(texts: string[]): number[] {
  const set = new Set<number>();
  for (const t of texts) {
    const words = t.toLowerCase().match(/[\p{L}\p{N}]+/gu);
    if (!words || words.length < SHINGLE) continue;
    for (let i = 0; i + SHINGLE <= words.length; i++) {
      const h = fnv1a(words.slice(i, i + SHINGLE).join(' '));
      if (h % 4 === 0) set.add(h); // a fixed 1-in-4 sample keeps the index small and the choice identical across articles
    }
  }
  return [...set].sort((a, b) => a - b);
}

export function analyzeArticle(path: string, text: string, opts: AnalyzeOptions = {}): ArticleAnalysis {
  const st = analyzeStructure(text);
  const head = text.slice(0, 2000);
  const date = findArticleDate(head, opts.referenceDate ?? null);
  const monthDay = date ? null : findDatelineMonthDay(head);
  const toks: Token[][] = st.sentenceTokens.map(([a, b]) => st.tokens.slice(a, b));
  const { entities, mentions } = extractEntities(text, st.sentences, toks);
  void mentions;

  // Every name and alias of the article's entities, longest first, to find mentions the tagger missed
  // (Title Case headlines, possessives).
  const forms: Array<[string, string]> = [];
  for (const e of entities) {
    if (e.type === 'other' && e.mentions < 2) continue;
    for (const f of [e.name, ...e.aliases]) if (f.length >= 2) forms.push([f, e.name]);
  }
  forms.sort((a, b) => b[0].length - a[0].length);
  const formIndex = new Map(forms.map(([f, n]) => [f.toLowerCase(), n]));
  const findNames = nameScanner(forms.map(([f]) => f));
  const isMedia = new Map<string, boolean>();

  const figures: Figure[] = [];
  const dates: DateMention[] = [];
  const claims: ArticleAnalysis['claims'] = [];
  const events: ArticleAnalysis['events'] = [];
  const disclosureInput: Array<{ text: string; start: number; line: number; lineText: string }> = [];
  const bodyTexts: string[] = [];

  st.sentences.forEach((s, si) => {
    const stext = text.slice(s.start, s.end);
    const lineStart = st.lineStarts[s.line - 1]!;
    const lineEnd = s.line < st.lineStarts.length ? st.lineStarts[s.line]! : text.length;
    disclosureInput.push({ text: stext, start: s.start, line: s.line, lineText: text.slice(lineStart, lineEnd) });
    if (s.role === 'body' || s.role === 'bullet') bodyTexts.push(stext);
    // dates count on every line ("Posted on 6 March 2025" is furniture but dates the article)
    const found = findDates(stext, date);
    const spans = found.map((d) => ({ index: d.index, length: d.text.length, start: d.start, end: d.end, text: d.text, ...(d.monthDay ? { monthDay: d.monthDay } : {}) }));
    for (const d of found) {
      const off = s.start + d.index;
      const p = position(st.lineStarts, off);
      dates.push({ text: d.text, start: d.start, end: d.end, offset: off, line: p.line, column: p.column, sentence: si });
    }
    const ents: SentenceContext['entities'] = [];
    // A dateline ("CEDAR RAPIDS, Iowa —", "LONDON, March 6 (Reuters) -") names where the story was filed,
    // not what its figures are about.
    const bodyFrom = datelineEnd(stext);
    if (findNames) {
      for (const m of findNames(stext, bodyFrom)) {
        const name = formIndex.get(m.name.toLowerCase());
        if (!name) continue;
        // (a name is met again and again: a list of names holds thousands of mentions)
        let media = isMedia.get(name);
        if (media === undefined) isMedia.set(name, (media = MEDIA.test(name)));
        if (!media) ents.push({ name, index: m.index, end: m.end });
      }
    }
    const ctx: SentenceContext = { text: stext, start: s.start, line: s.line, index: si, entities: ents, dates: spans };
    if (s.role === 'furniture') return;
    const stated = findClaims(ctx, opts.polarityPairs);
    claims.push(...stated);
    // (statements a polarity pair of claims.ts already read are not read again by their verb)
    // A clause someone denied says the opposite of its verb ("denied that the jars had been shipped"), one they
    // confirmed or acknowledged says it ("acknowledged that the engineer was not tested").
    for (const c of findVerbClaims(ctx, toks[si]!)) {
      if (stated.some((o) => o.start < c.end && c.start < o.end)) continue;
      const said = [...stated].reverse().find((o) => o.predicate === 'confirmation' && o.end <= c.start);
      claims.push(said && said.polarity < 0 ? { ...c, polarity: c.polarity === 1 ? -1 : 1 } : c);
    }
    const told = findEvents(ctx);
    events.push(...told);
    // (a sentence whose event a family of claims.ts already read has no second reading of its date)
    if (told.length === 0) events.push(...findVerbEvents(ctx, toks[si]!));
    if (s.role === 'byline') return;
    const raw = findFigures(stext, s.start, toks[si]!, spans);
    if (raw.length === 0) return;
    const attribution = findAttribution(stext);
    // "its worst result since the 1980s": a date after "since" is a point of comparison, not a period (and
    // the dateline's date is when the story was filed), whichever figure is asking
    const periodic = spans.filter((d) => d.index >= bodyFrom && !/\bsince\s+(?:the\s+)?$/i.test(stext.slice(Math.max(0, d.index - 12), d.index)));
    for (const f of raw) {
      const rel = f.start - s.start;
      const candidates = ents.filter((e) => !(attribution && attribution.name.includes(e.name)) && !(e.index >= rel && e.index < f.end - s.start) &&
        !speakerOnly(stext, e.end, rel) && !speakerAfter(stext, f.end - s.start, e.index, e.end));
      const beforeE = candidates.filter((e) => e.end <= rel).pop();
      const afterE = candidates.find((e) => e.index >= f.end - s.start);
      // "the 230-seat Assembly of the Republic": a figure right before a name describes that name
      const modified = ents.find((e) => e.index >= f.end - s.start && e.index - (f.end - s.start) <= 2);
      // an age belongs to the person the noun after it names ("a 12-year-old girl"), rarely to the sentence's name
      // "the 32-member alliance": a hyphenated figure describes the noun after it, which names the subject
      // itself, so another name in the sentence is not what it is about
      const describesNoun = /^[^\s-]+-[a-z]+$/i.test(f.text) && /^\s+[a-z]/.test(stext.slice(f.end - s.start, f.end - s.start + 3));
      const subject = f.measure === 'age' || describesNoun ? (modified?.name ?? null) : modified?.name ?? beforeE?.name ?? afterE?.name ?? null;
      // "its worst result since the 1980s": a date after "since" is a point of comparison, not the period
      // (nor is the dateline's date, which is when the story was filed: its figures are of the story's own
      // time, as when no period is stated)
      // a date right after another figure is that figure's ("two flights in 2024", "EUR 49.1 million in 2023")
      const takes = (g: { end: number }, d: { index: number }): boolean => d.index >= g.end - s.start && /^[\s,(]*(?:in|for|during|of|at|by)?\s*$/i.test(stext.slice(g.end - s.start, d.index));
      // (a date after another figure is that figure's: "EUR 85.4 million (EUR 49.1 million in 2023)")
      // (nor is a date in another clause: "43 teaching jobs, most of them through layoffs that take effect in
      // June", "a fleet of 64 aircraft, said full services resumed on Tuesday")
      const sameClause = (from: number, to: number): boolean => !PERIOD_CLAUSE_BREAK.test(stext.slice(from, to));
      const after = periodic.find((d) => d.index >= f.end - s.start && sameClause(f.end - s.start, d.index) && !raw.some((g) => g !== f && g.start - s.start >= f.end - s.start && takes(g, d)));
      // (nor is a date before another figure this one's: "made two flights in 2024, and is licensed for up to 10
      // launches a year")
      const beforeD = [...periodic].reverse().find((d) => d.index + d.length <= rel && sameClause(d.index + d.length, rel) && !raw.some((g) => g !== f && g.start - s.start < rel && takes(g, d)));
      const per = after ?? beforeD ?? null;
      const p = position(st.lineStarts, f.start);
      figures.push({
        text: f.text, value: f.value, unit: f.unit, bound: f.bound, ...(f.range ? { range: f.range } : {}),
        measure: f.measure, cues: f.cues, subject, period: per ? { text: per.text, start: per.start, end: per.end } : null,
        attribution, precision: f.precision, change: f.change, ...(f.comparison ? { comparison: true } : {}), ...(f.share ? { share: true } : {}), start: f.start, end: f.end,
        line: p.line, column: p.column, sentence: si,
      });
    }
  });

  localDollars(text, figures);
  const disclosures = findDisclosures(disclosureInput, opts.disclosurePatterns);
  const artifacts = findArtifacts(
    st.roles.map((r, i) => ({ r, i })).filter(({ r }) => r !== 'blank' && r !== 'opaque').map(({ i }) => {
      const s = st.lineStarts[i]!;
      const e = i + 1 < st.lineStarts.length ? st.lineStarts[i + 1]! : text.length;
      return { text: text.slice(s, e).replace(/[\r\n]+$/, ''), start: s, line: i + 1 };
    }),
  );

  return {
    path, title: st.title, date, ...(monthDay ? { monthDay } : {}), text, lineStarts: st.lineStarts, lineRoles: st.roles, sentences: st.sentences,
    entities, figures, dates, disclosures, artifacts, claims, events, shingles: shinglesOf(bodyTexts), keywords: keywordsOf(text),
  };
}
