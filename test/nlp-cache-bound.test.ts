/**
 * wink's cache of unknown words is bounded (nlp.ts, MAX_OOV_WORDS): past the bound the instance is replaced,
 * and an article is still read exactly as before.
 */
import { describe, expect, it } from 'vitest';
import { analyzeBlock, MAX_OOV_WORDS, oovWords } from '../src/nlp.js';

describe("wink's cache of unknown words", () => {
  it('is emptied once it passes the bound, without changing how text is read', () => {
    const article = "Halvard Corp's 1,250 dockers (ILA-1414) voted 28-8 on Tuesday, the union said.";
    const before = analyzeBlock(article);
    const words = Array.from({ length: MAX_OOV_WORDS + 1000 }, (_, i) => `zq${i.toString(36)}x`);
    for (let i = 0; i < words.length; i += 20_000) analyzeBlock(words.slice(i, i + 20_000).join(' '));
    expect(oovWords()).toBeGreaterThan(MAX_OOV_WORDS);
    const after = analyzeBlock(article); // the next call starts a fresh instance
    expect(oovWords()).toBeLessThan(100);
    expect(after).toEqual(before);
  }, 60_000);
});
