/**
 * The one module that talks to wink-nlp. Everything else sees plain tokens with exact character offsets.
 *
 * wink has no offset API, so offsets are rebuilt from each token's preceding whitespace; characters it drops
 * silently (BOM, U+2028, \v, \f…) are turned into plain spaces of the same length first, and a token that
 * does not line up is found again with indexOf. wink is quadratic on long runs without spaces, so such runs
 * are blanked out before it sees them: they are never words a rule could use.
 */
import { createRequire } from 'node:module';

/**
 * wink keeps every word it has not seen in its model (an OOV word) in a cache shared by all documents, and
 * its tokenizer asks that cache whether a piece of text is a known word: "Corp's" is split into "Corp" +
 * "'s" the first time, but kept whole once an earlier document had it as one token (wink-nlp issue #143,
 * open). So an article's tokens, tags and then findings depended on which articles the same thread had read
 * before: with worker threads, on how files were shared between them. The tokenizer is made to see only
 * the model's own words, as on a first reading, so every article is read the same way in any company.
 */
const require = createRequire(import.meta.url);
type WinkCache = { lookup(text: string): number[] | null; intrinsicSize(): number };
const cachePath = require.resolve('wink-nlp/src/cache.js');
const makeCache = require(cachePath) as (...args: unknown[]) => WinkCache;
require.cache[cachePath]!.exports = (...args: unknown[]): WinkCache => {
  const cache = makeCache(...args);
  const known = cache.intrinsicSize();
  // (a view for the tokenizer and the rest of wink; the cache's own feature functions keep the real lookup,
  // which must find the OOV word just added)
  const view = Object.create(cache) as WinkCache;
  view.lookup = (text) => {
    const found = cache.lookup(text);
    return found !== null && found.length === 1 && found[0]! >= known ? null : found;
  };
  return view;
};
const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag (PROPN, NOUN, NUM…). */
  pos: string;
}

export interface Block {
  tokens: Token[];
  /** Sentences as [first token, last token] (inclusive). */
  sentences: Array<[number, number]>;
}

export const MAX_TOKEN_LENGTH = 256;

/**
 * The model's core, as the model package's own loader builds it (load-core-model.js, read-core-model.js),
 * without its two slow steps: a deep copy of the 3 MB model through JSON (so that several wink instances
 * could each mutate their own; credence makes one per thread) and base64 decoded one character at a time.
 * About 90 ms of every start-up and of every worker thread's. test/nlp-model.test.ts checks it builds the
 * same object as the package's loader.
 */
interface CoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, { list: string[]; hash: Record<string, number>; intrinsicSize: number; index: number; maxIndex: number }>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

function words32(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}

export function loadCoreModel(): CoreModel {
  const json = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as CoreModel;
  // (copies of the parts wink mutates, its feature lists included, so the JSON module stays as read)
  const features: CoreModel['features'] = {};
  for (const [f, fd] of Object.entries(json.features)) features[f] = { ...fd, list: fd.list.slice() };
  const model: CoreModel = { ...json, features, packing: { ...json.packing, efList: [] } };
  const { layout } = model.packing;
  model.lexicon = words32(json.lexicon as string);
  model.xpansions = words32(json.xpansions as string);
  const hashOf = (list: string[]): Record<string, number> => {
    const hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
    return hash;
  };
  for (const f in layout) if (layout[f]![3] === 0) features[f]!.hash = hashOf(features[f]!.list);
  features.lexeme!.hash = hashOf(features.lexeme!.list);
  const clusters = features.posClusters!.list as unknown as Array<string | Set<number>>;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => model.pos.hash[e] || 0));
  for (const f in layout) {
    const l = layout[f]!;
    if (l[3] === 0) {
      const fd = features[f]!;
      fd.intrinsicSize = fd.list.length;
      fd.index = fd.list.length;
      fd.maxIndex = l[1]! >>> l[2]!;
    }
    if (l[4] === 1) model.packing.efList.push(f);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
  return model;
}

/**
 * The model wink is given, as the model package's index (dist/model.js) assembles it, except for what this
 * pipeline (sentences and parts of speech) never runs: wink loads every model it is given, and the package's
 * index parses the entity and sentiment models (0.6 MB of JSON) and builds their automata on every start-up,
 * ≈ 30 ms of a cold run. Those three are empty here, the addons (stemmer, lemmatiser) are loaded only if
 * asked for. test/nlp-model.test.ts checks the tokens and tags are those of the package's own model.
 */
