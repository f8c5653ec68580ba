/**
 * People, organisations and places from proper-noun chunks, typed by cues (titles, organisation words,
 * the gazetteer), with aliases: acronyms defined in place, surnames after a full name, short forms of
 * countries. Titles and possessives are stripped from names.
 */
import type { Token } from '../nlp.js';
import type { Entity, EntityType, LineRole } from '../types.js';
import { lookupPlace, normaliseName } from './gazetteer.js';

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

const PERSON_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president', 'vice-president',
  'prime', 'minister', 'chancellor', 'senator', 'sen', 'rep', 'representative', 'gov', 'governor', 'mayor', 'judge',
  'justice', 'secretary', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'king', 'queen',
  'prince', 'princess', 'pope', 'general', 'gen', 'col', 'colonel', 'captain', 'capt', 'lt', 'sgt', 'officer', 'detective',
  'inspector', 'chief', 'commissioner', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'coach', 'manager',
  'director', 'head', 'leader', 'councillor', 'councilor', 'alderman', 'sheriff', 'attorney', 'premier', 'deputy',
  'defender', 'striker', 'midfielder', 'goalkeeper', 'forward', 'analyst', 'economist', 'professor', 'dr.', 'mr.', 'mrs.', 'ms.',
]);

const ORG_WORDS = /\b(?:Inc|Corp|Corporation|Co|Ltd|LLC|PLC|plc|AG|SA|GmbH|NV|Group|Holdings|Company|Companies|Department|Dept|Ministry|Agency|Organization|Organisation|Union|Bank|Council|Committee|Commission|University|College|School|Institute|Association|Federation|Foundation|Fund|Authority|Board|Court|Parliament|Congress|Senate|Assembly|Army|Navy|Force|Forces|Police|Party|Club|FC|United|Society|Alliance|Trust|Service|Services|Office|Bureau|Centre|Center|Hospital|Times|Journal|Post|News|Press|Herald|Tribune|Guardian|Telegraph|Reuters|Bloomberg|Associated|Network|Airlines|Airways|Motors|Technologies|Systems|Labs|Pharmaceuticals|Energy|Capital|Partners|Media|Studios|Records|Exchange|Reserve|Treasury|Pentagon|Cabinet|Government|Administration|Council)\b/;
const PLACE_WORDS = /\b(?:Street|St|Road|Avenue|Square|Park|River|Lake|Mountain|Mountains|Island|Islands|Bay|Sea|Ocean|Valley|Airport|Station|Port|Harbour|Harbor|Bridge|County|Province|Region|City|Town|Village|Coast|Gulf|Strait|Peninsula|Desert|Forest|Canyon|Hills|Heights|Beach|Falls|District|Borough|Quarter|Hall|House)\b/;
const NEWS_AGENCIES = new Set(['reuters', 'bloomberg', 'ap', 'afp', 'associated press', 'upi', 'dpa', 'xinhua', 'tass', 'bbc', 'cnn', 'cnbc', 'npr', 'pa']);
const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'i', 'we', 'you', 'he', 'she', 'they',
  'it', 'this', 'that', 'the', 'a', 'an', 'mr', 'ms', 'mrs', 'dr', 'key', 'summary', 'insights', 'sources', 'search',
  'subscribe', 'related', 'share', 'next', 'previous', 'update', 'updated', 'breaking', 'exclusive', 'analysis',
  'however', 'meanwhile', 'yet', 'still', 'also', 'but', 'and', 'or', 'if', 'when', 'while', 'as', 'for', 'ai',
]);
const CONNECTORS = new Set(['of', 'for', '&', 'de', 'du', 'la', 'le', 'von', 'van', 'der', 'del', 'on', 'the']);

interface Chunk {
  /** The chunk is one word at the start of its sentence, where any word is capitalised. */
  initial?: boolean;
  start: number;
  end: number;
  words: string[];
  titled: boolean;
  role: LineRole;
}

function isCap(t: string): boolean {
  return /^[A-Z\u00C0-\u00DE]/.test(t) || /^[a-z]+[A-Z]/.test(t); // "xAI", "iPhone"
}

