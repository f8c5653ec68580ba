/**
 * Dated events told by any verb: "the track was last inspected on May 28", "Halvard and Vireo signed the
 * agreement late on Friday, February 28", "the state of emergency, declared by the Premier on Monday 12
 * January", "the line will reopen Monday, June 16". The event is the verb (as a stem, so "reopen",
 * "reopened" and "reopens" are one) and the things it is about: the nouns of its object, or of its subject
 * when it has none. Two articles that place one verb about one thing on two dates disagree.
 *
 * claims.ts keeps the event families whose wording varies more than a stem can follow ("broke into",
 * "took place", an incident with no verb); this module reads the rest, by the parts of speech of the
 * sentence's tokens rather than by a list of verbs.
 */
import type { Token } from '../nlp.js';
import type { EventDate } from '../types.js';
import { singular } from './figures.js';
import { table } from '../text/table.js';
import { VERB_FORMS } from '../text/verbs.js';
import { datelineEnd } from '../text/dateline.js';
import type { SentenceContext } from './claims.js';

/** Past forms a suffix rule cannot undo: the shared verb forms, and more of the verbs that date an event. */
const IRREGULAR: Readonly<Record<string, string>> = table({
  ...VERB_FORMS,
  ...Object.fromEntries(([
    ['choose', 'chose chosen'], ['come', 'came'], ['do', 'did done'], ['draw', 'drew drawn'], ['go', 'went gone'],
    ['lay', 'laid'], ['lead', 'led'], ['meet', 'met'], ['run', 'ran'], ['see', 'saw seen'], ['speak', 'spoke spoken'],
    ['tell', 'told'], ['write', 'wrote written'], ['withdraw', 'withdrew withdrawn'], ['stand', 'stood'],
  ] as const).flatMap(([base, forms]) => forms.split(' ').map((f) => [f, base]))),
});

/** One stem for every form of a verb: "declared", "declare", "declares" and "declaring" give "declar". */
export function verbStem(word: string): string {
  const w = word.toLowerCase();
  const base = IRREGULAR[w] ?? w;
  return base
    .replace(/(?:ied|ies)$/, 'y')
    .replace(/([b-df-hj-np-tv-z])\1(?:ed|ing)$/, '$1')
    .replace(/(?:ed|ing|es|e|s)$/, '')
    .replace(/([b-df-hj-np-tv-z])\1$/, '$1');
}

/** Verbs that say what someone said or how something stands, not an event with a date of its own. */
const NOT_EVENTS = new Set(['say', 'said', 'tell', 'told', 'report', 'add', 'note', 'expect', 'remain', 'continu', 'seem',
  'appear', 'becom', 'want', 'need', 'hope', 'plan', 'believ', 'think', 'know', 'show', 'suggest', 'includ', 'accord',
  'be', 'is', 'was', 'were', 'are', 'been', 'being', 'have', 'has', 'had', 'do', 'did', 'does', 'get', 'got', 'go', 'come', 'warn',
  'ask', 'estimat', 'predict', 'forecast', 'scheduled', 'due', 'set', 'updat', 'publish', 'post', 'last', 'writ', 'read',
  'confirm', 'deny', 'denied', 'announc', 'releas', 'stat', 'explain', 'insist', 'argu', 'claim']);

/** Nouns too general to tie two events together. */
const GENERIC = new Set(['people', 'person', 'time', 'day', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night',
  'way', 'thing', 'area', 'part', 'number', 'lot', 'statement', 'spokesman', 'spokeswoman', 'spokesperson', 'official',
  'company', 'government', 'group', 'team', 'report', 'news', 'story', 'it', 'they', 'he', 'she', 'we', 'service']);

/** Nouns of one event told two ways. */
const SAME_THING: Readonly<Record<string, string>> = table({
  agreement: 'deal', contract: 'deal', deal: 'deal', accord: 'deal', transaction: 'deal', takeover: 'deal', merger: 'deal',
  walkout: 'strike', stoppage: 'strike', strike: 'strike', ballot: 'vote', vote: 'vote', referendum: 'vote',
  blaze: 'fire', fire: 'fire', wildfire: 'fire', intrusion: 'attack', attack: 'attack', cyberattack: 'attack', breach: 'attack',
  hack: 'attack', meeting: 'meeting', summit: 'meeting', talks: 'talks', crash: 'crash', accident: 'crash', derailment: 'crash',
});

/** Nouns for people: events about them are about one of many ("a man was arrested on Monday"). */
const INDIVIDUALS = /^(?:man|men|woman|women|person|boy|girl|child|children|teenager|teen|suspect|victim|driver|passenger|officer|worker|student|pupil|resident|patient|member|player|fan|customer|employee|citizen|family|friend|son|daughter|mother|father|brother|sister|husband|wife|baby|individual|youth|adult|prisoner|inmate|migrant|refugee|soldier|protester|demonstrator|candidate|voter)$/;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/i;

