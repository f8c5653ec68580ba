/**
 * Whether two articles are about the same thing (sameTopic) gates every contradiction across articles.
 * Places say where a story happened, not what it is about: a city's newsroom names its city and county in
 * every story. And a figure of a story's own day ("today") in two stories filed on different days is two days'
 * figures.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { buildIndex, sameTopic, sameTopicOf } from '../src/crosscheck/index.js';
import { ownDaysApart } from '../src/crosscheck/occasion.js';
import { judge } from '../src/engine.js';
import type { ArticleAnalysis } from '../src/types.js';

const topic = (a: string, b: string): boolean => {
  const arts = [analyzeArticle('a.txt', a), analyzeArticle('b.txt', b)];
  return sameTopic(buildIndex(arts), 0, 1);
};

describe('same topic', () => {
  const bakery = 'Bakery wins award\n\nA bakery in Calgary, Alberta won a national prize for its sourdough on Saturday. The owner, Mia Travers, said the Calgary shop would hire two more bakers. Judges praised the crust.\n';
  const roads = 'Road repairs to start\n\nCrews in Calgary, Alberta will begin resurfacing three avenues next week, the city said. Drivers in Calgary should expect delays. Cyclists were told to use the river path instead.\n';
  it('does not join two stories that share only a city and its province', () => {
    expect(topic(bakery, roads)).toBe(false);
  });
  it('joins them when they also share a person or an organisation', () => {
    const roads2 = roads.replace('the city said.', 'the city said. Mia Travers, who runs a bakery on one of the avenues, said she was worried.');
    expect(topic(bakery, roads2)).toBe(true);
  });
  it('does not take a place as the main subject another article shares', () => {
    const market = 'Warrant market grows\n\nZURICH - A market in gold warrants has grown in Switzerland this year. Bankers in Switzerland said demand came from pension funds. Switzerland has long been a centre for gold trading.\n';
    const sale = 'Terminal maker completes sale\n\nCOMMACK - Vantor Systems completed the sale of 200,000 shares to an investor of Lugano, Switzerland for 50,000 dollars, the company said. Vantor Systems makes terminals.\n';
    expect(topic(market, sale)).toBe(false);
    // an organisation that is one article's main subject and named in the other does tie them
    const sale2 = sale.replace('Bankers in', 'x');
    const market2 = market.replace('Bankers in Switzerland said', 'Vantor Systems said');
    expect(topic(market2, sale2)).toBe(true);
  });
});

describe('figures of a story\'s own day', () => {
  const shortage = (dateline: string, n: number, day = 'today') =>
    `MONEY MARKET SHORTAGE\n\n${dateline} - The Bank of England said it had provided the money market with assistance ${day}. ` +
    `The central bank forecast a shortage of around ${n} mln stg in the system ${day}, money market dealers said.\n`;
  const contradictions = (texts: string[]) => {
    const r = judge(texts.map((t, i) => analyzeArticle(`a${i}.txt`, t)), {}, []);
    return r.articles.flatMap((a) => a.findings.filter((f) => f.rule === 'contradiction').map((f) => `${a.path}:${f.excerpt}`));
  };
  it('flags two figures of one day', () => {
    expect(contradictions([shortage('LONDON, March 3', 400), shortage('LONDON, March 3', 700)])).toHaveLength(2);
  });
  it('does not compare figures of "today" in stories filed on different days', () => {
    expect(contradictions([shortage('LONDON, March 3', 400), shortage('LONDON, March 5', 700)])).toEqual([]);
  });
  it('reads "yesterday" in the next day\'s story as the same day', () => {
    const at = (monthDay: string) => ({ date: null, monthDay }) as unknown as ArticleAnalysis;
    expect(ownDaysApart(at('03-03'), at('03-04'), 'the shortage today was', 'the shortage yesterday was')).toBe(false);
    expect(ownDaysApart(at('03-03'), at('03-05'), 'the shortage today was', 'the shortage yesterday was')).toBe(true);
    expect(ownDaysApart(at('03-03'), at('03-05'), 'the shortage was', 'the shortage today was')).toBe(false);
  });
});

describe('sameTopicOf', () => {
  it('answers as sameTopic for every pair, in either order, asked any number of times', () => {
    const stories = [
      'Bakery wins award\n\nA bakery in Calgary won a prize. The owner, Mia Travers, said the shop would hire two bakers.\n',
      'Bakery hires\n\nMia Travers, owner of the Calgary bakery that won a prize, said she would hire two bakers.\n',
      'Road repairs\n\nCrews in Calgary will resurface three avenues next week, the city said.\n',
      'Port strike ends\n\nAbout 1,250 dockers at the Port of Halvard returned to work, the union said.\n',
      'Dockers return\n\nThe Port of Halvard said 1,250 dockers were back at work after the strike.\n',
      'Budget passed\n\nThe council in Lagos approved a budget of 40 billion naira.\n',
    ];
    const index = buildIndex(stories.map((t, i) => analyzeArticle(`${i}.txt`, t)));
    const memo = sameTopicOf(index);
    expect(sameTopicOf(index)).toBe(memo);
    const expected = stories.map((_, a) => stories.map((__, b) => sameTopic(index, a, b)));
    expect(expected.flat()).toContain(true);
    expect(expected.flat()).toContain(false);
    for (let round = 0; round < 2; round++)
      for (let a = stories.length - 1; a >= 0; a--) for (let b = 0; b < stories.length; b++) expect(memo(a, b), `${a},${b}`).toBe(expected[a]![b]);
  });
});
