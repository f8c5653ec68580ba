/**
 * The top of a saved web page: a site's menu laid out with wide gaps is furniture, not the headline, and a
 * headline over its byline ("By … · 4 min read") stays the headline.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';

const page = (menu: string): string =>
  `Harbourline\n${menu}\n\nPellam Foods to Close Two Bakeries as Flour Costs Climb\nBy Harbourline Staff · March 3, 2025 · 3 min read\n\n` +
  'Pellam Foods said on Monday it would close two bakeries in Ohio, cutting 240 jobs.\n';

describe('page top', () => {
  it('takes a menu of capitalised items laid out with wide gaps as furniture, and the headline under it as the title', () => {
    for (const menu of ['Markets  Stocks  Funds  Crypto  News  |  Try Harbourline Plus today', 'Home   World   Business   Sport   Weather']) {
      const a = analyzeArticle('p.txt', page(menu));
      expect(a.title).toBe('Pellam Foods to Close Two Bakeries as Flour Costs Climb');
      expect(a.lineRoles[1]).toBe('furniture');
      expect(a.lineRoles[3]).toBe('title');
    }
  });

  it('keeps a headline over its byline and a standfirst as the title', () => {
    const text = 'Pellam Foods to Close Two Bakeries as Flour Costs Climb\nBy Harbourline Staff · March 3, 2025 · 3 min read\n\n' +
      'Two plants in Ohio will shut by the summer, the company says\n\nPellam Foods said on Monday it would close two bakeries in Ohio.\n';
    const a = analyzeArticle('s.txt', text);
    expect(a.title).toBe('Pellam Foods to Close Two Bakeries as Flour Costs Climb');
    expect(a.lineRoles[0]).toBe('title');
  });

  it('leaves a Markdown heading\'s marks out of the title, and a hashtag in it', () => {
    expect(analyzeArticle('m.md', '# Pellam Foods to close two bakeries\n\nPellam Foods said on Monday it would close two bakeries.\n').title)
      .toBe('Pellam Foods to close two bakeries');
    expect(analyzeArticle('m.md', '## The Bakery Desk — Issue #142\n\nPellam Foods said on Monday it would close two bakeries.\n').title)
      .toBe('The Bakery Desk — Issue #142');
    expect(analyzeArticle('h.txt', '#MeToo marks eight years with a march in Ohio\n\nHundreds marched on Monday.\n').title)
      .toBe('#MeToo marks eight years with a march in Ohio');
  });

  it('keeps a row of a table below the headline, figures and all', () => {
    const text = 'Pellam Foods results\n\nPellam Foods reported its results on Monday.\n\nRevenue  Profit  Staff  Sites\n240  12  1,900  31\n';
    const a = analyzeArticle('t.txt', text);
    expect(a.title).toBe('Pellam Foods results');
    expect(a.lineRoles[4]).not.toBe('furniture');
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([1900]));
  });

  it('does not take a wide-gapped headline or a line with figures as a menu', () => {
    const a = analyzeArticle('h.txt', 'Harbourline\n\nPellam  Foods  To  Close  Bakeries  In  Ohio\n\nPellam Foods said on Monday it would close two bakeries.\n');
    expect(a.title).toBe('Pellam  Foods  To  Close  Bakeries  In  Ohio');
  });
});
