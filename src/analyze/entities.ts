/**
 * People, organisations and places from proper-noun chunks.
 *
 * Each sentence's capitalised words are grouped into chunks (with "of", "for", "&", name particles, and "and"
 * or a possessive only where they sit inside one name: "Ministry of Roads and Transport", "United Nations
 * Children's Fund"). Titles are cut off and kept as evidence ("U.S. District Judge Maria Delgado" → the place
 * "U.S." and the person "Maria Delgado"); sentence openers that are ordinary words ("Critics", "Developer")
 * are dropped. Every chunk then collects evidence from its context: a title or role noun before it, an
 * organisation noun before it ("operator X"), a place preposition, an appositive (", a building physicist"),
 * "-based", a byline. The article's chunks are grouped by canonical key (gazetteer place, acronym defined in
 * place, legal suffix dropped), short forms are joined to their full names (a surname to the person, a
 * company's first word to the company), and each entity is typed by adding up its evidence with what its
 * name says by itself (head words like "Ministry" or "Airport", the gazetteer, a given name).
 */
import type { Token } from '../nlp.js';
import type { Entity, EntityType, LineRole } from '../types.js';
import { isDemonym, lookupPlace, normaliseName, type Place } from './gazetteer.js';
import { isCommonWord, isGivenName } from './vocabulary.js';
import {
  KNOWN_ACRONYMS, LEGAL_SUFFIXES, MEASURE_HEADS, NAME_PARTICLES, NEWS_AGENCIES, NOT_ENTITY_ACRONYMS, NOT_NAMES,
  OPENING_QUALIFIERS, ORG_HEADS, ORG_ROLES, PERSON_ROLES, PLACE_HEADS, PLACE_NOUNS, PLACE_PREPOSITIONS,
  PUBLIC_BODY_HEADS, STREET_HEADS, STRONG_TITLES, TITLE_MODIFIERS, WEAK_TITLES,
} from './entity-words.js';

export interface Mention {
  start: number;
  end: number;
  /** Index into the article's entity list. */
  entity: number;
}

export interface EntityResult {
  entities: Entity[];
  mentions: Mention[];
}

/** Evidence for each type, added up over an entity's mentions. */
interface Cue {
  person: number;
  org: number;
  place: number;
  /** "the X", ", which": whatever X is, it is not a person. */
  notPerson: number;
}

/** A word of a sentence: a token, or tokens glued by hyphens written without spaces ("Emilia-Romagna"). */
interface Unit {
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
  cap: boolean;
  /** "Singapore-based": the word is a place, and the name after it is an organisation. */
  based: boolean;
  /** "US-led", "AI-driven": the name part of a hyphenated adjective; no name continues past it. */
  closed: boolean;
}

interface Chunk {
  sentence: number;
  role: LineRole;
  /** Unit range, inclusive. */
  first: number;
  last: number;
  words: string[];
  start: number;
  end: number;
  /** A single word at the start of its sentence, where any word is capitalised. */
  initial: boolean;
  cue: Cue;
  /** Read in running text, or in a heading written in sentence case, where capitals mark names. */
  trusted: boolean;
  /** The line is written in capitals ("PRESS RELEASE"): an upper-case word there is not an acronym. */
  shouted: boolean;
  /** An ordinary word opening a sentence ("Critics", "Trump"): a name only as the short form of a longer one. */
  weak?: boolean;
}

