import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWordList, wordList } from '../src/text/word-list.js';

const asList = (words: Iterable<string>): string => [...new Set(words)].sort().join('\n');

describe('wordList', () => {
  it('answers as a Set of its words would, while searching and after it has built the Set', () => {
    // (words from a small alphabet, so that queries hit, miss by a letter and share prefixes)
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'z', '’', "'", '-'), minLength: 1, maxLength: 6 });
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), fc.array(word, { maxLength: 40 }), fc.nat(50), (words, queries, after) => {
      const set = new Set(words);
      const has = wordList(asList(words), after);
      for (const q of [...queries, ...words, '', 'zzzzzzz']) expect(has(q), q).toBe(set.has(q));
    }));
  });

  it('finds the first and last words and nothing between two neighbours', () => {
    const has = wordList(asList(['apple', 'apples', 'banana', 'cherry']));
    expect(['apple', 'apples', 'banana', 'cherry'].map(has)).toEqual([true, true, true, true]);
    expect(['appl', 'applesauce', 'b', 'cherryx', 'Apple', ''].map(has)).toEqual([false, false, false, false, false, false]);
    expect(wordList('')('a')).toBe(false);
  });

  it('isWordList accepts only distinct sorted words, one per line', () => {
    expect(isWordList('a\nb\nc')).toBe(true);
    expect(isWordList('b\na')).toBe(false);
    expect(isWordList('a\na')).toBe(false);
    expect(isWordList('a\n\nb')).toBe(false);
    expect(isWordList('a\nb\n')).toBe(false);
  });
});
