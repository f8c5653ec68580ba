/**
 * The one module that talks to wink-nlp. Everything else sees plain tokens with exact character offsets.
 *
 * wink has no offset API, so offsets are rebuilt from each token's preceding whitespace; characters it drops
 * silently (BOM, U+2028, \v, \f…) are turned into plain spaces of the same length first, and a token that
 * does not line up is found again with indexOf. wink is quadratic on long runs without spaces, so such runs
 * are blanked out before it sees them: they are never words a rule could use.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { ItemToken } from 'wink-nlp';

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

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;
function instance(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
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
  doc.tokens().each((t: ItemToken) => {
    map.push(tokens.length);
    const value = t.out() as string;
    const spaces = (t.out(its.precedingSpaces) as string) ?? '';
    let start = cursor + spaces.length;
    if (clean.substr(start, value.length) !== value) {
      const found = clean.indexOf(value, cursor);
      if (found < 0) return; // wink normalised the token beyond recognition: skip it rather than misplace it
      start = found;
    }
    const end = start + value.length;
    cursor = end;
    tokens.push({ start: base + start, end: base + end, text: value, pos: t.out(its.pos) as string });
  });
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
