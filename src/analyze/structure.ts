/**
 * The article's own structure: which lines are headline, byline, caption, furniture, bullet or body, and
 * the sentences inside them. A headline, bullet, byline or caption line ends where its line ends, even
 * without a full stop; only body lines are split into sentences by the NLP library.
 */
import { analyzeBlock, type Token } from '../nlp.js';
import { lineStarts as computeLineStarts, lineText } from '../text/lines.js';
import type { LineRole, Sentence } from '../types.js';

export interface Structure {
  lineStarts: number[];
  roles: LineRole[];
  sentences: Sentence[];
  tokens: Token[];
  /** Per sentence: [first token, end token) into `tokens`. */
  sentenceTokens: Array<[number, number]>;
  title: string;
}

/** Lines longer than this, or with almost no spaces, are data (base64, minified markup), not prose. */
export const MAX_LINE_LENGTH = 20000;

const FURNITURE = new RegExp(
  '^(?:' +
    [
      'skip to (?:main )?content', 'skip navigation', 'subscribe(?: now| today| to .*)?', 'sign (?:in|up)(?: .*)?', 'log ?in', 'log ?out',
      'register', 'menu', 'search', 'home', 'share(?: this(?: article| story| post)?| on .*)?', 'tweet', 'email', 'print',
      'previous(?: article| post| story)?', 'next(?: article| post| story)?', 'read more', 'read next', 'see all', 'see more',
      'show more', 'load more', 'more (?:in|from|on|stories|news) ?.*', 'related(?: articles| stories| posts| content)?',
      'recommended(?: for you)?', 'trending(?: now)?', 'most (?:read|popular|viewed)', 'advertisement', 'sponsored(?: content)?',
      'comments?', '\\d+ comments?', 'leave a (?:comment|reply)', 'back to top', 'open app', 'download (?:the|our) app',
      'follow us(?: on .*)?', 'newsletter', 'sign up for (?:our|the) .*newsletter.*', 'contribute', 'donate', 'support (?:our|us).*',
      'become a (?:member|subscriber|supporter)', 'already (?:a member|have an account).*', 'privacy policy', 'terms(?: of (?:use|service))?',
      'cookie (?:policy|settings)', 'accept(?: all)? cookies', 'all rights reserved.*', '(?:copyright|©) .*', 'page \\d+ of \\d+',
      'tags?:.*', 'topics?:.*', 'filed under:?.*', 'sources?', 'insights', 'article content', 'listen(?: to this article)?',
      'watch(?: now| live)?', 'live', 'breaking(?: news)?', 'latest(?: news)?', 'close', 'open', 'loading\\.*', 'click here.*',
      'unlock the full analysis:?', 'cta image', 'continue reading', 'view (?:all|comments|gallery)', 'photos?', 'video',
    ].join('|') +
    ')[.!:]?$',
  'i',
);

const BULLET = /^\s*(?:[-*•·▪●◦‣–—]|\d{1,2}[.)]|[a-z][.)])\s*\S/;
const BYLINE = /^(?:by|written by|reporting by|words by|story by|edited by|editing by|posted by|author:?)\s+\S/i;
const CAPTION = /^(?:\(?(?:photo|image|illustration|picture|graphic|credit|caption|pictured|photograph|file photo)s?\b\s*(?:by|:|credit)|photo by\b|image by\b|illustration by\b|\[(?:image|photo)\b)/i;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

/** "Share this article | 3 comments", "Markets | Technology | 3 min read": short segments between bars. */
function isNavBar(s: string): boolean {
  const parts = s.split(/\s+[|·•»›]\s+/);
  if (parts.length < 2) return false;
  return parts.every((p) => wordCount(p) <= 4 && !/[.!?]$/.test(p)) || parts.some((p) => FURNITURE.test(p.trim()) || /^\d+ min(?:ute)?s? read$/i.test(p.trim()));
}

function wordCount(s: string): number {
  const m = s.match(/\S+/g);
  return m ? m.length : 0;
}

function isOpaque(line: string): boolean {
  if (line.length > MAX_LINE_LENGTH) return true;
  if (line.length < 200) return false;
  const spaces = line.length - line.replace(/\s/g, '').length;
  return spaces / line.length < 0.02;
}

/** Heading-like: short, no sentence-ending punctuation, mostly capitalised or a label ending in ':'. */
function looksLikeHeading(t: string): boolean {
  const words = wordCount(t);
  if (words === 0 || words > 16) return false;
  if (/[.!?]["'”’]?$/.test(t) && !/\b[A-Z][a-z]{0,3}\.$/.test(t)) return false;
  return true;
}

export function classifyLine(t: string, index: number, seenTitle: boolean): LineRole {
  const s = t.trim();
  if (s === '') return 'blank';
  if (isOpaque(s)) return 'opaque';
  if (FURNITURE.test(s) || isNavBar(s)) return 'furniture';
  if (BULLET.test(s)) return 'bullet';
  if (CAPTION.test(s)) return 'caption';
  if (BYLINE.test(s) && wordCount(s) <= 14) return 'byline';
  if (looksLikeHeading(s)) {
    // A lone word or two at the top ("NextFin", "Search") is a masthead or menu item, not a headline.
    if (!seenTitle && wordCount(s) >= 3) return 'title';
    return wordCount(s) <= 3 && !/:$/.test(s) && index > 0 && !seenTitle ? 'furniture' : 'heading';
  }
  return 'body';
}

export function analyzeStructure(text: string): Structure {
  const lineStarts = computeLineStarts(text);
  const roles: LineRole[] = [];
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const sentenceTokens: Array<[number, number]> = [];
  let title = '';
  for (let i = 0; i < lineStarts.length; i++) {
    const line = lineText(text, lineStarts, i);
    const role = classifyLine(line, i, title !== '');
    roles.push(role);
    if (role === 'title') title = line.trim();
    if (role === 'blank' || role === 'opaque') continue;
    const base = lineStarts[i]!;
    const block = analyzeBlock(line, base);
    if (block.tokens.length === 0) continue;
    const offset = tokens.length;
    for (const t of block.tokens) tokens.push(t);
    const lead = line.length - line.trimStart().length;
    const trail = line.trimEnd().length;
    if (role === 'body' && block.sentences.length > 1) {
      for (const [a, b] of block.sentences) {
        const first = block.tokens[a]!;
        const last = block.tokens[b]!;
        sentences.push({ start: first.start, end: last.end, line: i + 1, role });
        sentenceTokens.push([offset + a, offset + b + 1]);
      }
    } else {
      sentences.push({ start: base + lead, end: base + trail, line: i + 1, role });
      sentenceTokens.push([offset, offset + block.tokens.length]);
    }
  }
  if (title === '') {
    const first = sentences[0];
    title = first ? text.slice(first.start, first.end).trim() : '';
  }
  return { lineStarts, roles, sentences, tokens, sentenceTokens, title };
}

export { SENTENCE_END };