/** The weekday a date's text names, 0 for Sunday. */
export function weekdayOf(text: string): number | undefined {
  const m = WEEKDAY.exec(text);
  return m ? WEEKDAYS.findIndex((d) => d.startsWith(m[1]!.toLowerCase())) : undefined;
}

/** Words between a verb and its date that keep the date the verb's own ("signed the agreement late on"). */
const LINK = /^(?:the|a|an|its|their|his|her|on|in|at|for|from|late|early|last|first|by|with|of|and|to|this|that|next|until|again|officially|formally|finally|only|also|been|be|not|never|back|up|out|off|down|over)$/i;
/** A preposition before the date that makes it the bound of a period, not when the event happened. */
const BOUND_BEFORE = /\b(?:since|until|till|before|after|by|through|throughout|between|within|during|ahead of|prior to)\s+(?:the\s+)?$/i;

const isNoun = (t: Token): boolean => t.pos === 'NOUN' || t.pos === 'PROPN';
const nounWord = (t: Token): string | null => {
  if (t.pos !== 'NOUN' || !/^\p{L}[\p{L}-]*$/u.test(t.text)) return null;
  const w = singular(t.text.toLowerCase());
  return w.length >= 3 && !GENERIC.has(w) ? (SAME_THING[w] ?? w) : null;
};

