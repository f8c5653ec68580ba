/**
 * Membership in a large sorted word list, read from one string of words separated by newlines.
 *
 * The first lookups are answered by binary search over that string. A Set is built only once the list has
 * been asked often. A cold run on one article asks a few dozen times, and splitting 70,000 words into a Set
 * took ≈ 25 ms per list, a tenth of its start-up. An archive asks millions of times, and there a Set's
 * lookup is the faster.
 */

/** Lookups answered by binary search before the Set is built (a few milliseconds of searching at most). */
export const SEARCHES_BEFORE_SET = 4096;

/**
 * `text` must hold distinct words, one per line, in JavaScript's default sort order (by UTF-16 code units),
 * without a trailing newline. `isWordList` checks that, for tests and the build.
 */
export function wordList(text: string, searchesBeforeSet = SEARCHES_BEFORE_SET): (word: string) => boolean {
  if (text === '') return () => false;
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  // starts[k] is where word k begins; starts[count] is one past the end, as if a newline followed the last word
  const starts = new Int32Array(count + 1);
  let k = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
  starts[count] = text.length + 1;

  /** <0, 0 or >0 as `word` sorts before, equal to or after word k of the list. */
  const compare = (word: string, k: number): number => {
    const from = starts[k]!;
    const length = starts[k + 1]! - 1 - from;
    const n = Math.min(word.length, length);
    for (let i = 0; i < n; i++) {
      const d = word.charCodeAt(i) - text.charCodeAt(from + i);
      if (d !== 0) return d;
    }
    return word.length - length;
  };
  const search = (word: string): boolean => {
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = compare(word, mid);
      if (c === 0) return true;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return false;
  };

  let asked = 0;
  let set: Set<string> | null = null;
  return (word) => {
    if (set) return set.has(word);
    if (++asked > searchesBeforeSet) {
      set = new Set(text.split('\n'));
      return set.has(word);
    }
    return search(word);
  };
}

/** Whether `text` is a list `wordList` can search: distinct words, sorted, one per line, no empty line. */
export function isWordList(text: string): boolean {
  const words = text.split('\n');
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '' || (i > 0 && !(words[i - 1]! < words[i]!))) return false;
  }
  return true;
}
