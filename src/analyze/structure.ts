/**
 * The article's own structure: which lines are headline, byline, caption, furniture, bullet or body, and
 * the sentences inside them. A headline, bullet, byline or caption line ends where its line ends, even
 * without a full stop; only body lines are split into sentences by the NLP library.
 */
import { analyzeBlock, MAX_TOKEN_LENGTH, type Token } from '../nlp.js';
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

/**
 * Lines longer than this are handed to the NLP library in blocks of at most this size, cut at a sentence end or
 * a space: exports that drop paragraph breaks put a whole article on one line, and it is still prose.
 */
export const MAX_LINE_LENGTH = 20000;

/**
 * Longer "sentences" (lists and tables with no full stop) are cut at spaces. Real sentences are far shorter;
 * the cut keeps every per-sentence pass (dates, figures, claims) bounded, so an article costs linear time.
 */
export const MAX_SENTENCE_LENGTH = 3000;

const FURNITURE = new RegExp(
  '^(?:' +
    [
      'skip to (?:main )?content', 'skip navigation', 'subscribe(?: now| today| to .*)?', 'sign (?:in|up)(?: .*)?', 'log ?in', 'log ?out',
      'register', 'menu', 'search', 'home', 'share(?: this(?: article| story| post)?| on .*)?', 'tweet', 'email', 'print',
      'previous(?: article| post| story)?', 'next(?: article| post| story)?', 'read more', 'read next', 'see all', 'see more',
      'show more', 'load more', 'more (?:in|from|on|stories|news) ?.*', 'related(?: articles| stories| posts| content)?',
      'recommended(?: for you)?', 'trending(?: now| on .*)?', 'most (?:read|popular|viewed|shared)(?: on .*)?', 'popular(?: now| on .*)?',
      'top stories', 'you (?:may|might) also like', 'also read', 'advertisement',
      // link labels: "RELATED: PHOTOS: Water main break on Douglas (14 photos)", "READ MORE: …"
      '(?:related|read more|see also|also read|more|watch|gallery|listen)\\s*:\\s.*', 'sponsored(?: content)?',
      // a teaser strip or a notice on one line: "TRENDING: 3 hurt in pileup | Rents jump 6%", "SPONSORED: …",
      // "Disclaimer: … Data delayed by 15 minutes."
      '(?:trending(?: now)?|most read|popular(?: now)?|sponsored|promoted|advertisement|partner content|paid content|disclaimer|deals? of the (?:day|week))\\s*:\\s.*',
      'comments?', '\\d+ comments?', 'comments? \\(\\d+\\)', '\\d+ (?:shares?|likes?|replies|reactions?|views?)', '\\d+ min(?:ute)?s? read', 'leave a (?:comment|reply)',
      // a weather widget: "Scranton 72°F Partly cloudy", "London 14°C"
      '[\\p{Lu}][\\p{L} .-]{1,30} -?\\d{1,3} ?°[CF]?(?: [\\p{L} ]{1,25})?', 'back to top', 'open app', 'download (?:the|our) app',
      'follow us(?: on .*)?', 'newsletter', 'sign up for (?:our|the) .*newsletter.*', 'contribute', 'donate', 'support (?:our|us).*',
      'become a (?:member|subscriber|supporter)', 'already (?:a member|have an account).*', 'privacy policy', 'terms(?: of (?:use|service))?',
      'cookie (?:policy|settings)', 'accept(?: all)? cookies', 'all rights reserved.*', '(?:copyright|©) .*', 'page \\d+ of \\d+',
      'tags?:.*', 'topics?:.*', 'filed under:?.*', 'sources?', 'insights', 'article content', 'listen(?: to this article)?',
      'watch(?: now| live)?', 'live', 'breaking(?: news)?', 'latest(?: news)?', 'close', 'open', 'loading\\.*', 'click here.*',
      'unlock the full analysis:?', 'cta image', 'continue reading', 'view (?:all|comments|gallery)', 'photos?', 'video',
    ].join('|') +
    ')[.!:]?$',
  'iu',
);