const CONNECTORS = new Set(['of', 'for', 'on', '&', ...NAME_PARTICLES]);
/** Words after which "of"/"for" continue a name ("Bank of England", "Office for National Statistics"). */
const OF_HEADS = new Set([
  ...ORG_HEADS, ...PLACE_HEADS, ...STRONG_TITLES, ...WEAK_TITLES, 'republic', 'kingdom', 'duke', 'duchess', 'earl', 'house',
  'museum', 'church', 'isle', 'isles', 'friends', 'people', 'chamber', 'order', 'centre', 'center', 'gallery', 'faculty',
  'hall', 'temple', 'states', 'emirates', 'federation', 'confederation', 'commonwealth', 'principality', 'sultanate',
  'archdiocese', 'diocese', 'province', 'campaign', 'friends', 'daughters', 'sons', 'knights', 'statue', 'tower',
  'ministry', 'minister', 'secretary', 'department', 'office', 'bureau', 'institute', 'school', 'college', 'university',
]);
/** One-word names of institutions, written with a capital when they mean the body ("the Navy", "Parliament"). */
const INSTITUTIONS = new Set(['navy', 'army', 'parliament', 'congress', 'senate', 'treasury', 'pentagon', 'cabinet', 'government', 'administration', 'kremlin', 'bundestag', 'knesset', 'duma', 'marines', 'police', 'commons', 'judiciary', 'legislature', 'fed']);
const OPENERS = /^(?:["“”‘’'`(\[{:;—–\-•|›»·…]+|\.{1,3})$/;
const LETTERS = /^[\p{L}][\p{L}\p{M}&.'’-]*$/u;

const lowerOf = (w: string): string => w.toLowerCase().replace(/\.$/, '');
const isCapWord = (t: string): boolean => (/^\p{Lu}/u.test(t) || /^[a-z]{1,2}\p{Lu}/u.test(t)) && LETTERS.test(t) && !/\d/.test(t);
const isAllCaps = (w: string): boolean => /^[\p{Lu}&.]{2,}$/u.test(w) && /\p{Lu}.*\p{Lu}|^\p{Lu}\.$/u.test(w);
const isTitle = (w: string): boolean => STRONG_TITLES.has(lowerOf(w)) || WEAK_TITLES.has(lowerOf(w));
const emptyCue = (): Cue => ({ person: 0, org: 0, place: 0, notPerson: 0 });

function toUnits(tokens: Token[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let text = t.text;
    let end = t.end;
    let pos = t.pos;
    // hyphenated words written without spaces are one word: "Emilia-Romagna", "co-founder", "Singapore-based"
    while (i + 2 < tokens.length && /^[-‐‑]$/.test(tokens[i + 1]!.text) && tokens[i + 1]!.start === end &&
      tokens[i + 2]!.start === tokens[i + 1]!.end && /\p{L}$/u.test(text) && /^\p{L}/u.test(tokens[i + 2]!.text)) {
      text += '-' + tokens[i + 2]!.text;
      end = tokens[i + 2]!.end;
      if (tokens[i + 2]!.pos === 'PROPN') pos = 'PROPN';
      i += 2;
    }
    let based = false;
    let closed = false;
    const m = /^(.+?)-(\p{Ll}[\p{Ll}-]*)$/u.exec(text);
    if (m && isCapWord(m[1]!) && isCommonWord(m[2]!.split('-').pop()!)) {
      text = m[1]!;
      end = t.start + text.length;
      closed = true;
      based = /^(?:based|headquartered|listed)$/.test(m[2]!);
    }
    out.push({ text, lower: lowerOf(text), start: t.start, end, pos, cap: isCapWord(text), based, closed });
  }
  return out;
}

const MONTHS_AND_DAYS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Whether unit j may continue a name that is being read. */
function continues(us: Unit[], j: number, run: number[]): boolean {
  const u = us[j]!;
  if (!u.cap) return false;
  if (NOT_NAMES.has(u.lower)) {
    // "Theresa May" but not "Friday May 5"
    if (!MONTHS_AND_DAYS.test(u.lower) || us[j + 1]?.pos === 'NUM') return false;
  }
  // A shouted masthead ("EURODESK NEWS Home") ends where ordinary capitalisation starts.
  const last = us[run[run.length - 1]!]!;
  const prev = run.length >= 2 ? us[run[run.length - 2]!]! : null;
  if (prev && isAllCaps(last.text) && isAllCaps(prev.text) && /\p{Ll}/u.test(u.text)) return false;
  return !us[run[run.length - 1]!]!.closed;
}

/** Words of the name that would follow unit j (for deciding "and"). */
function peekName(us: Unit[], j: number): string[] {
  const out: string[] = [];
  for (let k = j; k < us.length; k++) {
    const u = us[k]!;
    if (u.cap && !NOT_NAMES.has(u.lower)) out.push(u.text);
    else if (CONNECTORS.has(u.text) && us[k + 1]?.cap) out.push(u.text);
    else break;
  }
  return out;
}

/** "Food and Drug Administration", "Ministry of Mines and Minerals Development" are one name; "Germany and the Netherlands" two. */
function joinsWithAnd(left: string[], right: string[]): boolean {
  if (right.length === 0) return false;
  const lower = (ws: string[]): string[] => ws.map(lowerOf);
  const L = lower(left);
  const R = lower(right);
  const headOf = (ws: string[]): boolean => ws.some((w, i) => ORG_HEADS.has(w) && !LEGAL_SUFFIXES.has(w) && (ws[i + 1] === 'of' || ws[i + 1] === 'for'));
  if (lookupPlace(right.join(' ')) || lookupPlace(left.join(' '))) return false;
  if (headOf(L) && !headOf(R) && !R.some((w) => LEGAL_SUFFIXES.has(w))) return true;
  const rightHead = R[R.length - 1]!;
  return left.length <= 2 && !L.some((w) => ORG_HEADS.has(w) || PLACE_HEADS.has(w)) && ORG_HEADS.has(rightHead) && !LEGAL_SUFFIXES.has(rightHead);
}

/** Raw runs of name words in one sentence, as unit index lists. */
function runsOf(us: Unit[]): number[][] {
  const runs: number[][] = [];
  let i = 0;
  while (i < us.length) {
    const u = us[i]!;
    // "WHO", "US": a shouted function word is an acronym
    if (!u.cap || (NOT_NAMES.has(u.lower) && !(isAllCaps(u.text) && u.text.length >= 2 && !/^(?:I|A)$/.test(u.text)))) {
      i++;
      continue;
    }
    const run = [i];
    let j = i + 1;
    for (;;) {
      if (j < us.length && continues(us, j, run)) {
        run.push(j++);
        continue;
      }
      const c = us[j];
      const after = us[j + 1];
      if (!c || !after || us[run[run.length - 1]!]!.closed) break;
      const prevWord = us[run[run.length - 1]!]!.lower;
      if ((c.text === 'of' || c.text === 'for' || c.text === 'on') && OF_HEADS.has(prevWord)) {
        // "Bank of the West", "Democratic Republic of the Congo"
        if (after.text === 'the' && us[j + 2]?.cap) {
          run.push(j, j + 1);
          j += 2;
          continue;
        }
        if (after.cap && !NOT_NAMES.has(after.lower)) {
          run.push(j++);
          continue;
        }
      }
      if (after.cap && (c.text === '&' || (NAME_PARTICLES.has(c.text) && c.text === c.lower && c.text !== 'st'))) {
        run.push(j++);
        continue;
      }
      if (c.text === 'and' && after.cap && joinsWithAnd(run.map((k) => us[k]!.text), peekName(us, j + 1))) {
        run.push(j++);
        continue;
      }
      // "United Nations Children's Fund", "People's Bank of China": a possessive inside a name, after an ordinary word
      if (/^['’]s$/.test(c.text) && after.cap && !NOT_NAMES.has(after.lower) && isCommonWord(prevWord) && !lookupPlace(us[run[run.length - 1]!]!.text) &&
        c.start === us[run[run.length - 1]!]!.end) {
        run.push(j++);
        continue;
      }
      break;
    }
    while (run.length > 1 && !us[run[run.length - 1]!]!.cap) run.pop();
    runs.push(run);
    i = j;
  }
  return runs;
}

/** Could units [a, b] be a person's name standing after a title? */
function nameAfterTitle(us: Unit[], a: number, b: number, strong: boolean): boolean {
  if (a > b || b - a > 3) return false;
  const ws = us.slice(a, b + 1);
  if (!ws[0]!.cap || isTitle(ws[0]!.text) || TITLE_MODIFIERS.has(ws[0]!.lower)) return false;
  for (const w of ws) {
    if (!w.cap && !NAME_PARTICLES.has(w.text)) return false;
    if (ORG_HEADS.has(w.lower) || PLACE_HEADS.has(w.lower) || STREET_HEADS.has(w.lower) || MEASURE_HEADS.has(w.lower)) return false;
    if (isAllCaps(w.text) && w.text.length > 1 && !/^\p{Lu}\.$/u.test(w.text)) return false;
  }
  if (lookupPlace(ws.map((w) => w.text).join(' '))) return false;
  // "General Electric", "Chief Justice": after a title that also starts names of things, one ordinary word is not a name
  if (ws.length === 1 && !strong && isCommonWord(ws[0]!.text)) return false;
  return true;
}

/** Splits a run into name pieces, taking titles off as evidence. Pieces are unit ranges with cues. */
function piecesOf(us: Unit[], run: number[]): Array<{ first: number; last: number; cue: Cue; titleOnly?: boolean }> {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  // the last title in the run that a plausible name follows: "Chief Executive Officer Dr Lena Vogt"
  for (let k = last - 1; k >= first; k--) {
    if (!isTitle(us[k]!.text)) continue;
    const strong = STRONG_TITLES.has(us[k]!.lower);
    let nameStart = k + 1;
    // "Secretary of State Marco Rubio", "Minister for Roads Kipchumba Murkomen"
    if ((us[k + 1]?.text === 'of' || us[k + 1]?.text === 'for') && k + 3 <= last) nameStart = k + 3;
    if (!nameAfterTitle(us, nameStart, last, strong)) continue;
    let s = k;
    while (s - 1 >= first && (isTitle(us[s - 1]!.text) || TITLE_MODIFIERS.has(us[s - 1]!.lower) || /^(?:of|for)$/.test(us[s - 1]!.text))) s--;
    const out: Array<{ first: number; last: number; cue: Cue; titleOnly?: boolean }> = [];
    if (s > first) {
      // what stands before the title is where the person belongs: "Bank of England Governor", "U.S. President"
      const left = run.filter((x) => x < s);
      const cue = emptyCue();
      if (!lookupPlace(left.map((x) => us[x]!.text).join(' '))) cue.org += 2;
      out.push(...piecesOf(us, left).map((p) => ({ ...p, cue: addCue(p.cue, cue) })));
    }
    const cue = emptyCue();
    cue.person += strong ? 5 : 4;
    out.push({ first: nameStart, last, cue });
    return out;
  }
  // "CEO of OpenAI", "President of France": a title and where it is held
  const ofAt = run.findIndex((k, i) => i > 0 && (us[k]!.text === 'of' || us[k]!.text === 'for') && isTitle(us[run[i - 1]!]!.text));
  if (ofAt > 0 && run.slice(0, ofAt).every((k) => isTitle(us[k]!.text) || TITLE_MODIFIERS.has(us[k]!.lower))) {
    const rest = run.slice(ofAt + 1).filter((k, i, arr) => !(i === 0 && us[k]!.text === 'the' && arr.length > 1));
    if (rest.length && us[rest[0]!]!.cap) {
      const cue = emptyCue();
      if (!lookupPlace(rest.map((x) => us[x]!.text).join(' '))) cue.org += 2;
      return piecesOf(us, rest).map((p) => ({ ...p, cue: addCue(p.cue, cue) }));
    }
  }
  // "Harrison County Coroner Gary Hargrove": an ordinary word, then a first name and a surname, is a job
  // title the lists do not know, followed by the person
  for (let i = 1; i < run.length - 1; i++) {
    const k = run[i]!;
    const before = us[run[i - 1]!]!;
    const tail = run.slice(i);
    if (tail.length > 3 || !isGivenName(us[k]!.text) || isCommonWord(us[k]!.text) || lookupPlace(us[k]!.text)) continue;
    if (!isCommonWord(before.text) || ORG_HEADS.has(before.lower) || PLACE_HEADS.has(before.lower) || !before.cap) continue;
    if (!personShaped(tail.map((x) => us[x]!.text))) continue;
    let left = run.slice(0, i);
    while (left.length && isCommonWord(us[left[left.length - 1]!]!.text) && !ORG_HEADS.has(us[left[left.length - 1]!]!.lower) && !PLACE_HEADS.has(us[left[left.length - 1]!]!.lower)) left = left.slice(0, -1);
    while (left.length && !us[left[left.length - 1]!]!.cap) left = left.slice(0, -1);
    const cue = emptyCue();
    cue.person += 2;
    return [...(left.length ? piecesOf(us, left) : []), { first: k, last: run[run.length - 1]!, cue }];
  }
  // a run that is only a job title ("Mining Correspondent", "Head of Communications") names nobody
  const ws = run.map((k) => us[k]!);
  if (ws.some((w) => isTitle(w.text)) && ws.every((w) => isTitle(w.text) || TITLE_MODIFIERS.has(w.lower) || !w.cap || isCommonWord(w.text))) {
    return [{ first, last, cue: emptyCue(), titleOnly: true }];
  }
  return [{ first, last, cue: emptyCue() }];
}

function addCue(a: Cue, b: Cue): Cue {
  return { person: a.person + b.person, org: a.org + b.org, place: a.place + b.place, notPerson: a.notPerson + b.notPerson };
}

function isInitial(us: Unit[], i: number): boolean {
  if (i === 0) return true;
  const prev = us[i - 1]!;
  if (OPENERS.test(prev.text)) return true;
  // "1. EU ministers…", "2) Who pays…"
  return i <= 2 && us[0]!.pos === 'NUM' && (i === 1 || /^[.)]$/.test(us[1]!.text));
}

/** The noun an appositive ends on: ", Britain's busiest container port," → "port". */
function appositiveHead(us: Unit[], from: number): string | null {
  let head: string | null = null;
  for (let k = from; k < us.length && k < from + 8; k++) {
    const u = us[k]!;
    if (k === from && /^(?:its|his|her|their)$/.test(u.text)) continue;
    if (/^[,.;:)(—–]$/.test(u.text) || u.pos === 'ADP' || u.pos === 'VERB' || u.pos === 'AUX' || u.pos === 'PRON' || u.pos === 'SCONJ') break;
    if (u.pos === 'NOUN' || (u.pos === 'PROPN' && PERSON_ROLES.has(u.lower))) head = u.lower;
  }
  return head;
}

/** Context evidence for the piece [a, b] of a sentence. */
function contextCue(us: Unit[], a: number, b: number, role: LineRole, firstPiece: boolean): Cue {
  const cue = emptyCue();
  const prev = us[a - 1];
  const prev2 = us[a - 2];
  if (prev && prev.text === prev.lower) {
    if (prev.pos === 'NOUN' || prev.pos === 'PROPN') {
      if (PERSON_ROLES.has(prev.lower)) cue.person += 4;
      else if (ORG_ROLES.has(prev.lower)) cue.org += 4;
    }
    // "in Faenza" says place; "in Energy, Gadgets" (a blog's categories) says little
    if (PLACE_PREPOSITIONS.has(prev.lower)) cue.place += a !== b ? 1 : isCommonWord(us[a]!.text) ? 0.5 : 2;
    if (prev.lower === 'the' || prev.lower === 'a' || prev.lower === 'an') cue.notPerson += 2;
    if (prev.lower === 'by') {
      if (role === 'byline' || (prev2 && /^(?:reporting|editing|writing|compiled|posted|written|edited|photographs?|photo|interview|additional)$/i.test(prev2.text))) cue.person += 4;
    }
  }
  if (role === 'byline' && firstPiece && (!prev || /^by$/i.test(prev.text))) cue.person += 4;
  else if (prev?.lower === 'by' && b > a && b - a <= 2 && (!us[b + 1] || /^[,;)|·•—–]$/.test(us[b + 1]!.text))) cue.person += 3;
  if (prev?.based) cue.org += 3;
  if (us[a]!.based || us[b]!.based) cue.place += 3;
  // "Turkey's Anka Construction", "India's Adani Group": what belongs to a country is rarely a person
  if (prev && /^['’]s$/.test(prev.text) && prev2 && lookupPlace(prev2.text)?.kind === 'country') cue.org += 1;
  const next = us[b + 1];
  const next2 = us[b + 2];
  if (next?.text === ',' && next2) {
    if (next2.lower === 'who') cue.person += 3;
    else if (next2.lower === 'which') cue.notPerson += 2;
    else if (next2.pos === 'NUM' && /^\d{2,3}$/.test(next2.text) && +next2.text >= 16 && +next2.text <= 110 && /^[,)]$/.test(us[b + 3]?.text ?? '')) cue.person += 3;
    else if (PERSON_ROLES.has(next2.lower) && (next2.pos === 'NOUN' || next2.pos === 'PROPN')) cue.person += 3;
    else if (next2.text === 'its') {
      // ", its former banker": what has an "its" is not a person
      cue.notPerson += 2;
      cue.org += 2;
    } else if (next2.pos !== 'CCONJ') {
      const head = appositiveHead(us, b + 2);
      if (head && PERSON_ROLES.has(head)) cue.person += 3;
      else if (head && ORG_ROLES.has(head)) cue.org += 3;
      else if (head && PLACE_NOUNS.has(head)) cue.place += 3;
      // "Beverly Hills, California", "GENEVA, Switzerland, 6 March": a place before its country or state
      const p = lookupPlace(next2.text) ?? (us[b + 3] && lookupPlace(next2.text + ' ' + us[b + 3]!.text));
      const after = us[b + (p && lookupPlace(next2.text) ? 3 : 4)];
      if (p && (p.kind === 'country' || p.kind === 'state') && (!after || /^[,.;)]$/.test(after.text) || after.pos === 'NUM')) cue.place += 3;
    }
  }
  // "Harcourt Securities analyst Priya Patel", "APWU general secretary Maureen Dolan": an affiliation
  for (let k = b + 1; k <= b + 2 && k < us.length; k++) {
    const u = us[k]!;
    if (u.text !== u.lower) break;
    if (PERSON_ROLES.has(u.lower) && u.pos === 'NOUN') {
      if (us[k + 1]?.cap) cue.org += 2;
      break;
    }
  }
  // the first third-person pronoun after the name, with no other name between: "Microsoft says its update…"
  for (let k = b + 1; k < us.length && k <= b + 6; k++) {
    const u = us[k]!;
    if ((u.cap && u.pos === 'PROPN') || /^["“”'‘’`]+$/.test(u.text)) break;
    if (/^(?:he|him|his|she|her|hers|himself|herself)$/.test(u.text)) {
      cue.person += 1;
      break;
    }
    if (/^(?:its|itself)$/.test(u.text)) {
      cue.notPerson += 1;
      cue.org += 1;
      break;
    }
  }
  // "Microsoft said", "Apple announced": one word that speaks, and no title, is more often a body than a person
  if (a === b && next && /^(?:said|says|announced|reported|confirmed|denied|told|stated|added|warned)$/.test(next.lower)) cue.org += 1;
  // "the Saints", "the Democrats": a capitalised plural after "the" names a team, party or band
  if (a === b && prev?.lower === 'the' && !OPENERS.test(us[a - 2]?.text ?? '.') && /\p{Ll}s$/u.test(us[a]!.text) && isCommonWord(us[a]!.text)) cue.org += 2;
  if (next && next.text === next.lower && (next.lower === 'coast' || next.lower === 'region' || next.lower === 'province' || next.lower === 'county' || next.lower === 'border')) cue.place += 2;
  return cue;
}

/** A scoreline between two names ("Bramley Athletic 3-1 Ashdown Rovers") makes both teams. */
function isScore(us: Unit[], k: number): number {
  const u = us[k];
  if (!u) return 0;
  if (/^\d{1,2}[-–]\d{1,2}$/.test(u.text)) return 1;
  if (/^\d{1,2}$/.test(u.text) && /^[-–]$/.test(us[k + 1]?.text ?? '') && /^\d{1,2}$/.test(us[k + 2]?.text ?? '')) return 3;
  return 0;
}

/** Chunks of one sentence. */
function chunksOf(tokens: Token[], role: LineRole, sentence: number): Chunk[] {
  const us = toUnits(tokens);
  const out: Chunk[] = [];
  for (const run of runsOf(us)) {
    const pieces = piecesOf(us, run);
    pieces.forEach((p, pi) => {
      if (p.titleOnly) return;
      let a = p.first;
      const b = p.last;
      let cue = p.cue;
      const startsSentence = isInitial(us, a);
      // Sentence openers: every word is capitalised there, so an ordinary word in front of a name is not part
      // of it ("Developer Pennine Living Ltd", "Late Okafor goals"); a role noun there still says what follows is.
      if (startsSentence) {
        while (a < b) {
          const w = us[a]!;
          const nextW = us[a + 1]!;
          if (lookupPlace(us.slice(a, b + 1).map((u) => u.text).join(' '))) break;
          if (!nextW.cap) break;
          const head = us[b]!.lower;
          const qualifier = OPENING_QUALIFIERS.has(w.lower) || (isDemonym(w.text) && !ORG_HEADS.has(head) && !PLACE_HEADS.has(head));
          if (!qualifier && !(isCommonWord(w.text) && !isCommonWord(nextW.text) && !ORG_HEADS.has(w.lower) && !lookupPlace(w.text))) break;
          if (PERSON_ROLES.has(w.lower)) cue = addCue(cue, { ...emptyCue(), person: 4 });
          else if (ORG_ROLES.has(w.lower)) cue = addCue(cue, { ...emptyCue(), org: 4 });
          a++;
        }
      }
      const words: string[] = [];
      for (const u of us.slice(a, b + 1)) {
        // a possessive inside a name stays on its word: "Children's"
        if (/^['’]s$/.test(u.text) && words.length) words[words.length - 1] += u.text;
        else words.push(u.text);
      }
      if (words.length === 0) return;
      cue = addCue(cue, contextCue(us, a, b, role, out.length === 0 && pi === 0));
      out.push({
        sentence, role, first: a, last: b, words, start: us[a]!.start, end: us[b]!.end,
        initial: startsSentence && a === p.first && a === b, cue, trusted: false, shouted: false,
      });
    });
  }
  // scorelines and "of the" affiliations need the neighbouring chunk
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    const s = isScore(us, c.last + 1);
    const d = out[i + 1];
    if (s && d && d.first === c.last + 1 + s) {
      c.cue.org += 3;
      d.cue.org += 3;
    }
    const p = out[i - 1];
    // "Judge Maria Delgado of the Central District of California": a titled person's institution
    if (p && p.cue.person >= 4 && c.first >= 2 && us[c.first - 1]!.text === 'the' && us[c.first - 2]!.text === 'of' && p.last === c.first - 3) c.cue.org += 5;
  }
  return out;
}

interface Acronyms {
  /** Acronym → the proper name it stands for, as written. */
  names: Map<string, string>;
  /** Acronyms of ordinary terms ("gross domestic product (GDP)"): not names of anything. */
  terms: Set<string>;
}

/**
 * Schwartz & Hearst (2003): the shortest stretch before the parenthesis whose letters spell the short form in
 * order, the first letter at a word start. Returns the start index in `long`, or -1.
 */
function longFormStart(short: string, long: string): number {
  let s = short.length - 1;
  let l = long.length - 1;
  const alnum = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  while (s >= 0) {
    const c = short[s]!.toLowerCase();
    if (!alnum(c)) {
      s--;
      continue;
    }
    while (l >= 0 && (long[l]!.toLowerCase() !== c || (s === 0 && alnum(long[l - 1])))) l--;
    if (l < 0) return -1;
    l--;
    s--;
  }
  return long.lastIndexOf(' ', l) + 1;
}

/**
 * The words of the clause that ends at `at` (back to a sentence mark, a semicolon or a bracket), within `reach`
 * characters.
 */
function wordsBefore(text: string, at: number, reach: number): string[] {
  return text.slice(Math.max(0, at - reach), at).split(/[.;:!?\n(]/).pop()!.split(/\s+/).filter(Boolean);
}

/** A long form without a possessive or a trailing comma: "Valtrix Semiconductor's" → "Valtrix Semiconductor". */
const bareLongForm = (long: string): string => long.replace(/[’']s$/, '').replace(/,$/, '');

function findAcronyms(text: string): Acronyms {
  const names = new Map<string, string>();
  const terms = new Set<string>();
  const re = /\(([\p{Lu}][\p{L}&.\-]{1,11})\)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const short = m[1]!;
    if ((short.match(/\p{Lu}/gu) ?? []).length < 2) continue;
    const acro = short.replace(/\./g, '');
    const words = wordsBefore(text, m.index, 200);
    const window = words.slice(-Math.min(acro.length + 5, acro.length * 2)).join(' ');
    const at = longFormStart(acro.replace(/s$/, ''), window);
    if (at < 0) continue;
    let long = window.slice(at);
    if (!/^\p{Lu}/u.test(long)) {
      terms.add(acro);
      continue;
    }
    // extend to the start of the name: "the Ghana Cocoa Board (COCOBOD)" is the Ghana Cocoa Board
    const lead = words.slice(0, words.length - long.split(/\s+/).length);
    while (lead.length && (/^\p{Lu}/u.test(lead[lead.length - 1]!) || /^(?:of|for|and|&)$/.test(lead[lead.length - 1]!)) && !/['’]s$/.test(lead[lead.length - 1]!)) {
      long = lead.pop()! + ' ' + long;
    }
    while (/^(?:of|for|and|&)\s/.test(long)) long = long.replace(/^\S+\s+/, '');
    if (/^(?:The|A|An)\s/.test(long) && long.split(/\s+/).length > 2) long = long.replace(/^\S+\s+/, '');
    long = bareLongForm(long);
    if (!names.has(acro)) names.set(acro, long);
  }
  // "Valtrix Semiconductor (NASDAQ: VLTX)": a stock ticker is the company's short name, whatever its letters
  const ticker = /\((?:NYSE(?: American| Arca)?|NASDAQ|Nasdaq|AMEX|LSE|AIM|TSX(?:V)?|ASX|HKEX|SGX|NSE|BSE|OTC(?:QX|QB)?|Euronext(?: Paris| Amsterdam)?|Xetra|TYO|KRX|JSE|SIX)\s*:\s*([A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?)\)/g;
  while ((m = ticker.exec(text))) {
    const symbol = m[1]!;
    if (names.has(symbol)) continue;
    const words = wordsBefore(text, m.index, 120);
    const name: string[] = [];
    while (words.length && /^\p{Lu}/u.test(words[words.length - 1]!) && name.length < 6) name.unshift(words.pop()!);
    const long = bareLongForm(name.join(' '));
    if (long && long !== symbol) names.set(symbol, long);
  }
  return { names, terms };
}

/** "North Atlantic Treaty Organization (NATO)": acronym → full name, when the letters fit. */
export function definedAcronyms(text: string): Map<string, string> {
  return findAcronyms(text).names;
}

/** Drops a legal-form suffix: "Calder Minerals plc" → "Calder Minerals". */
function withoutLegalSuffix(words: string[]): string[] {
  let ws = words;
  while (ws.length > 1 && LEGAL_SUFFIXES.has(lowerOf(ws[ws.length - 1]!))) ws = ws.slice(0, -1);
  return ws;
}

function titleCase(w: string): string {
  return w.length <= 3 ? w : w[0] + w.slice(1).toLowerCase();
}

interface Candidate {
  key: string;
  forms: Map<string, number>;
  chunks: Chunk[];
  cue: Cue;
  place: Place | null;
  /** The acronym, when this entity has one defined in the article or widely known. */
  acronym: string | null;
  expansion: string | null;
  first: number;
  /** Evidence from how short forms were used: a surname → person, a company's first word → organisation. */
  asSurname: number;
  asFirstWord: number;
  /** mainForm's cache, valid while the number of forms is `mainOf`. */
  main?: string[];
  mainOf?: number;
}

function headOf(words: string[]): string {
  const lw = words.map(lowerOf);
  const of = lw.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for' || w === 'on'));
  return of > 0 ? lw[of - 1]! : lw[lw.length - 1]!;
}

/** Longest form without its legal suffix, as words: what the name says by itself. */
function mainForm(c: Candidate): string[] {
  if (c.main && c.mainOf === c.forms.size) return c.main;
  let best: string[] = [];
  for (const f of c.forms.keys()) {
    const ws = f.split(' ');
    if (ws.length > best.length) best = ws;
  }
  c.main = best;
  c.mainOf = c.forms.size;
  return best;
}

/** The key a name files under: lower case, without dots, legal suffix or a leading "the". */
function baseKey(words: string[]): string {
  return normaliseName(withoutLegalSuffix(words).join(' ').replace(/^the /i, ''));
}

let knownKeys: Map<string, string> | null = null;
/** Key of each widely known acronym's expansion → the acronym. */
function knownByKey(): Map<string, string> {
  if (!knownKeys) {
    knownKeys = new Map();
    for (const [a, full] of Object.entries(KNOWN_ACRONYMS)) knownKeys.set(baseKey(full.split(' ')), a);
  }
  return knownKeys;
}

function personShaped(words: string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w, i) => (i > 0 && NAME_PARTICLES.has(w)) || /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(w) || /^\p{Lu}\.$/u.test(w)) &&
    !words.some((w) => ORG_HEADS.has(lowerOf(w)) || PLACE_HEADS.has(lowerOf(w)));
}

function scores(c: Candidate): Record<'person' | 'organization' | 'place' | 'other', number> {
  const s = { person: 0, organization: 0, place: 0, other: 0 };
  const words = mainForm(c);
  const lw = words.map(lowerOf);
  const head = headOf(words);
  const single = words.length === 1;
  if (c.place) {
    const mid = c.chunks.some((k) => !k.initial && k.trusted);
    // countries, states and regions are hardly ever anything else; a city name more often is ("Washington said")
    s.place += c.place.minor ? 3 : c.place.ambiguous ? (mid ? 3 : 1) : c.place.kind === 'city' ? 6 : 9;
  }
  if (words.length > 1 && LEGAL_SUFFIXES.has(lw[lw.length - 1]!)) s.organization += 6;
  else if (!single && STREET_HEADS.has(head)) s.other += 6;
  else if (MEASURE_HEADS.has(head)) s.other += 6;
  else if (!single && (head === 'city' || head === 'town') && !c.place) {
    // "Millbrook City" unknown to the gazetteer: a club far more often than an unlisted town
    s.organization += 2;
    s.place += 1;
  } else if (ORG_HEADS.has(head) && (!single || c.acronym)) s.organization += 5;
  // "Imperial College London", "Deutsche Bank Frankfurt": an organisation named with its seat
  else if (!single && lookupPlace(words[words.length - 1]!) && lw.slice(0, -1).some((w) => ORG_HEADS.has(w) && !LEGAL_SUFFIXES.has(w))) s.organization += 5;
  else if (PLACE_HEADS.has(head) && !single) s.place += 4;
  if (single && NEWS_AGENCIES.has(lw[0]!)) s.organization += 6;
  // the widely known acronyms are all organisations; one defined in place takes its type from its expansion
  if (c.acronym) s.organization += KNOWN_ACRONYMS[c.acronym] ? 5 : 2;
  else if (single && INSTITUTIONS.has(lw[0]!) && c.chunks.some((k) => !k.initial && k.trusted)) s.organization += 3;
  else if (single && isAllCaps(words[0]!) && (!isCommonWord(words[0]!) || c.chunks.some((k) => !k.shouted))) s.organization += 2;
  // "OpenAI", "xAI", "eBay": inner capitals are brand spelling
  if (single && /^\p{Lu}\p{L}+$/u.test(words[0]!) && /\p{Ll}\p{Lu}/u.test(words[0]!)) s.organization += 2;
  if (personShaped(words)) {
    s.person += 1;
    const given = isGivenName(words[0]!);
    const ordinaryFirst = isCommonWord(words[0]!) || lookupPlace(words[0]!) !== null;
    if (given) s.person += ordinaryFirst ? 0.5 : 2;
    // "Commodity Desk", "Nordbank Markets", "Sky Sports": names of things end in ordinary nouns
    const tail = words[words.length - 1]!;
    if (isCommonWord(tail) && !(given && !ordinaryFirst)) s.organization += /s$/.test(tail) && isCommonWord(tail.slice(0, -1)) ? 2 : 1.5;
  }
  s.person += Math.min(c.cue.person, 8) + 2 * c.asSurname - Math.min(c.cue.notPerson, 4);
  s.organization += Math.min(c.cue.org, 8) + 2 * c.asFirstWord;
  s.place += Math.min(c.cue.place, 6);
  return s;
}

function decide(c: Candidate): EntityType {
  const s = scores(c);
  // on a tie a person-shaped name ("Mark Felt") stays a person: names of things carry a head word or a cue
  const order: Array<keyof typeof s> = ['place', 'person', 'organization', 'other'];
  let best: keyof typeof s = 'other';
  let bestScore = -Infinity;
  for (const t of order) if (s[t] > bestScore) {
    best = t;
    bestScore = s[t];
  }
  return bestScore >= 1.5 ? best : 'other';
}

const bodyLike = (r: LineRole): boolean => r === 'body' || r === 'bullet' || r === 'caption' || r === 'byline';

/** Most longer words capitalised: a Title Case headline or a menu, where capitals do not mark names. */
function titleCased(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (t.length < 4 || !/^\p{L}/u.test(t)) continue;
    words++;
    if (/^\p{Lu}/u.test(t)) caps++;
  }
  return words >= 2 && caps / words >= 0.6;
}

export function extractEntities(
  text: string,
  sentences: Array<{ role: LineRole }>,
  sentenceTokens: Array<Token[]>,
): EntityResult {
  const acronyms = findAcronyms(text);
  const expansionKey = new Map<string, string>(); // acronym → key of its full name
  const chunks: Chunk[] = [];
  sentenceTokens.forEach((toks, i) => {
    const role = sentences[i]!.role;
    const trusted = bodyLike(role) || ((role === 'title' || role === 'heading') && !titleCased(toks));
    const letters = toks.filter((t) => /\p{L}{2}/u.test(t.text));
    const shouted = letters.length > 0 && letters.filter((t) => isAllCaps(t.text)).length / letters.length >= 0.6;
    for (const c of chunksOf(toks, role, i)) chunks.push({ ...c, trusted, shouted });
  });
  // A one-word sentence opener counts only when the word is not an ordinary one ("Critics", "Early") or the
  // article also uses it mid-sentence.
  const midSentence = new Set(chunks.filter((c) => !c.initial).map((c) => c.words.join(' ').toLowerCase()));

  const definedByKey = new Map<string, string>();
  for (const [a, long] of acronyms.names) {
    const k = baseKey(long.split(/\s+/));
    expansionKey.set(a, k);
    if (!definedByKey.has(k)) definedByKey.set(k, a);
  }
  const cands = new Map<string, Candidate>();
  const keyOf = (words: string[], shouted: boolean): { key: string; place: Place | null; acronym: string | null; expansion: string | null } => {
    const name = words.join(' ');
    const bare = name.replace(/\./g, '');
    let place = lookupPlace(name);
    // "NICE" in running text is an acronym, not the city; "LONDON" in a dateline is still London
    if (place?.ambiguous && words.length === 1 && isAllCaps(name) && !shouted) place = null;
    if (place && !acronyms.names.has(bare)) return { key: 'place:' + normaliseName(place.canonical), place, acronym: null, expansion: null };
    if (acronyms.names.has(bare)) return { key: expansionKey.get(bare)!, place: null, acronym: bare, expansion: acronyms.names.get(bare)! };
    if (words.length === 1 && KNOWN_ACRONYMS[name]) return { key: baseKey(KNOWN_ACRONYMS[name]!.split(' ')), place: null, acronym: name, expansion: KNOWN_ACRONYMS[name]! };
    const key = baseKey(words);
    const defined = definedByKey.get(key);
    if (defined) return { key, place: null, acronym: defined, expansion: acronyms.names.get(defined)! };
    const known = knownByKey().get(key);
    if (known) return { key, place: null, acronym: known, expansion: KNOWN_ACRONYMS[known]! };
    return { key, place: null, acronym: null, expansion: null };
  };

  chunks.forEach((c, order) => {
    let words = c.words.map((w, i) => (i === c.words.length - 1 ? w.replace(/[’']s?$/, '') : w));
    if (words.length === 1) {
      const w = words[0]!;
      const up = w.replace(/\./g, '').toUpperCase();
      if (NOT_ENTITY_ACRONYMS.has(up) && w === w.toUpperCase()) return;
      if (acronyms.terms.has(w.replace(/\./g, ''))) return;
      if (isDemonym(w)) return;
      if (w.length < 2) return;
      const acronymLike = isAllCaps(w) && !c.shouted;
      // kept for now: "Trump did not comment" is a surname once "Donald Trump" is known; dropped below otherwise
      if (c.initial && !acronymLike && isCommonWord(w) && !midSentence.has(w.toLowerCase()) && !(lookupPlace(w) && !lookupPlace(w)!.ambiguous) && !KNOWN_ACRONYMS[w] && !acronyms.names.has(w)) c.weak = true;
    }
    // "West African harvests", "South Korean officials": a place adjective, not a name
    if (words.length > 1 && isDemonym(words[words.length - 1]!)) return;
    // "S&P 500", "FTSE 100": an index named by initials and a number is a measure, not a body
    if (words.length === 1 && isAllCaps(words[0]!) && /^\d+$/.test(text.slice(c.end + 1, c.end + 5).split(/\s/)[0] ?? '') && text[c.end] === ' ' && !acronyms.names.has(words[0]!) && !KNOWN_ACRONYMS[words[0]!]) return;
    // Shouted words ("EURODESK NEWS") are read in ordinary case.
    if (words.length > 1 && words.every((w) => isAllCaps(w))) words = words.map((w) => (isCommonWord(w) || lookupPlace(w) || w.length > 4 ? titleCase(w) : w));
    const { key, place, acronym, expansion } = keyOf(words, c.shouted);
    let cand = cands.get(key);
    if (!cand) {
      cand = { key, forms: new Map(), chunks: [], cue: emptyCue(), place, acronym, expansion, first: order, asSurname: 0, asFirstWord: 0 };
      cands.set(key, cand);
    }
    const form = words.join(' ');
    cand.forms.set(form, (cand.forms.get(form) ?? 0) + 1);
    cand.chunks.push(c);
    cand.cue = addCue(cand.cue, c.cue);
    if (acronym && !cand.acronym) {
      cand.acronym = acronym;
      cand.expansion = expansion;
    }
  });

  const absorb = (owner: Candidate, s: Candidate): void => {
    for (const [f, n] of s.forms) owner.forms.set(f, (owner.forms.get(f) ?? 0) + n);
    owner.chunks.push(...s.chunks);
    owner.cue = addCue(owner.cue, s.cue);
    cands.delete(s.key);
  };
  // "OpenAIs", "Elon Musks": a possessive whose apostrophe was lost in copying
  for (const c of [...cands.values()]) {
    if (c.place || !c.key.endsWith('s')) continue;
    const base = cands.get(c.key.slice(0, -1));
    if (base && base !== c && !base.place) absorb(base, c);
  }
  // "Mark Felt" and "W. Mark Felt", "George Bush" and "George W. Bush": one person, written shorter
  const people = [...cands.values()].filter((c) => !c.place && personShaped(mainForm(c)) && decide(c) === 'person');
  // (a person's longest form does not change here: what is absorbed is shorter. So the words are split once,
  // and a short form is compared only with the people whose last word is its own, in the same order: a list
  // of thousands of names made this loop quadratic)
  const wordsOf = new Map(people.map((c) => [c, mainForm(c).map((w) => w.toLowerCase())]));
  const byLastWord = new Map<string, Candidate[]>();
  for (const c of people) {
    const ws = wordsOf.get(c)!;
    const last = ws[ws.length - 1]!;
    const list = byLastWord.get(last);
    if (list) list.push(c);
    else byLastWord.set(last, [c]);
  }
  for (const short of people) {
    const sw = wordsOf.get(short)!;
    const owner = byLastWord.get(sw[sw.length - 1]!)!.find((long) => {
      if (long === short || !cands.has(long.key)) return false;
      const lw = wordsOf.get(long)!;
      if (lw.length <= sw.length) return false;
      let i = 0;
      for (const w of lw) if (w === sw[i]) i++;
      return i === sw.length;
    });
    if (owner && cands.has(short.key)) absorb(owner, short);
  }
  // "Apple Mac" beside "Apple" that the text marks as a company: a product or unit of it, not a person
  for (const c of cands.values()) {
    const ws = mainForm(c);
    if (ws.length < 2 || c.place) continue;
    const head = cands.get(normaliseName(ws[0]!));
    if (head && head !== c && !head.place && decide(head) === 'organization') c.cue.notPerson += 4;
  }
  // Short forms: "Altman" after "Sam Altman" is the person, "Calder" after "Calder Minerals plc" the company.
  const all = [...cands.values()].sort((a, b) => a.first - b.first);
  // a long name only counts as the owner of a short form when running text uses it (not a Title Case headline)
  const multi = all.filter((c) => !c.place && mainForm(c).length > 1 && c.chunks.some((k) => k.trusted));
  // Speed (bench, pathological input of capitalised words): a short form can only belong to a long name whose
  // first word or last word it is, so each is looked up by those words instead of testing every long name.
  const byEdgeWord = new Map<string, Set<Candidate>>();
  const addEdge = (word: string, m: Candidate): void => {
    let set = byEdgeWord.get(word);
    if (!set) byEdgeWord.set(word, (set = new Set()));
    set.add(m);
  };
  for (const m of multi) {
    addEdge(mainForm(m)[0]!.toLowerCase(), m);
    const mw = withoutLegalSuffix(mainForm(m));
    if (mw.length) addEdge(mw[mw.length - 1]!.toLowerCase(), m);
  }
  const order = new Map(multi.map((m, i) => [m, i] as const));
  for (const s of all) {
    const ws = mainForm(s);
    if (ws.length !== 1 || s.acronym || !cands.has(s.key)) continue;
    const w = ws[0]!.toLowerCase();
    const majorPlace = s.place !== null && !s.place.minor;
    const owners = [...(byEdgeWord.get(w) ?? [])].filter((m) => cands.has(m.key) && m !== s).sort((a, b) => order.get(a)! - order.get(b)!);
    const surnameOf = owners.filter((m) => {
      const mw = withoutLegalSuffix(mainForm(m));
      return mw.length <= 4 && mw[mw.length - 1]!.toLowerCase() === w && decide(m) !== 'organization' && decide(m) !== 'place' && (s.place === null || s.place.kind !== 'country' || m.cue.person > 0);
    });
    // a word that is a company by its own evidence ("Apple … its") keeps its name beside "Apple Mac", unless
    // the longer name is plainly the company's full name ("Calder Minerals plc", "Bramley Athletic")
    const ownOrg = decide(s) === 'organization';
    const firstOf = owners.filter((m) => {
      const mw = mainForm(m);
      const t = decide(m);
      const fullName = LEGAL_SUFFIXES.has(mw[mw.length - 1]!.toLowerCase()) || ORG_HEADS.has(headOf(mw));
      return mw[0]!.toLowerCase() === w && !mw.some((x) => PUBLIC_BODY_HEADS.has(x.toLowerCase())) &&
        (t === 'organization' || (t === 'other' && s.cue.person <= 0)) && (!ownOrg || fullName);
    });
    // "Joshua" after "Joshua Reynolds": a first name alone, for the one person of that first name
    const givenOf = isGivenName(ws[0]!) && !s.place && s.cue.org <= 0
      ? owners.filter((m) => mainForm(m)[0]!.toLowerCase() === w && decide(m) === 'person') : [];
    const owner = surnameOf.sort((a, b) => b.chunks.length - a.chunks.length)[0] ??
      (givenOf.length === 1 ? givenOf[0] : undefined) ??
      (majorPlace ? undefined : firstOf.sort((a, b) => b.chunks.length - a.chunks.length)[0]);
    if (owner) {
      if (surnameOf.includes(owner)) owner.asSurname++;
      else if (!givenOf.includes(owner)) owner.asFirstWord++;
      absorb(owner, s);
    } else if (owners.some((m) => mainForm(m)[0]!.toLowerCase() === w && mainForm(m).some((x) => PUBLIC_BODY_HEADS.has(x.toLowerCase())))) {
      // "Eastmoor" beside "Eastmoor Borough Council": a public body is named after its place
      s.cue.place += 3;
    }
  }

  // Lists share a type: "Poland, Estonia, Latvia and Lithuania", "to Rotterdam and Antwerp".
  const typeOf = new Map<Candidate, EntityType>();
  for (const c of cands.values()) typeOf.set(c, decide(c));
  const byChunk = new Map<Chunk, Candidate>();
  for (const c of cands.values()) for (const k of c.chunks) byChunk.set(k, c);
  const sentenceChunks = new Map<number, Chunk[]>();
  for (const k of chunks) {
    if (!byChunk.has(k)) continue;
    const list = sentenceChunks.get(k.sentence) ?? [];
    list.push(k);
    sentenceChunks.set(k.sentence, list);
  }
  for (const [si, list] of sentenceChunks) {
    const toks = sentenceTokens[si]!;
    for (let i = 0; i + 1 < list.length; i++) {
      const a = list[i]!;
      const b = list[i + 1]!;
      // (the sentence's tokens are in text order: those from a.end on are found by bisection, not by a scan of
      // the whole sentence for every pair, which was quadratic in a long sentence)
      const between: string[] = [];
      let lo = 0;
      for (let hi = toks.length; lo < hi;) {
        const mid = (lo + hi) >> 1;
        if (toks[mid]!.start < a.end) lo = mid + 1;
        else hi = mid;
      }
      for (let j = lo; j < toks.length && toks[j]!.start < b.start; j++) if (toks[j]!.end <= b.start) between.push(toks[j]!.text);
      if (between.length === 0 || !between.every((t) => t === ',' || t === 'and' || t === 'or')) continue;
      const ca = byChunk.get(a)!;
      const cb = byChunk.get(b)!;
      for (const [x, y] of [[ca, cb], [cb, ca]] as const) {
        if (typeOf.get(x) === 'place' && x.place && typeOf.get(y) !== 'place' && !y.place && y.cue.person <= 0 && y.cue.org <= 0 && mainForm(y).length === 1) {
          y.cue.place += 2;
        }
      }
    }
  }

  const kept: Array<{ cand: Candidate; entity: Entity }> = [];
  for (const c of [...cands.values()].sort((a, b) => a.first - b.first)) {
    // Title Case headlines and menus make every word look like a name: a name only there must be a place, an
    // acronym, a company with its legal form ("© Eurodesk News Ltd") or a by-line.
    if (c.chunks.every((k) => k.weak)) continue;
    const legalForm = [...c.forms.keys()].some((f) => f.includes(' ') && LEGAL_SUFFIXES.has(lowerOf(f.split(' ').pop()!)));
    if (!c.chunks.some((k) => k.trusted) && !(c.place && !c.place.ambiguous) && !c.acronym && !legalForm && c.cue.person < 3) continue;
    const type = decide(c);
    const words = mainForm(c);
    // a lone ordinary word that nothing marks as a name ("Phase", "Labour" in a heading) is left out
    if (type === 'other' && words.length === 1 && isCommonWord(words[0]!) && !isAllCaps(words[0]!) && c.chunks.every((k) => k.initial || !k.trusted)) continue;
    const name = canonicalName(c);
    const aliases = new Set<string>();
    for (const f of c.forms.keys()) if (f !== name) aliases.add(f);
    if (c.acronym && c.acronym !== name) aliases.add(c.acronym);
    if (c.expansion && c.expansion !== name) aliases.add(c.expansion);
    const bare = withoutLegalSuffix(name.split(' ')).join(' ');
    if (type === 'organization' && bare !== name) aliases.add(bare);
    kept.push({ cand: c, entity: { name, type, aliases: [...aliases].sort(), mentions: c.chunks.length } });
  }
  kept.sort((a, b) => b.entity.mentions - a.entity.mentions || (a.entity.name < b.entity.name ? -1 : a.entity.name > b.entity.name ? 1 : 0));
  const mentions: Mention[] = [];
  kept.forEach(({ cand }, i) => {
    for (const k of cand.chunks) mentions.push({ start: k.start, end: k.end, entity: i });
  });
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { entities: kept.map((k) => k.entity), mentions };
}

/** The fullest form the article uses: the gazetteer's name for a place, else the longest, least shouted form. */
function canonicalName(c: Candidate): string {
  if (c.place) return c.place.canonical;
  let best = '';
  let bestScore = -Infinity;
  for (const [f, n] of c.forms) {
    const ws = f.split(' ');
    const shouted = ws.every((w) => isAllCaps(w)) && ws.length > 1 ? 1 : 0;
    const score = ws.length * 10 - shouted * 15 + Math.min(n, 5);
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  // an acronym the article uses more than its expansion ("NATO" after one "North Atlantic Treaty Organization")
  // is the name readers know it by
  if (c.acronym && (c.forms.get(c.acronym) ?? 0) >= (c.forms.get(best) ?? 0) && c.forms.has(c.acronym)) return c.acronym;
  return best;
}
