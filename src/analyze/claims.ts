/**
 * Statements with a polarity ("approved" vs "rejected", "classified" vs "unclassified") and dated events
 * ("the strike began on March 3"), keyed so that two articles saying opposite things about the same subject
 * land on the same key. The antonym pairs and event verbs are data; a newsroom can add pairs in its config.
 */
import type { Claim, EventDate } from '../types.js';
import { singular } from './figures.js';
import { table } from '../text/table.js';
import { datelineEnd } from '../text/dateline.js';

export interface PolarityPair {
  family: string;
  positive: string;
  negative: string;
  /** Regex for the noun the qualifier applies to; when absent, the first noun after the verb. */
  object?: string;
}

export const POLARITY_PAIRS: PolarityPair[] = [
  { family: 'classification', positive: String.raw`\bclassified\b`, negative: String.raw`\b(?:unclassified|non-classified|nonclassified)\b`, object: String.raw`(?:networks?|systems?|infrastructure|channels?|platforms?|environments?|data|work|missions?|servers?|clouds?)` },
  { family: 'approval', positive: String.raw`\b(?:voted (?:unanimously |overwhelmingly )?to(?= (?!reject|block|veto|oppose|scrap|defeat|overturn|halt|stop)[a-z]+\b)|approved|passed(?! away\b| on\b| at\b| by\b| through\b| over\b| out\b)|ratified|endorsed|adopted|accepted|backed|greenlit|green-lit)\b`, negative: String.raw`\b(?:rejected|voted down|vetoed|blocked|turned down|defeated|threw out|scrapped)\b` },
  { family: 'confirmation', positive: String.raw`\b(?:confirmed|acknowledged)\b`, negative: String.raw`\b(?:denied|refuted|dismissed)\b` },
  { family: 'verdict', positive: String.raw`\b(?:found guilty|convicted)\b`, negative: String.raw`\b(?:acquitted|found not guilty|cleared)\b` },
  { family: 'agreement', positive: String.raw`\b(?:agreed to|accepted)\b`, negative: String.raw`\b(?:refused to|declined to)\b` },
  { family: 'permission', positive: String.raw`\b(?:allowed|permitted|authori[sz]ed|legali[sz]ed)\b`, negative: String.raw`\b(?:banned|prohibited|forbade|outlawed)\b` },
  // "has ruled out compulsory redundancies" / "had not ruled out…": one verb, its negation is the other side
  { family: 'exclusion', positive: String.raw`\bruled out\b`, negative: String.raw`\b(?:left open the possibility of|kept open the option of)\b` },
  // "there will be compulsory redundancies" / "there will be no compulsory redundancies"
  { family: 'existence', positive: String.raw`\bthere will be\b(?!\s+no\b)`, negative: String.raw`\bthere will be no\b|\bthere will not be\b|\bthere won['’]t be\b` },
  { family: 'availability', positive: String.raw`\bwill be available\b`, negative: String.raw`\bwill not be available\b|\bwon['’]t be available\b` },
  // "will"/"will not" + a verb is read by its verb (events.ts findVerbClaims), with the nouns of its subject or
  // object: the keyword pair this family was read it by took time words for objects ("reopen monday")
];

export const EVENT_VERBS: Array<[string, RegExp]> = [
  ['begin', /\b(?:began|begins|beginning|started|starts|starting|kicked off|commenced|got under way|broke out|(?:due|set|expected|scheduled) to (?:start|begin)|will (?:start|begin))\b/i],
  ['end', /\b(?:ended|ends|finished|concluded|was called off|were called off)\b/i],
  ['sign', /\b(?:was signed|were signed|signed)\b/i],
  ['announce', /\b(?:was announced|were announced|announced|unveiled)\b/i],
  ['issue', /\b(?:was issued|were issued|issued)\b/i],
  // a burglary told by its verb: "Thieves broke into the museum in the early hours of Sunday 9 March"
  ['occur', /\b(?:broke into|(?:was|were) broken into|burgled|(?:was|were) burgled|ransacked)\b/i],
  ['hold', /\b(?:was held|were held|took place|will be held|is scheduled|was scheduled)\b/i],
  ['open', /\b(?:opened|reopened|was opened)\b/i],
  ['close', /\b(?:closed|shut down|was closed)\b/i],
  ['collapse', /\b(?:collapsed|caved in)\b/i],
  ['vote', /\b(?:voted|went to the polls)\b/i],
  ['die', /\b(?:died|was killed|were killed)\b/i],
  ['arrest', /\b(?:was arrested|were arrested|arrested)\b/i],
  ['launch', /\b(?:launched|went live|debuted|was released|released)\b/i],
  ['scheduled', /\b(?:is|was|will be|are|were|falls|fell)\s+(?:now\s+)?(?:due\s+|scheduled\s+|set\s+|expected\s+|planned\s+|slated\s+)?(?:on|for)\b/i],
];