const MODEL_DIR = 'wink-eng-lite-web-model/dist/';
const EMPTY_MACHINE = { machines: [JSON.stringify([0, 0, {}, {}, {}, {}])], setter: (): void => {} };
export function winkModel(core: () => CoreModel): Parameters<typeof winkNLP>[0] {
  const addons: Record<string, unknown> = { wordVectors: undefined };
  for (const [name, file] of [['stem', 'porter-stemmer.js'], ['lemmatize', 'lemmatize.js'], ['readabilityStats', 'readability-stats.js']] as const) {
    Object.defineProperty(addons, name, { enumerable: true, get: () => require(MODEL_DIR + file) as unknown });
  }
  return {
    core, sbd: require(MODEL_DIR + 'load-sbd-model.js'), pos: require(MODEL_DIR + 'load-pos-model.js'),
    ner: () => ({ machines: [], transformers: [] }), negation: () => EMPTY_MACHINE, sa: () => EMPTY_MACHINE,
    metaCER: require(MODEL_DIR + 'load-cer-meta-model.js'), featureFn: require(MODEL_DIR + 'feature.js'), addons,
  } as unknown as Parameters<typeof winkNLP>[0];
}

type Nlp = ReturnType<typeof winkNLP>;
/**
 * Words wink may add to its cache before the instance is replaced. The cache never forgets an OOV word: most
 * articles add a few dozen, but a table of codes or numbers adds tens of thousands (one Reuters-21578 file:
 * 54,000), so over an archive of such files the cache would grow without bound. Since the tokenizer ignores
 * those words anyway (see above), a fresh instance reads every article exactly as the old one would; building
 * one costs ≈ 0.1 s.
 */
export const MAX_OOV_WORDS = 150_000;

let nlp: Nlp | null = null;
let lexemes: string[] = [];
let known = 0;
function instance(): Nlp {
  if (nlp && lexemes.length - known > MAX_OOV_WORDS) nlp = null;
  if (!nlp) {
    nlp = winkNLP(winkModel(() => {
      const core = loadCoreModel();
      lexemes = core.features.lexeme!.list;
      known = lexemes.length;
      return core;
    }), ['sbd', 'pos']);
  }
  return nlp;
}

/** How many words wink has added to its cache since the current instance was made (for tests). */
export function oovWords(): number {
  return lexemes.length - known;
}

const DROPPED = /[^\S\n\r\t ]/g;

const isBreak = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * Blanks runs of more than MAX_TOKEN_LENGTH characters without a space. A scan rather than /\S{257,}/g, which
 * restarts at every character of a shorter run and so costs up to 256 steps per character.
 */
function blankLongRuns(text: string): string {
  const parts: string[] = [];
  let last = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isBreak(text.charCodeAt(i))) continue;
    if (i - runStart > MAX_TOKEN_LENGTH) {
      parts.push(text.slice(last, runStart), ' '.repeat(i - runStart));
      last = i;
    }
    runStart = i + 1;
  }
  if (last === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}

/** Makes text safe and offset-preserving for wink: same length, same positions. */
export function prepare(text: string): string {
  return blankLongRuns(text.replace(DROPPED, ' '));
}

/** Tokens, POS tags and sentences of `text`, with offsets shifted by `base`. */
export function analyzeBlock(text: string, base = 0): Block {
  const clean = prepare(text);
  if (clean.trim() === '') return { tokens: [], sentences: [] };
  const w = instance();
  const its = w.its;
  const doc = w.readDoc(clean);
  const tokens: Token[] = [];
  let cursor = 0;
  // wink token index → our token index, since a token wink mangled is skipped
  const map: number[] = [];
  // (whole columns at once: a call per token and property cost a third of wink's own reading time)
  const all = doc.tokens();
  const values = all.out() as string[];
  const precedingSpaces = all.out(its.precedingSpaces) as string[];
  const tags = all.out(its.pos) as string[];
  for (let i = 0; i < values.length; i++) {
    map.push(tokens.length);
    const value = values[i]!;
    let start = cursor + (precedingSpaces[i] ?? '').length;
    if (!clean.startsWith(value, start)) {
      const found = clean.indexOf(value, cursor);
      if (found < 0) continue; // wink normalised the token beyond recognition: skip it rather than misplace it
      start = found;
    }
    const end = start + value.length;
    cursor = end;
    tokens.push({ start: base + start, end: base + end, text: value, pos: tags[i]! });
  }
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const sentences: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    const first = map[a] ?? tokens.length;
    const last = Math.min((map[b + 1] ?? tokens.length) - 1, tokens.length - 1);
    if (first <= last) sentences.push([first, last]);
  }
  // wink ends a sentence inside "KSh4.1 billion" (a letter before the digits); no sentence ends at a point with
  // a digit straight after it, so such a split is joined back
  for (let i = sentences.length - 1; i > 0; i--) {
    const prevEnd = tokens[sentences[i - 1]![1]]!.end - base;
    const nextStart = tokens[sentences[i]![0]]!.start - base;
    if (nextStart === prevEnd && /\d\.$/.test(clean.slice(Math.max(0, prevEnd - 2), prevEnd)) && /^\d/.test(clean.slice(nextStart))) {
      sentences[i - 1] = [sentences[i - 1]![0], sentences[i]![1]];
      sentences.splice(i, 1);
    }
  }
  return { tokens, sentences };
}

/** Loads the model now (≈150 ms) so the first article does not pay for it. */
export function warmUp(): void {
  instance();
}