/** A block of links to other stories: the list lines under it are furniture, not the article's own bullets. */
const TEASER_HEADING = /^(?:trending|most (?:read|popular|viewed|shared)|popular|top stories|related(?: articles| stories| posts| content)?|recommended(?: for you)?|more (?:in|from|on|stories|news)|read next|you (?:may|might) also like|also read|deals?(?: of the (?:day|week))?|today['’]s deals|special offers?|top deals)\b/i;

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

/**
 * A site's menu laid out with wide gaps ("Markets  Stocks  ETFs  Crypto  News  |  Try Pro"): at least four
 * one- or two-word items, capitalised and without figures, and at most one other. Asked only above the
 * headline: lower down, a row of a table looks the same.
 */
function isMenu(s: string): boolean {
  const items = s.split(/\s+[|·•»›]\s+|\s{2,}/).filter((p) => p !== '');
  // (a headline spaced out word by word, "Pellam  Foods  To  Close", has its little words among the items)
  if (items.some((p) => MENU_NEVER.has(p.toLowerCase()))) return false;
  const short = items.filter((p) => wordCount(p) <= 2 && /^\p{Lu}/u.test(p) && !/\d/.test(p)).length;
  return short >= 4 && items.length - short <= 1;
}

const MENU_NEVER = new Set(['a', 'an', 'the', 'to', 'in', 'of', 'for', 'on', 'at', 'as', 'and', 'or', 'by', 'with', 'from', 'is', 'are', 'after', 'over']);

function wordCount(s: string): number {
  const m = s.match(/\S+/g);
  return m ? m.length : 0;
}

/** Data, not prose: a long line with almost no spaces (base64, minified markup, a pasted hash). */
function isOpaque(line: string): boolean {
  if (line.length < 200) return false;
  let spaces = 0;
  for (let i = 0; i < line.length; i++) if (isSpace(line.charCodeAt(i))) spaces++;
  return spaces / line.length < 0.02;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Runs of more than MAX_TOKEN_LENGTH characters without a space in [from, to): data, never words. */
function longRuns(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let runStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !isSpace(text.charCodeAt(i))) continue;
    if (i - runStart > MAX_TOKEN_LENGTH) out.push([runStart, i]);
    runStart = i + 1;
  }
  return out;
}

/**
 * Cuts [from, to) of `text` into pieces of at most `max` characters: after the last sentence end in the second
 * half of the window if there is one, else at the last space, else (a run with no space at all) at `max`,
 * never inside a surrogate pair. Pieces are trimmed; empty ones are dropped.
 */
export function cutPieces(text: string, from: number, to: number, max: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const push = (a: number, b: number): void => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push([a, b]);
  };
  let start = from;
  while (to - start > max) {
    const limit = start + max;
    let cut = -1;
    let space = -1;
    for (let i = limit; i > start + (max >> 1); i--) {
      if (!isSpace(text.charCodeAt(i))) continue;
      if (space < 0) space = i;
      if (/[.!?…;]/.test(text[i - 1] ?? '')) {
        cut = i;
        break;
      }
    }
    if (cut < 0) cut = space;
    if (cut < 0) {
      for (let i = limit; i > start; i--) if (isSpace(text.charCodeAt(i))) { cut = i; break; }
    }
    if (cut < 0) {
      cut = limit;
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
    }
    push(start, cut);
    start = cut;
  }
  push(start, to);
  return out;
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
  if (FURNITURE.test(s) || isNavBar(s) || (!seenTitle && isMenu(s))) return 'furniture';
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
  // A sentence [start, end) whose tokens are tokens[first, last): cut when it is too long to be a sentence.
  const addSentence = (start: number, end: number, line: number, role: LineRole, first: number, last: number): void => {
    const runs = longRuns(text, start, end);
    if (end - start <= MAX_SENTENCE_LENGTH && runs.length === 0) {
      sentences.push({ start, end, line, role });
      sentenceTokens.push([first, last]);
      return;
    }
    // Runs too long to be words are left out of every sentence: the per-sentence patterns then never scan one.
    const spans: Array<[number, number]> = [];
    let from = start;
    for (const [a, b] of runs) {
      spans.push(...cutPieces(text, from, a, MAX_SENTENCE_LENGTH));
      from = b;
    }
    spans.push(...cutPieces(text, from, end, MAX_SENTENCE_LENGTH));
    let t = first;
    for (const [a, b] of spans) {
      while (t < last && tokens[t]!.start < a) t++;
      const from = t;
      while (t < last && tokens[t]!.start < b) t++;
      if (t === from) continue; // nothing but a blanked run of characters: no words to analyse
      sentences.push({ start: a, end: b, line, role });
      sentenceTokens.push([from, t]);
    }
  };
  let teaser = false;
  for (let i = 0; i < lineStarts.length; i++) {
    const line = lineText(text, lineStarts, i);
    let role = classifyLine(line, i, title !== '');
    // the list under "Trending on …" or "Related stories" is links to other stories, until a blank line
    if (teaser && (role === 'bullet' || role === 'heading')) role = 'furniture';
    else {
      // ("Deals of the day" reads as a heading; it heads links and offers all the same)
      if (role === 'heading' && TEASER_HEADING.test(line.trim()) && wordCount(line) <= 5) role = 'furniture';
      teaser = role === 'furniture' && TEASER_HEADING.test(line.trim());
    }
    roles.push(role);
    if (role === 'title') title = line.trim();
    if (role === 'blank' || role === 'opaque') continue;
    const base = lineStarts[i]!;
    const pieces = line.length > MAX_LINE_LENGTH ? cutPieces(text, base, base + line.length, MAX_LINE_LENGTH) : null;
    if (!pieces) {
      const block = analyzeBlock(line, base);
      if (block.tokens.length === 0) continue;
      const offset = tokens.length;
      for (const t of block.tokens) tokens.push(t);
      const lead = line.length - line.trimStart().length;
      const trail = line.trimEnd().length;
      if (role === 'body' && block.sentences.length > 1) {
        for (const [a, b] of block.sentences) {
          addSentence(block.tokens[a]!.start, block.tokens[b]!.end, i + 1, role, offset + a, offset + b + 1);
        }
      } else {
        addSentence(base + lead, base + trail, i + 1, role, offset, offset + block.tokens.length);
      }
      continue;
    }
    for (const [a, b] of pieces) {
      const block = analyzeBlock(text.slice(a, b), a);
      if (block.tokens.length === 0) continue;
      const offset = tokens.length;
      for (const t of block.tokens) tokens.push(t);
      if (role === 'body' && block.sentences.length > 1) {
        for (const [x, y] of block.sentences) {
          addSentence(block.tokens[x]!.start, block.tokens[y]!.end, i + 1, role, offset + x, offset + y + 1);
        }
      } else {
        addSentence(a, b, i + 1, role, offset, offset + block.tokens.length);
      }
    }
  }
  const setRole = (i: number, role: LineRole): void => {
    roles[i] = role;
    for (const s of sentences) if (s.line === i + 1) s.role = role;
  };
  const firstContent = roles.findIndex((r) => r !== 'blank' && r !== 'furniture' && r !== 'opaque');
  if (title === '' && firstContent >= 0 && roles[firstContent] === 'body') {
    // a headline written as a sentence or a question ("Halvard is paying for 400 customers. Is Vireo worth
    // it?"): the first line, short, standing alone above the text
    const line = lineText(text, lineStarts, firstContent).trim();
    if (wordCount(line) <= 20 && (roles[firstContent + 1] ?? 'blank') === 'blank') {
      setRole(firstContent, 'title');
      title = line;
    }
  } else if (title !== '') {
    // a site's name above its menu ("Nordic Security Lab" / "Research · Events · Blog"), with the story's
    // headline under a section label further down: the headline is the title, the name is furniture
    // (a headline over its byline, "By … · 4 min read", which reads as a menu, stays)
    const ti = roles.indexOf('title');
    if (roles[ti + 1] === 'furniture' && !BYLINE.test(lineText(text, lineStarts, ti + 1).trim())) {
      for (let j = ti + 2; j < roles.length && j < ti + 8; j++) {
        if (roles[j] === 'body' || roles[j] === 'bullet') break;
        if (roles[j] === 'heading' && wordCount(lineText(text, lineStarts, j)) >= 5) {
          setRole(ti, 'furniture');
          setRole(j, 'title');
          title = lineText(text, lineStarts, j).trim();
          break;
        }
      }
    }
  }
  if (title === '') {
    const first = sentences[0];
    title = first ? text.slice(first.start, first.end).trim() : '';
  }
  // (a Markdown heading's marks are not part of the headline: "# Port strike ends")
  return { lineStarts, roles, sentences, tokens, sentenceTokens, title: title.replace(/^#{1,6}[ \t]+/, '') };
}

export { SENTENCE_END };
