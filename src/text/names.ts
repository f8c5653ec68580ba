/**
 * Finds whole-word occurrences of a set of names in text: the same matches as the regular expression
 * `(?<![\p{L}\p{N}])(?:name1|name2|…)(?![\p{L}\p{N}])` with names longest first, without building one.
 * Speed (bench/): the analyser needs this per article with that article's own names; compiling a fresh
 * alternation for every article and running it at every position of every sentence was a tenth of the
 * analysis time on Reuters. Here each position costs one Map lookup of its first character.
 */
const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface NameMatch {
  name: string;
  index: number;
  end: number;
}

export type NameScanner = (text: string, from: number) => NameMatch[];

/** Per BMP character past ASCII: 0 not yet asked, 1 a letter or digit, 2 not (currency signs, dashes, quotes
 * are asked at nearly every position of some texts, and the Unicode property test is slow). */
const WORD_BMP = new Uint8Array(0x10000);

function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
  let known = WORD_BMP[c]!;
  if (known === 0) WORD_BMP[c] = known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

function isWordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  // the code point that ends just before i may be a surrogate pair
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return isWordAt(text, i - 2);
  }
  return isWordAt(text, i - 1);
}

/** Names are tried longest first (then in the order given); a match resumes the scan after its end. */
export function nameScanner(names: readonly string[]): NameScanner | null {
  const list = names.filter((n) => n.length > 0);
  if (list.length === 0) return null;
  const ordered = list.map((n, i) => [n, i] as const).sort((a, b) => b[0].length - a[0].length || a[1] - b[1]).map(([n]) => n);
  // Keyed by the first two UTF-16 units (the first in an array for ASCII, a Map beyond): keyed by the first
  // alone, every word start in a wire story tried a dozen names that share its capital letter.
  // A bucket of many names (a list of hundreds of names sharing two letters) is not tried name by name: at most
  // one of its names of each length can start at a position, so the text is looked up at each length it holds.
  interface Bucket { names: string[]; lengths: Uint8Array | null; set: Set<string> | null; longest: number }
  interface Node { pairs: Map<number, Bucket>; single: Bucket }
  const bucket = (): Bucket => ({ names: [], lengths: null, set: null, longest: 0 });
  const ascii: Array<Node | undefined> = new Array(128).fill(undefined);
  const other = new Map<number, Node>();
  for (const n of ordered) {
    const k = n.charCodeAt(0);
    let node = k < 128 ? ascii[k] : other.get(k);
    if (!node) {
      node = { pairs: new Map(), single: bucket() };
      if (k < 128) ascii[k] = node;
      else other.set(k, node);
    }
    if (n.length === 1) node.single.names.push(n);
    else {
      let b = node.pairs.get(n.charCodeAt(1));
      if (!b) node.pairs.set(n.charCodeAt(1), (b = bucket()));
      b.names.push(n);
    }
  }
  const BY_LENGTH = 8;
  for (const node of [...ascii, ...other.values()]) {
    for (const b of node ? node.pairs.values() : []) {
      if (b.names.length <= BY_LENGTH) continue;
      b.set = new Set(b.names);
      b.longest = b.names[0]!.length; // (names are longest first)
      b.lengths = new Uint8Array(b.longest + 1);
      for (const n of b.names) b.lengths[n.length] = 1;
    }
  }
  const matchAt = (text: string, p: number, candidates: Bucket | undefined): string | null => {
    if (!candidates) return null;
    if (candidates.lengths) {
      // (a name ends where no word character follows: only such ends are looked up, longest first)
      for (let e = Math.min(text.length, p + candidates.longest); e > p; e--) {
        if (candidates.lengths[e - p] === 0 || isWordAt(text, e)) continue;
        const n = text.slice(p, e);
        if (candidates.set!.has(n)) return n;
      }
      return null;
    }
    for (const n of candidates.names) if (text.startsWith(n, p) && !isWordAt(text, p + n.length)) return n;
    return null;
  };
  return (text, from) => {
    const out: NameMatch[] = [];
    for (let p = Math.max(0, from); p < text.length; p++) {
      const k = text.charCodeAt(p);
      const node = k < 128 ? ascii[k] : other.get(k);
      if (!node || isWordBefore(text, p)) continue;
      // (names of two units or more before names of one: the list stays longest first)
      const n = matchAt(text, p, node.pairs.get(text.charCodeAt(p + 1))) ?? matchAt(text, p, node.single);
      if (n !== null) {
        out.push({ name: n, index: p, end: p + n.length });
        p += n.length - 1;
      }
    }
    return out;
  };
}

/**
 * Whether `word` occurs in `text` as a whole word: the same answer as
 * `(?<![\p{L}\p{N}])word(?![\p{L}\p{N}])` with `u`, without compiling a pattern for every name tested.
 */
export function containsWord(text: string, word: string): boolean {
  if (word === '') return false;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!isWordBefore(text, i) && !isWordAt(text, i + word.length)) return true;
  }
  return false;
}
