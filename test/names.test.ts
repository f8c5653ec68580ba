/**
 * The name scanner must find exactly what the regular expression it replaces finds: whole-word matches of
 * the names, longest first, each scan resuming after the previous match.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsWord, nameScanner } from '../src/text/names.js';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function byRegex(names: string[], text: string, from: number): Array<[string, number]> {
  const sorted = names.filter((n) => n.length > 0).map((n, i) => [n, i] as const).sort((a, b) => b[0].length - a[0].length || a[1] - b[1]).map(([n]) => n);
  if (sorted.length === 0) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  re.lastIndex = from;
  const out: Array<[string, number]> = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push([m[0], m.index]);
  return out;
}

const scan = (names: string[], text: string, from = 0): Array<[string, number]> =>
  (nameScanner(names)?.(text, from) ?? []).map((m) => [m.name, m.index]);

describe('nameScanner', () => {
  it('matches whole words only, longest name first, and resumes after a match', () => {
    const names = ['NATO', 'North Atlantic Treaty Organization', 'U.S.', 'US', 'Altman', 'Sam Altman', 'AT&T'];
    const text = 'Sam Altman told NATO (North Atlantic Treaty Organization) that the U.S. and AT&T agree; NATOs and USB are not names; Altman’s view.';
    expect(scan(names, text)).toEqual([['Sam Altman', 0], ['NATO', 16], ['North Atlantic Treaty Organization', 22], ['U.S.', 67], ['AT&T', 76], ['Altman', 117]]);
    expect(scan(names, text, 20)).toEqual(scan(names, text).filter(([, i]) => i >= 20));
    expect(scan(['Zoë'], 'Zoë and Zoëlla, éZoë')).toEqual([['Zoë', 0]]);
    expect(nameScanner([])).toBeNull();
  });

  it('agrees with the regular expression on generated names and text', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', 'B', ' ', '.', '-', '’', 'é', '1', '𝐀', '\u00a0', '&');
    const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), fc.array(fc.oneof(word, alphabet.map(String)), { maxLength: 30 }), fc.nat(10), (names, parts, from) => {
        const text = parts.join('');
        // (a start inside a surrogate pair is moved back by the regular expression; callers never give one)
        let start = Math.min(from, text.length);
        if (/[\udc00-\udfff]/.test(text[start] ?? '')) start--;
        expect(scan(names, text, start)).toEqual(byRegex(names, text, start));
      }),
      { numRuns: 600, seed: 7 },
    );
  });

  it('agrees with the regular expression when many names share their first two letters', () => {
    // (a bucket of more than eight names is searched by length: lists of names, tables of codes)
    const alphabet = fc.constantFrom('a', 'b', 'A', ' ', '.', 'é');
    const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 6 }).map((w) => 'Ab' + w);
    fc.assert(
      fc.property(fc.array(word, { minLength: 9, maxLength: 40 }), fc.array(fc.oneof(word, alphabet.map(String)), { maxLength: 30 }), (names, parts) => {
        const text = parts.join('');
        expect(scan(names, text)).toEqual(byRegex(names, text, 0));
      }),
      { numRuns: 600, seed: 8 },
    );
  });
});

describe('containsWord', () => {
  it('agrees with the whole-word regular expression on generated words and text', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', ' ', '.', '-', 'é', '1', '𝐀', '\u00a0');
    const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(word, fc.array(fc.oneof(word, alphabet.map(String)), { maxLength: 30 }), (w, parts) => {
        const text = parts.join('');
        expect(containsWord(text, w)).toBe(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(w)}(?![\\p{L}\\p{N}])`, 'u').test(text));
      }),
      { numRuns: 1000, seed: 11 },
    );
    expect(containsWord('Mendes told the Courier', 'Mendes')).toBe(true);
    expect(containsWord('Mendesson said', 'Mendes')).toBe(false);
    expect(containsWord('anything', '')).toBe(false);
  });
});