const EVENT_NOUNS: Readonly<Record<string, string>> = table({
  strike: 'strike', walkout: 'strike', stoppage: 'strike', 'industrial action': 'strike', protest: 'protest',
  deal: 'deal', agreement: 'deal', contract: 'deal', accord: 'deal', merger: 'deal', takeover: 'deal',
  vote: 'vote', ballot: 'vote', referendum: 'vote', election: 'election', poll: 'vote',
  fire: 'fire', blaze: 'fire', wildfire: 'fire', collapse: 'collapse', meeting: 'meeting', summit: 'meeting',
  talks: 'talks', negotiation: 'talks', trial: 'trial', hearing: 'hearing', sale: 'sale', launch: 'launch',
  construction: 'construction', work: 'work', closure: 'closure', evacuation: 'evacuation', storm: 'storm', flood: 'flood',
  decision: 'decision', announcement: 'announcement', opening: 'opening',
  ceremony: 'ceremony', match: 'match', game: 'match', final: 'match', race: 'race', earthquake: 'earthquake', quake: 'earthquake',
  crash: 'crash', accident: 'crash', explosion: 'explosion', attack: 'attack', outage: 'outage', shutdown: 'closure',
  inquiry: 'inquiry', inquest: 'inquiry', sentencing: 'sentencing', verdict: 'verdict', release: 'release',
  'break-in': 'theft', burglary: 'theft', robbery: 'theft', heist: 'theft', theft: 'theft', raid: 'raid',
  cyberattack: 'attack', shooting: 'shooting', stabbing: 'stabbing', blast: 'explosion', leak: 'leak', spill: 'leak',
});

/**
 * Incidents: a thing that happens at one time. "The fire broke out on Thursday" and "the fire on the night of
 * Wednesday" both say when the fire happened, so their events share the family 'occur'.
 */
const INCIDENTS = new Set(['fire', 'explosion', 'crash', 'attack', 'collapse', 'earthquake', 'flood', 'storm', 'theft', 'raid', 'shooting', 'stabbing', 'leak', 'outage']);
const INCIDENT_BEFORE_DATE = new RegExp(String.raw`\b(${Object.keys(EVENT_NOUNS).filter((n) => INCIDENTS.has(EVENT_NOUNS[n]!)).sort((a, b) => b.length - a.length).join('|')})s?\b[^.;,]{0,25}?\b(?:on|of|during)\s+(?:the\s+)?$`, 'i');
const WEEKDAY_ONLY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;

const CORRECTION = /\b(?:initially|originally|first|earlier|previously|mistakenly|wrongly)\b[^.]{0,120}\b(?:before|until|but|later|then)\b[^.]{0,80}\b(?:corrected|clarified|revised|retracted|walked back|amended|updated|rectified)\b|\b(?:corrected|clarified|revised|retracted)\b[^.]{0,60}\b(?:statement|figure|claim|remarks?|comments?|number)\b/i;
const WHEN_SAID = /^\s*(?:on\s+)?(?:(?:late|early)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|last night|this (?:morning|afternoon|evening|week)|earlier|later)(?:\s+(?:morning|afternoon|evening|night))?,?(?=\s+that\b)/i;
const NEGATOR = /\b(?:not|never|no|n['’]t|neither|nor|without)\b(?:\s+\S+){0,4}\s*$/i;
const DETERMINERS = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|all|some|any|most|more|sensitive|secure|most\s+sensitive)$/i;

export interface SentenceContext {
  text: string;
  start: number;
  line: number;
  index: number;
  /** Canonical entity names mentioned in the sentence, with their offsets in it. */
  entities: Array<{ name: string; index: number; end: number }>;
  dates: Array<{ index: number; length: number; start: string | null; end: string | null; text: string; monthDay?: string }>;
}

/** The named actor of a statement: the nearest name before the verb, inside its clause. */
function actorBefore(ctx: SentenceContext, at: number, window = 80): string | null {
  const before = ctx.text.slice(0, at);
  const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), at - window);
  let best: string | null = null;
  for (const e of ctx.entities) if (e.end <= at && e.index >= clauseStart) best = e.name;
  return best;
}