export function findVerbEvents(ctx: SentenceContext, tokens: Token[]): EventDate[] {
  const out: EventDate[] = [];
  const body = datelineEnd(ctx.text);
  for (const d of ctx.dates) {
    if (d.index < body) continue;
    const weekday = weekdayOf(d.text);
    const span = d.start && d.end ? (Date.parse(d.end) - Date.parse(d.start)) / 86400000 + 1 : null;
    const placed = span !== null && span <= 31;
    if (!placed && !d.monthDay && weekday === undefined) continue;
    const before = ctx.text.slice(Math.max(0, d.index - 16), d.index);
    if (BOUND_BEFORE.test(before)) continue;
    const at = ctx.start + d.index;
    // the tokens of the sentence before the date, nearest first
    const prior = tokens.filter((t) => t.end <= at).reverse();
    let verb = -1;
    for (let i = 0; i < prior.length && i < 9; i++) {
      const t = prior[i]!;
      if (t.pos === 'VERB') {
        verb = i;
        break;
      }
      if (t.pos === 'PUNCT' && t.text !== ',' && t.text !== '-') break;
      if (!(isNoun(t) || t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'PUNCT' || t.pos === 'NUM' || LINK.test(t.text) || t.pos === 'DET' || t.pos === 'ADP' || t.pos === 'PART' || t.pos === 'AUX' || t.pos === 'CCONJ' || t.pos === 'PRON')) break;
    }
    if (verb < 0) continue;
    const v = prior[verb]!;
    const stem = verbStem(v.text);
    if (stem.length < 3 || NOT_EVENTS.has(stem) || NOT_EVENTS.has(v.text.toLowerCase())) continue;
    // a date in another clause between the verb and this date ("signed on Tuesday, after a tender that opened in
    // January"): the verb nearest the date is the one it dates, which the loop found
    const object = prior.slice(0, verb).reverse().map(nounWord).filter((w): w is string => w !== null);
    // the subject: the noun phrase right before the verb and its auxiliaries ("The state of emergency for
    // Tamsin and surrounding areas was declared", "the line between Scranton and Binghamton will reopen")
    const subject: string[] = [];
    let passive = false;
    let subjectFrom = v.start;
    let afterDet = false;
    let pronounSubject = false;
    for (let i = verb + 1; i < prior.length && i < verb + 14; i++) {
      const t = prior[i]!;
      if (t.pos === 'AUX' || /^(?:was|were|is|are|be|been|being|has|have|had|will|would|shall|could|can|may|might|must|not|never|n't|last|first|also|later|finally|formally|officially)$/i.test(t.text)) {
        if (subject.length) break;
        if (/^(?:was|were|is|are|be|been|being)$/i.test(t.text)) passive = true;
        continue;
      }
      if (t.text === ',' && subject.length === 0) {
        // "the main, laid in 1957, was last inspected": an aside between commas is passed over
        const open = prior.findIndex((u, j) => j > i && j <= i + 8 && u.text === ',');
        if (open > 0) i = open;
        continue; // "The state of emergency, declared by …"
      }
      // a determiner opens the phrase: before it only "of", "and" and the like go on with it ("records show
      // the track": "show" read as a noun is not part of the subject)
      if (afterDet && !(t.pos === 'ADP' || t.pos === 'CCONJ')) break;
      afterDet = t.pos === 'DET' && !/^(?:this|that|these|those)$/i.test(t.text);
      // ("surrounding areas", "the damaged track": a participle before a noun is part of the phrase)
      if (t.pos === 'VERB' && /(?:ing|ed)$/.test(t.text) && i > verb + 1 && prior[i - 1]!.pos === 'NOUN') continue;
      if (t.pos === 'VERB' || t.pos === 'SCONJ' || (t.pos === 'PUNCT' && t.text !== '-' && t.text !== ',') || /^(?:that|which|who|when|after|before|said|says)$/i.test(t.text)) break;
      subjectFrom = t.start;
      if (subject.length === 0 && /^(?:it|they)$/i.test(t.text)) {
        pronounSubject = true;
        break;
      }
      // (the head right before the verb may be tagged an adjective: "the main was last inspected")
      const w = nounWord(t) ?? (subject.length === 0 && t.pos === 'ADJ' && prior[i + 1]?.pos === 'DET' ? nounWord({ ...t, pos: 'NOUN' }) : null);
      if (w) subject.push(w);
    }
    // an active verb with an object is about its object; a passive or intransitive one about its subject; a
    // pronoun subject ("it would reopen Friday") is about whatever the story's other events of the verb are
    let about = [...new Set(object.length && !passive ? object : [...subject, ...object])];
    if (about.length === 0 && pronounSubject) about = ['*'];
    if (about.length === 0) continue;
    // people are many: "two men were arrested on Monday" and "a third man on Tuesday" are two arrests; and
    // "another", "a second" say this is one more of several
    if (about.some((w) => INDIVIDUALS.test(w)) || /\b(?:another|second|third|fourth|fifth|further|more|other|each|every|several)\b/i.test(ctx.text.slice(Math.max(0, subjectFrom - ctx.start), d.index))) continue;
    const date = placed
      ? { start: d.start!, end: d.end!, text: d.text.replace(/[\s,]+$/, '') }
      : d.monthDay
        ? { start: d.monthDay, end: d.monthDay, text: d.text.replace(/[\s,]+$/, ''), monthDayOnly: true }
        : { start: '', end: '', text: d.text.replace(/[\s,]+$/, ''), weekdayOnly: true };
    // the actor is a name inside the subject ("Halvard and Vireo signed"), not any name before the verb
    // ("Federal Railroad Administration records show the track … was last inspected")
    let actor: string | null = null;
    for (const e of ctx.entities) if (e.end <= v.start - ctx.start && e.index >= subjectFrom - ctx.start) actor = e.name;
    out.push({
      key: `${stem}|${about[0]}|${(actor ?? '').toLowerCase()}`,
      subject: actor, predicate: stem, about,
      date: { ...date, ...(weekday !== undefined ? { weekday } : {}) },
      sentence: ctx.index, start: v.start, end: v.end, line: ctx.line,
    });
  }
  return out;
}

/** Auxiliaries and the words that may sit in a verb's auxiliary chain ("will not be", "had not yet been"). */
const CHAIN = /^(?:will|would|shall|'ll|wo|was|were|is|are|be|been|being|has|have|had|did|does|do|not|n't|never|no|longer|yet|also|still|now|then|already|ever|again|fully|formally|officially)$/i;
/** A chain that is a guess, not a statement: "might", "could", "may", "should". */
const HEDGE = /^(?:might|could|may|can|should|must|ought)$/i;
const NEGATION = /^(?:not|n't|never|no)$/i;

/**
 * Statements told by an auxiliary and a verb, with or without a negation: "the drones will not be armed" /
 * "some of the drones will be armed", "the engineer was not tested" / "was tested", "Halvard will not keep the
 * Vireo brand" / "Vireo will keep its brand". The claim is the verb's stem about the nouns of its subject (a
 * passive) or its object (an active verb), with the polarity of the chain. A plain past tense with no
 * auxiliary states nothing this can oppose, and is left out (it would be most verbs of every article).
 */
export function findVerbClaims(ctx: SentenceContext, tokens: Token[]): import('../types.js').Claim[] {
  const out: import('../types.js').Claim[] = [];
  // conditionals and reports of what might happen are not assertions
  if (/^\s*(?:if|unless|whether)\b/i.test(ctx.text)) return out;
  const toks = tokens.filter((t) => t.start >= ctx.start && t.end <= ctx.start + ctx.text.length);
  for (let vi = 0; vi < toks.length; vi++) {
    const v = toks[vi]!;
    // ("will be armed", "was closed": a participle after "be" is often tagged an adjective)
    const participleAdj = v.pos === 'ADJ' && /(?:ed|en)$/.test(v.text) && vi > 0 && /^(?:be|been|was|were|is|are)$/i.test(toks[vi - 1]!.text);
    if ((v.pos !== 'VERB' && !participleAdj) || !/^\p{Ll}+$/u.test(v.text)) continue;
    // the chain of auxiliaries right before the verb
    let ci = vi - 1;
    let negated = false;
    let passive = false;
    let future = false;
    let hedged = false;
    let did = false;
    while (ci >= 0 && (CHAIN.test(toks[ci]!.text) || toks[ci]!.pos === 'AUX' || HEDGE.test(toks[ci]!.text))) {
      const w = toks[ci]!.text.toLowerCase();
      if (NEGATION.test(w)) negated = true;
      if (/^(?:was|were|is|are|be|been|being)$/.test(w)) passive = true;
      if (/^(?:will|would|shall|'ll|wo)$/.test(w)) future = true;
      if (/^(?:did|does|do)$/.test(w)) did = true;
      if (HEDGE.test(w)) hedged = true;
      ci--;
    }
    if (ci === vi - 1 || hedged) continue;
    // "no longer" is a negation; "not only" is not
    if (negated && /^\s*only\b/i.test(ctx.text.slice(v.start - ctx.start - 6, v.start - ctx.start + 6).replace(/^.*not\s+/, ''))) continue;
    const participle = /(?:ed|en|wn|ne|lt|pt|ung|uck|ought|aught|id|ade|ept|eld|old|ound|ost|ent)$/.test(v.text);
    if (passive && !participle && !future) continue; // "is working", "was going": progressive, not a state
    if (!passive && !future && !did) continue;
    const stem = verbStem(v.text);
    if (stem.length < 3 || NOT_EVENTS.has(stem) || NOT_EVENTS.has(v.text.toLowerCase())) continue;
    // the subject: the noun phrase before the chain ("The drones", "some of the drones", "Tamsin's public schools")
    const subject: string[] = [];
    let afterDet = false;
    for (let i = ci, seen = 0; i >= 0 && seen < 10; i--, seen++) {
      const t = toks[i]!;
      if (t.text === ',' && subject.length === 0) {
        const open = (() => { for (let j = i - 1; j >= Math.max(0, i - 10); j--) if (toks[j]!.text === ',') return j; return -1; })();
        if (open >= 0) i = open;
        continue;
      }
      if (afterDet && !(t.pos === 'ADP' || t.pos === 'CCONJ')) break;
      afterDet = t.pos === 'DET' && !/^(?:this|that|these|those)$/i.test(t.text);
      if (t.pos === 'VERB' && /(?:ing|ed)$/.test(t.text) && toks[i + 1]?.pos === 'NOUN') continue;
      if (t.pos === 'VERB' || t.pos === 'SCONJ' || (t.pos === 'PUNCT' && t.text !== '-' && t.text !== "'s" && t.text !== '’s') || /^(?:that|which|who|when|said|says)$/i.test(t.text)) break;
      const w = nounWord(t) ?? (subject.length === 0 && t.pos === 'ADJ' && toks[i - 1]?.pos === 'DET' ? nounWord({ ...t, pos: 'NOUN' }) : null);
      if (w) subject.push(w);
    }
    // the object: the noun phrase right after an active verb ("keep the Vireo brand", "pay the ransom")
    const object: string[] = [];
    if (!passive) {
      for (let i = vi + 1; i < toks.length && i < vi + 6; i++) {
        const t = toks[i]!;
        if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PART' || t.pos === 'NUM' || t.text === "'s" || t.text === '’s' || /^(?:its|their|his|her|our|my|your)$/i.test(t.text))) break;
        const w = nounWord(t);
        if (w) object.push(w);
      }
    }
    const about = [...new Set(object.length ? object : subject)].filter((w) => !TIME_NOUNS.test(w));
    if (about.length === 0) continue;
    let actor: string | null = null;
    for (const e of ctx.entities) if (e.end <= toks[Math.max(0, ci + 1)]!.start - ctx.start && e.index >= Math.max(0, (toks[Math.max(0, ci - 9)]?.start ?? ctx.start) - ctx.start)) actor = e.name;
    const from = toks[ci + 1]!.start;
    out.push({
      key: `verb ${stem}|${(actor ?? '').toLowerCase()}|${about[0]}`,
      subject: actor, predicate: `verb ${stem}`, object: about[0]!, ...(about.length > 1 ? { alsoAbout: about.slice(1) } : {}),
      polarity: negated ? -1 : 1, corrected: false,
      sentence: ctx.index, start: from, end: v.end, line: ctx.line,
    });
  }
  return out;
}

const TIME_NOUNS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tomorrow|yesterday|week|month|year|day|time|hour|minute|moment|weekend)$/;
