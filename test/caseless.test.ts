/**
 * Large `i` patterns are run as lower-case patterns over lower-cased text (text/caseless.ts); the rewrite
 * must keep escapes and group names, or the pattern would change meaning or stop compiling.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerPattern, lowerPatternSource, lowerSameLength } from '../src/text/caseless.js';
import { TOOLS } from '../src/analyze/disclosure-patterns.js';

describe('lowerPatternSource', () => {
  it('lower-cases letters but keeps escapes, property names and group names', () => {
    expect(lowerPatternSource(String.raw`(?<Persona>AI)\S\W\B\D\p{Sc}\P{L}\u00C9\x41\cJ\k<Persona>É`)).toBe(
      String.raw`(?<Persona>ai)\S\W\B\D\p{Sc}\P{L}\u00C9\x41\cJ\k<Persona>é`,
    );
  });

  it('reads upper- and lower-case letter classes as any cased letter, as they match under i', () => {
    expect(lowerPatternSource(String.raw`\p{Lu}[\p{Ll}]+`)).toBe(String.raw`\p{LC}[\p{LC}]+`);
    const re = new RegExp(lowerPatternSource(String.raw`^\p{Lu}\p{Ll}+$`), 'u');
    for (const w of ['Jane', 'JANE', 'Émile', 'Łukasz']) expect(re.test(lowerSameLength(w)), w).toBe(new RegExp(String.raw`^\p{Lu}\p{Ll}+$`, 'iu').test(w));
    expect(lowerPatternSource(String.raw`(?<![\p{L}])KI(?=X)[A-Z]`)).toBe(String.raw`(?<![\p{L}])ki(?=x)[a-z]`);
  });
});

describe('lowerPattern', () => {
  const source = String.raw`(?<![\p{L}])(?:AI|KI)(?![\p{L}])|künstlich|\bgenerated\s+by\b|` + TOOLS;
  const withFlag = new RegExp(source, 'iu');
  const lower = lowerPattern(source, 'u');
  const test = (t: string): boolean => lower.test(t.toLowerCase());

  it('answers as the i-flag pattern does on chosen cases', () => {
    for (const t of ['Made with AI.', 'mit KI erstellt', 'KÜNSTLICH', 'Generated  By staff', 'Image: MIDJOURNEY', 'DALL-E 3', 'Said', 'Kai and Aida', 'Über'])
      expect(test(t), t).toBe(withFlag.test(t));
  });

  it('answers as the i-flag pattern does on random text built from its own words', () => {
    const words = fc.constantFrom('ai', 'AI', 'Ai', 'ki', 'KÜNSTLICH', 'Künstlich', 'generated', 'BY', 'ChatGPT', 'chatgpt', 'GPT-4o', 'midjourney', 'Said', 'the', 'Ü', '-', '.', 'x');
    fc.assert(fc.property(fc.array(words, { maxLength: 8 }), fc.constantFrom(' ', '', '\n'), (ws, sep) => {
      const t = ws.join(sep);
      expect(test(t)).toBe(withFlag.test(t));
    }));
  });
});

describe('lowerSameLength', () => {
  it('keeps every offset, also where lower case is longer', () => {
    expect(lowerSameLength('İSTANBUL Ünal')).toBe('İstanbul ünal');
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (t) => {
      expect(lowerSameLength(t).length).toBe(t.length);
    }));
  });
});
