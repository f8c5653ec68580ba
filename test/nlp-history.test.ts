/**
 * An article is read the same way whatever was read before it in the same thread. wink keeps the words it
 * did not know in a cache shared by all documents, and its tokenizer used to consult it (wink-nlp #143), so
 * results depended on which articles a worker thread happened to get.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { analyzeBlock } from '../src/nlp.js';

const words = (text: string) => analyzeBlock(text).tokens.map((t) => `${t.text}/${t.pos}`);

describe('reading does not depend on what was read before', () => {
  it('splits a possessive the same way after another text had it before a comma', () => {
    const text = 'Pinecrest Holdings Corp\'s Northern Advanced Systems unit said it would speed up deliveries.';
    const alone = words(text);
    expect(alone.slice(0, 4)).toEqual(['Pinecrest/PROPN', 'Holdings/PROPN', 'Corp/PROPN', "'s/PART"]);
    // ("Corp's," is read as one word before the comma, which put "Corp's" in wink's cache as a word)
    analyzeBlock("The plan was Pinecrest Holdings Corp's, not the regulator's.");
    expect(words(text)).toEqual(alone);
  });

  it('gives an article the same entities alone and after others', () => {
    const article = 'HALVARD UNIT SPEEDS DELIVERIES\n\nOSLO, March 4 - Halvard Plc\'s Northern Advanced Systems unit said it is\naccelerating deliveries of its two largest models.\n';
    const alone = JSON.stringify(analyzeArticle('a.txt', article).entities);
    analyzeArticle('b.txt', "The order went to Halvard Plc's, not Boeing's, unit.");
    expect(JSON.stringify(analyzeArticle('a.txt', article).entities)).toBe(alone);
  });
});