const VAGUE_OBJECTS = new Set(['report', 'claim', 'rumour', 'rumor', 'speculation', 'suggestion', 'it', 'that', 'this', 'they', 'plan', 'news', 'story', 'allegation', 'move']);

/**
 * "denied reports that Corvane would close its plant", "confirmed that the deal includes a sell-on clause":
 * the object is what the reported clause says, as verb + head noun ("close plant", "include clause").
 */
function complementObject(text: string, from: number): string | null {
  const rest = text.slice(from, from + 160);
  // the reported clause ends at the first comma: "…includes a sell-on clause, saying the payment would be…"
  const clause = rest.split(/[,;]/)[0]!;
  // ("that the lots had been shipped to Canada": the verb of a passive clause is its participle)
  const m = /\b(?:would|will|had|has|was|is|were|planned to|plans to|to|could|might)\s+(?:not\s+)?(?:been\s+|be\s+)?([a-z]+)\s+/i.exec(clause) ??
    /^\s*(?:(?:reports?|claims?|suggestions?|rumou?rs?|speculation)\s+)?(?:that\s+)?(?:[\p{L}'’-]+\s+){1,4}?([a-z]+(?:s|ed))\s+/iu.exec(clause);
  if (!m) return null;
  let verb = m[1]!.toLowerCase();
  if (/^(?:be|been|have|not|is|was|has|its|this|his|its)$/.test(verb)) return null;
  verb = verb.replace(/([b-df-hj-np-tv-z])\1ed$/, '$1').replace(/(?<=[^s])s$/, '').replace(/ed$/, 'e').replace(/ee$/, 'e');
  const head = headNounAfter(text, from + m.index + m[0].length - 1);
  return head ? `${verb.replace(/e$/, '')} ${head}` : null;
}

function nearestEntity(ctx: SentenceContext, at: number, window = 60): string | null {
  let best: string | null = null;
  let bestDist = Infinity;
  for (const e of ctx.entities) {
    const dist = e.end <= at ? at - e.end : e.index >= at ? e.index - at : 0;
    if (dist < bestDist && dist <= window) {
      bestDist = dist;
      best = e.name;
    }
  }
  return best;
}

const objectAfter = new WeakMap<RegExp, RegExp>();

/** The head noun of the phrase after `from`; with `width` 2, the word before it too ("compulsory redundancy"). */
function headNounAfter(text: string, from: number, objectRe?: RegExp, width = 1): string | null {
  const rest = text.slice(from, from + 80);
  if (objectRe) {
    let after = objectAfter.get(objectRe);
    if (!after) objectAfter.set(objectRe, (after = new RegExp(String.raw`^(?:[\s,]+(?:[\p{L}’'-]+\s+){0,3}?)?(${objectRe.source})\b`, 'iu')));
    const m = after.exec(rest);
    return m ? singular(m[1]!) : null;
  }
  // the head of the noun phrase after the verb: its last word before a boundary ("the sell-on clause in…")
  const phrase = /^[\s,]*((?:[\p{L}\p{N}%'’-]+\s+){0,4}?[\p{L}'’-]+)(?=\s*(?:$|[,.;:()]|\s(?:that|to|on|in|at|by|for|of|with|after|before|from|as|and|but|because|which|who|was|were|is|are|had|has|would|will|would|this|last|next|each|every|yesterday|today|tomorrow|among|amongst|across|within|without|under|between|during|against|amid)\b))/u.exec(rest);
  if (!phrase) return null;
  // ("struck the main shortly before it failed": an adverb after the noun is not its head)
  const words = phrase[1]!.split(/\s+/).filter((w) => !DETERMINERS.test(w) && !/^(?:as|a|an|\d[\d.,%]*)$/i.test(w) && !/^[a-z]{3,}ly$/.test(w));
  const head = words[words.length - 1];
  if (!head) return null;
  const modifier = width > 1 && words.length > 1 ? words[words.length - 2]!.toLowerCase() + ' ' : '';
  return modifier + singular(head.replace(/[’']s$/, ''));
}

/**
 * "The results have not been confirmed", "An opposition amendment to keep the library open was rejected":
 * in the passive, the object is the subject of the clause, the head of its first noun phrase.
 */
function passiveObject(text: string, at: number): string | null {
  const before = text.slice(0, at);
  // a passive needs a form of "be": "had not ruled out redundancies" is active, its object comes after
  if (!/\b(?:was|were|is|are|be|been|being)(?:\s+(?:not|never|yet|already|now|officially|formally|since|also))*\s*$/i.test(before)) return null;
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const clause = before.slice(clauseStart).replace(/^\s*(?:\d+[.)]\s*)?/, '');
  const np = /^\s*((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)(?=\s+(?:to|of|on|in|at|for|from|with|by|that|which|who|has|have|had|was|were|is|are)\b)/u.exec(clause);
  if (!np) return null;
  const words = np[1]!.split(/\s+/).filter((w) => !DETERMINERS.test(w));
  const head = words[words.length - 1];
  return head ? singular(head.replace(/[’']s$/, '')) : null;
}

function headNounBefore(text: string, at: number): string | null {
  const words = text.slice(Math.max(0, at - 90), at).split(/[^\p{L}'’-]+/u).filter(Boolean);
  // ("the walkout is due to start": the noun may sit a few words before the verb phrase; "The evacuation order
  // for the Riverside and Millbank districts was issued": or a phrase before it)
  for (let i = words.length - 1; i >= Math.max(0, words.length - 8); i--) {
    const w = words[i]!.toLowerCase();
    if (EVENT_NOUNS[w] || EVENT_NOUNS[singular(w)]) return EVENT_NOUNS[w] ?? EVENT_NOUNS[singular(w)]!;
  }
  return null;
}

/** Heads of a reported clause that say who acts, not what is said: too common to tie two claims together. */
const GENERIC_HEADS = new Set(['company', 'government', 'police', 'firm', 'council', 'team', 'club', 'group', 'he', 'she', 'they', 'it', 'we', 'official', 'authority', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'agency', 'department', 'there', 'this', 'that', 'report', 'people']);

/**
 * Other words a claim may name what it is about, besides its object: two accounts of one fact often word it
 * differently ("confirmed that Social Security numbers were among the files copied" / "denied that Social
 * Security numbers had been taken"; "ruled out paying any ransom" / "has not ruled out paying"). These are the
 * head of the reported clause's subject, the noun after the verb and a gerund right after it.
 */
function alternativeObjects(text: string, after: number): string[] {
  const rest = text.slice(after, after + 160);
  const out: string[] = [];
  // ("denied reports circulating on social media that a body had been found": the reported clause after them)
  const subject = /^\s*(?:(?:reports?|claims?|suggestions?|rumou?rs?|speculation|allegations?)\b[^.;"“]{0,60}?\b)?that\s+((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)(?=\s+(?:were|was|had|has|have|would|will|is|are|could|might|did)\b)/iu.exec(rest);
  if (subject) {
    const words = subject[1]!.split(/\s+/).filter((w) => !DETERMINERS.test(w));
    const head = words[words.length - 1];
    if (head) out.push(singular(head.toLowerCase().replace(/[’']s$/, '')));
  }
  const gerund = /^\s*([a-z]{3,}ing)\b/.exec(rest);
  if (gerund) out.push(gerund[1]!);
  const noun = /^\s*that\b/i.test(rest) ? null : headNounAfter(text, after);
  if (noun) out.push(noun.toLowerCase());
  return out.filter((w) => w.length >= 3 && !GENERIC_HEADS.has(w) && !VAGUE_OBJECTS.has(w));
}

/** Nouns for something put to a vote: what it proposes is the verb after "to" ("a motion to refer…"). */
const PROPOSALS = /^(?:motion|proposal|plan|bid|request|call|attempt|move|resolution|amendment)$/;

interface CompiledPair { negative: RegExp; positive: RegExp; object: RegExp | undefined }
/** Each pair's patterns compiled once: built per sentence, they were recompiled whenever a garbage collection
 * had emptied V8's cache of compiled patterns. */
const compiledPairs = new WeakMap<PolarityPair, CompiledPair>();
function compiled(pair: PolarityPair): CompiledPair {
  let c = compiledPairs.get(pair);
  if (!c) compiledPairs.set(pair, (c = { negative: new RegExp(pair.negative, 'gi'), positive: new RegExp(pair.positive, 'gi'), object: pair.object ? new RegExp(pair.object, 'i') : undefined }));
  return c;
}

export function findClaims(ctx: SentenceContext, pairs: PolarityPair[] = POLARITY_PAIRS): Claim[] {
  const out: Claim[] = [];
  const corrected = CORRECTION.test(ctx.text);
  for (const pair of pairs) {
    const c = compiled(pair);
    // "there will be (no) X" is about X, the phrase right after it, read with its modifier and no other way: "a
    // utilization fee" and "no management fee" are two fees
    const phraseOnly = pair.family === 'existence';
    for (const [re, polarity] of [[c.negative, -1], [c.positive, 1]] as Array<[RegExp, 1 | -1]>) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(ctx.text))) {
        if (out.some((c) => c.start - ctx.start <= m!.index && m!.index < c.end - ctx.start)) continue;
        const objRe = c.object;
        const passive = pair.family === 'availability' || phraseOnly ? null : passiveObject(ctx.text, m.index);
        const object = pair.family === 'availability' ? (passiveObject(ctx.text, m.index) ?? 'availability')
          : phraseOnly ? headNounAfter(ctx.text, m.index + m[0].length, undefined, 2)
          : passive ?? headNounAfter(ctx.text, m.index + m[0].length, objRe) ??
            (objRe ? headNounAfter(ctx.text, m.index + m[0].length) : null);
        // ("confirmed Tuesday that a signal had malfunctioned", "denied on Thursday that …": when it was said is
        // not what was said)
        const when = WHEN_SAID.exec(ctx.text.slice(m.index + m[0].length))?.[0].length ?? 0;
        const afterVerb = ctx.text.slice(m.index + m[0].length + when);
        const refined = !phraseOnly && (!object || VAGUE_OBJECTS.has(object) || when > 0 || /^\s*that\b/i.test(afterVerb)) ? complementObject(ctx.text, m.index + m[0].length + when) : null;
        // ("voted to refer the closure": what was voted for is the verb after "to", not the noun after that)
        const votedFor = pair.family === 'approval' && /^voted\b/i.test(m[0]) ? /^\s+([a-z]+)/.exec(ctx.text.slice(m.index + m[0].length))?.[1] : undefined;
        const finalObject = votedFor ? `to ${votedFor.toLowerCase()}` : refined ?? object;
        if (!finalObject) continue;
        const clause = ctx.text.slice(Math.max(0, ctx.text.lastIndexOf(',', m.index) + 1), m.index);
        // Conditionals, modals and early reports are not assertions: "If OpenAI can navigate classified
        // networks…", "Initial reports suggested OpenAI might deploy…".
        if ((/^\s*(?:if|unless|whether)\b/i.test(ctx.text) || /\b(?:might|could|would|may|if|whether|initial(?:ly)?|earlier reports?|rumou?rs?)\b/i.test(clause))) continue;
        // "NATO's unclassified networks, not its most sensitive classified systems": a possessive pronoun
        // before the qualifier points back to the last name before it
        const pronoun = /\b(?:its|their)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(ctx.text.slice(Math.max(0, m.index - 40), m.index));
        const subject = pair.object
          ? (pronoun ? actorBefore(ctx, m.index, 400) : null) ?? nearestEntity(ctx, m.index, 40)
          : actorBefore(ctx, m.index);
        // a qualifier with no one it applies to is a generic statement ("Classified networks handle intelligence")
        // ("the bridge was classified as deficient" names its own subject in the clause)
        if (pair.object && !subject && !passive) continue;
        const lead = ctx.text.slice(Math.max(0, m.index - 40), m.index);
        const neg = pair.family !== 'availability' ? NEGATOR.exec(lead) : null;
        const negated = neg !== null;
        // the excerpt of a negated claim starts at its negation ("not classified"), so readers see both sides
        const from = neg ? m.index - lead.length + neg.index : m.index;
        const pol = (negated ? -polarity : polarity) as 1 | -1;
        const others = pair.object || phraseOnly || votedFor ? [] : alternativeObjects(ctx.text, m.index + m[0].length).filter((k) => k !== finalObject);
        // "rejected a motion to refer the closure" meets "voted to refer the closure": a proposal is also about the
        // verb after its "to"
        if (pair.family === 'approval' && PROPOSALS.test(finalObject)) {
          const verb = new RegExp(String.raw`^[^.;]{0,40}?\b${finalObject}s?\s+to\s+([a-z]+)`, 'i').exec(ctx.text.slice(m.index + m[0].length))?.[1]?.toLowerCase();
          if (verb) others.push(`to ${verb}`);
        }
        out.push({
          key: `${pair.family}|${(subject ?? '').toLowerCase()}|${finalObject}`,
          subject, predicate: pair.family, object: finalObject, ...(others.length ? { alsoAbout: [...new Set(others)] } : {}), polarity: pol, corrected,
          sentence: ctx.index, start: ctx.start + from, end: ctx.start + m.index + m[0].length, line: ctx.line,
        });
      }
    }
  }
  return out;
}

export function findEvents(ctx: SentenceContext): EventDate[] {
  const out: EventDate[] = [];
  if (CORRECTION.test(ctx.text)) return out;
  // (a dateline's date is when the story was filed, not when its events happened)
  const body = datelineEnd(ctx.text);
  let days = ctx.dates.filter((d) => d.index >= body && ((d.start && d.end && dayspan(d.start, d.end) <= 31) || d.monthDay));
  // "on Saturday evening, November 15": the weekday names the date that follows it, not a second day
  if (days.length === 2 && WEEKDAY_ONLY.test(days[0]!.text.trim()) && /^[\s,]*$/.test(ctx.text.slice(days[0]!.index + days[0]!.length, days[1]!.index))) days = [days[1]!];
  if (days.length !== 1) return out; // two dates in one sentence: which one the event has is unclear
  const found = days[0]!;
  const date = found.start && found.end
    ? { start: found.start, end: found.end, text: found.text }
    : { start: found.monthDay!, end: found.monthDay!, text: found.text, monthDayOnly: true };
  for (const [verbFamily, re] of EVENT_VERBS) {
    const m = re.exec(ctx.text);
    if (!m) continue;
    const noun = verbFamily === 'occur' ? 'theft' : headNounBefore(ctx.text, m.index);
    if (!noun) continue;
    const family = INCIDENTS.has(noun) && (verbFamily === 'begin' || verbFamily === noun) ? 'occur' : verbFamily;
    const subject = actorBefore(ctx, m.index, 120);
    out.push({
      key: `${family}|${noun}|${(subject ?? '').toLowerCase()}`,
      subject, predicate: family,
      date,
      sentence: ctx.index, start: ctx.start + m.index, end: ctx.start + m.index + m[0].length, line: ctx.line,
    });
    return out;
  }
  // an incident with its date and no verb: "the break-in in the early hours of Saturday 8 March", "the Brenmoor
  // fire on the night of Wednesday 3 September"
  const before = ctx.text.slice(Math.max(0, found.index - 70), found.index);
  const incident = INCIDENT_BEFORE_DATE.exec(before);
  if (incident) {
    const at = found.index - before.length + incident.index;
    const noun = EVENT_NOUNS[incident[1]!.toLowerCase()] ?? EVENT_NOUNS[singular(incident[1]!)]!;
    const subject = actorBefore(ctx, at, 120);
    out.push({
      key: `occur|${noun}|${(subject ?? '').toLowerCase()}`,
      subject, predicate: 'occur',
      date,
      sentence: ctx.index, start: ctx.start + at, end: ctx.start + at + incident[1]!.length, line: ctx.line,
    });
  }
  return out;
}

function dayspan(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86400000 + 1;
}