function cleanWord(w: string): string {
  return w.replace(/[’']s$/, '');
}

/** Proper-noun chunks of one sentence's tokens. */
function chunks(tokens: Token[], role: LineRole): Chunk[] {
  const out: Chunk[] = [];
  let cur: { start: number; end: number; words: string[]; titled: boolean } | null = null;
  let titled = false;
  const flush = (): void => {
    if (cur && cur.words.length) {
      while (cur.words.length && CONNECTORS.has(cur.words[cur.words.length - 1]!.toLowerCase())) cur.words.pop();
      if (cur.words.length) out.push({ ...cur, role, initial: cur.start === tokens[0]?.start && cur.words.length === 1 });
    }
    cur = null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lw = t.text.toLowerCase().replace(/\.$/, '');
    const proper = (t.pos === 'PROPN' || (isCap(t.text) && /^(?:NOUN|ADJ|X)$/.test(t.pos) && cur !== null)) && isCap(t.text) && /^[\p{L}][\p{L}\p{N}&.'’-]*$/u.test(t.text);
    if (PERSON_TITLES.has(lw) && isCap(t.text)) {
      flush();
      titled = true;
      continue;
    }
    if (proper && !NOT_NAMES.has(lw)) {
      if (!cur) cur = { start: t.start, end: t.end, words: [], titled };
      cur.words.push(cleanWord(t.text));
      cur.end = t.end;
      titled = false;
      continue;
    }
    if (cur && CONNECTORS.has(t.text.toLowerCase()) && tokens[i + 1] && isCap(tokens[i + 1]!.text) && tokens[i + 1]!.pos === 'PROPN') {
      cur.words.push(t.text);
      continue;
    }
    flush();
    if (!(t.pos === 'PROPN' && PERSON_TITLES.has(lw))) titled = PERSON_TITLES.has(lw) && /^(?:NOUN|PROPN)$/.test(t.pos);
  }
  flush();
  return out;
}

function typeOf(name: string, words: string[], titled: boolean): EntityType {
  if (lookupPlace(name)) return 'place';
  if (ORG_WORDS.test(name) || NEWS_AGENCIES.has(name.toLowerCase())) return 'organization';
  if (PLACE_WORDS.test(name)) return 'place';
  if (titled && words.length <= 4) return 'person';
  if (/^[A-Z][A-Z&]{1,7}$/.test(name)) return 'organization';
  if (words.length === 1 && /^[A-Za-z]+[A-Z][a-z]*[A-Z]*$/.test(name) && /[a-z]/.test(name) && /[A-Z]/.test(name.slice(1))) return 'organization';
  if (words.length >= 2 && words.length <= 3 && words.every((w) => /^[A-Z][a-z\u00E0-\u00FF'’-]+$/.test(w))) return 'person';
  return 'other';
}

/** "North Atlantic Treaty Organization (NATO)": acronym → full name, when the initials fit. */
export function definedAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  // Robustness guard: a word is at most 40 letters here. Unbounded, a long run of letters (a pasted base64 line)
  // was rescanned from each of its capitals, quadratic in the run's length.
  const re = /((?:[A-Z][\p{L}&'’.-]{0,40}\s+(?:(?:of|for|and|the|on|de|&)\s+)*){1,9})\(([A-Z][A-Za-z&.]{1,9})\)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const words = m[1]!.trim().split(/\s+/).filter((w) => !/^(?:of|for|and|the|on|de|&)$/.test(w));
    const acro = m[2]!.replace(/\./g, '');
    // the last N capitalised words whose initials spell the acronym (allowing extra lower-case letters)
    for (let k = Math.min(words.length, 9); k >= 2; k--) {
      const tail = words.slice(words.length - k);
      const initials = tail.map((w) => w[0]).join('').toUpperCase();
      if (initials === acro.toUpperCase() || (acro.length >= 2 && initials.startsWith(acro.toUpperCase().slice(0, 2)) && k >= acro.length - 1 && acro.toUpperCase().split('').every((c) => initials.includes(c)))) {
        const full = m[1]!.trim().split(/\s+/);
        // keep connectors between the chosen words
        const firstWord = tail[0]!;
        const idx = full.lastIndexOf(firstWord);
        out.set(acro, full.slice(idx < 0 ? 0 : idx).join(' ').replace(/[’']s$/, ''));
        break;
      }
    }
  }
  return out;
}

export function extractEntities(
  text: string,
  sentences: Array<{ role: LineRole }>,
  sentenceTokens: Array<Token[]>,
): EntityResult {
  const acronyms = definedAcronyms(text);
  const fullToAcro = new Map<string, string>();
  for (const [a, f] of acronyms) fullToAcro.set(normaliseName(f), a);
  const raw: Chunk[] = [];
  sentenceTokens.forEach((toks, i) => {
    for (const c of chunks(toks, sentences[i]!.role)) raw.push(c);
  });
  // key (normalised canonical) → entity
  const byKey = new Map<string, { entity: Entity; key: string; forms: Map<string, number> }>();
  const mentionKeys: Array<{ start: number; end: number; key: string }> = [];
  const canonicalKey = (name: string): { key: string; name: string } => {
    const place = lookupPlace(name);
    if (place) return { key: 'place:' + normaliseName(place.canonical), name: place.canonical };
    const acro = acronyms.get(name.replace(/\./g, ''));
    if (acro) return { key: normaliseName(name.replace(/\./g, '')), name: name.replace(/\./g, '') };
    const a = fullToAcro.get(normaliseName(name));
    if (a) return { key: normaliseName(a), name: a };
    return { key: normaliseName(name), name };
  };
  const bodyLike = (r: LineRole): boolean => r === 'body' || r === 'bullet' || r === 'caption' || r === 'byline';
  // Body text first, so headline chunks only add mentions to names the body establishes (Title Case headlines
  // make every word look like a name).
  const midSentence = new Set(raw.filter((c) => !c.initial).map((c) => c.words.join(' ')));
  const ordered = [...raw.filter((c) => bodyLike(c.role)), ...raw.filter((c) => !bodyLike(c.role))].filter(
    (c) => !c.initial || midSentence.has(c.words[0]!) || lookupPlace(c.words[0]!) !== null || /^[A-Z]{2,6}$|[a-z][A-Z]/.test(c.words[0]!),
  );
  for (const c of ordered) {
    const name = c.words.join(' ');
    if (name.length < 2 || /^\d/.test(name)) continue;
    const { key, name: canon } = canonicalKey(name);
    let e = byKey.get(key);
    if (!e) {
      if (!bodyLike(c.role) && !lookupPlace(name) && !/^[A-Z]{2,6}$/.test(name)) continue;
      e = { entity: { name: canon, type: typeOf(canon, c.words, c.titled), aliases: [], mentions: 0 }, key, forms: new Map() };
      byKey.set(key, e);
    } else if (c.titled && e.entity.type === 'other') e.entity.type = 'person';
    e.entity.mentions++;
    e.forms.set(name, (e.forms.get(name) ?? 0) + 1);
    mentionKeys.push({ start: c.start, end: c.end, key });
  }
  // Surnames after a full name: "Sam Altman" … "Altman" is one person.
  const people = [...byKey.values()].filter((e) => e.entity.type === 'person' && e.entity.name.includes(' '));
  for (const e of [...byKey.values()]) {
    if (e.entity.name.includes(' ')) continue;
    const owner = people.find((p) => p.entity.name.split(' ').pop() === e.entity.name || p.entity.name.split(' ')[0] === e.entity.name && false);
    if (owner && owner !== e) {
      owner.entity.mentions += e.entity.mentions;
      for (const [f, n] of e.forms) owner.forms.set(f, (owner.forms.get(f) ?? 0) + n);
      for (const mk of mentionKeys) if (mk.key === e.key) mk.key = owner.key;
      byKey.delete(e.key);
    }
  }
  for (const e of [...byKey.values()]) {
    if (!/s$/.test(e.entity.name)) continue;
    const base = byKey.get(normaliseName(e.entity.name.slice(0, -1)));
    if (base && base !== e) {
      base.entity.mentions += e.entity.mentions;
      for (const [f, n] of e.forms) base.forms.set(f, (base.forms.get(f) ?? 0) + n);
      for (const mk of mentionKeys) if (mk.key === e.key) mk.key = base.key;
      byKey.delete(e.key);
    }
  }
  for (const [acro, full] of acronyms) {
    const e = byKey.get(normaliseName(acro));
    if (e) {
      e.forms.set(full, e.forms.get(full) ?? 0);
      if (e.entity.type === 'other' || e.entity.type === 'person') e.entity.type = typeOf(full, full.split(' '), false) === 'place' ? 'place' : 'organization';
    }
  }
  const list = [...byKey.values()].sort((a, b) => b.entity.mentions - a.entity.mentions || (a.entity.name < b.entity.name ? -1 : a.entity.name > b.entity.name ? 1 : 0));
  const index = new Map<string, number>();
  const entities = list.map((e, i) => {
    index.set(e.key, i);
    const aliases = [...e.forms.keys()].filter((f) => f !== e.entity.name).sort();
    return { ...e.entity, aliases };
  });
  const mentions = mentionKeys
    .filter((m) => index.has(m.key))
    .map((m) => ({ start: m.start, end: m.end, entity: index.get(m.key)! }))
    .sort((a, b) => a.start - b.start);
  return { entities, mentions };
}
