/**
 * One figure reported in different words still corroborates: people counted as "residents" and "people",
 * "all 12 of the town's schools" and "the town's 12 schools", "a reward of £50,000 for information" and
 * "a £50,000 reward", "1.5km" and "1,500 metres".
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { judge } from '../src/engine.js';

function unsupported(texts: string[]): string[] {
  const r = judge(texts.map((t, i) => analyzeArticle(`a${i}.txt`, t)), {}, []);
  return r.articles.flatMap((a) => a.findings.filter((f) => f.rule === 'unsupported-number').map((f) => `${a.path}:${f.excerpt}`));
}

const figure = (text: string, unitOrMeasure: 'unit' | 'measure') => analyzeArticle('t.txt', `Flood update\n\n${text}\n`).figures.map((f) => [f.text, f[unitOrMeasure]]);

describe('figures worded differently', () => {
  it('reads what a partitive counts, after a possessive too', () => {
    expect(figure("Rest centres opened, and all 12 of the town's schools were closed on Monday.", 'unit')).toEqual([["12 of the town's schools", 'school']]);
    expect(figure('Inspectors said 12 of the schools were closed.', 'unit')).toEqual([['12 of the schools', 'school']]);
  });
  it('names an amount by the noun it is "of"', () => {
    expect(figure('The insurer offered a reward of £50,000 for information about the theft.', 'measure')).toEqual([['£50,000', 'reward']]);
  });
  it('corroborates people counted under different nouns, units on one scale, and a reward worded two ways', () => {
    const wire = 'Flooding in Aldercombe\n\nAbout 1,200 residents were evacuated from Aldercombe on Monday, the council said. The insurer Harwell Mutual offered a reward of £50,000 for information about looters. Police set up a cordon of 1.5km around the river.\n';
    const local = 'Aldercombe counts the cost\n\nIn all, 1,187 people were moved out of the Riverside area of Aldercombe, the council said. Harwell Mutual has put up a £50,000 reward. Officers kept a cordon of 1,500 metres in place around the river.\n';
    expect(unsupported([wire, local])).toEqual([]);
  });
});
