import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';

/** Figures of a one-paragraph article, as [text, value, unit, bound]. */
function figs(text: string): Array<[string, number, string, string]> {
  return analyzeArticle('t.txt', text).figures.map((f) => [f.text, f.value, f.unit, f.bound]);
}

describe('figures: surface forms', () => {
  it.each([
    ['The company booked $4.3 billion in sales last quarter.', 4.3e9, 'USD', 'exact'],
    ['It reported 4.3bn dollars in sales.', 4.3e9, 'USD', 'exact'],
    ['Sales reached $4,300 million.', 4.3e9, 'USD', 'exact'],
    ['The fund holds €40bn in assets.', 40e9, 'EUR', 'exact'],
    ['The council set aside £212m for repairs.', 212e6, 'GBP', 'exact'],
    ['Inflation eased to 12% in the spring.', 12, '%', 'exact'],
    ['Turnout was 12 per cent in the north.', 12, '%', 'exact'],
    ['Turnout was 12 percent in the south.', 12, '%', 'exact'],
    ['Support rose to over 12% among young voters.', 12, '%', 'at-least'],
    ['The port handled about 1,250 containers a day.', 1250, 'container', 'approx'],
    ['Up to 300 workers could lose their jobs.', 300, 'worker', 'at-most'],
    ['The alliance spans more than 30 countries.', 30, 'country', 'at-least'],
    ['Three million people live in the region.', 3e6, 'person', 'exact'],
  ])('%s', (sentence, value, unit, bound) => {
    const got = figs(sentence);
    expect(got.length).toBeGreaterThanOrEqual(1);
    expect(got[0]!.slice(1)).toEqual([value, unit, bound]);
  });

  it('reads a hyphenated count as its unit', () => {
    const [f] = analyzeArticle('t.txt', 'Leaders of the 32-member alliance met in Vilnius.').figures;
    expect(f).toMatchObject({ value: 32, unit: 'member', measure: 'member' });
  });

  it('reads a non-breaking-space thousands separator', () => {
    expect(figs('The strike idled 1\u00a0250 dockers at the harbour.')[0]!.slice(1, 3)).toEqual([1250, 'docker']);
  });

  it('marks falls as negative changes', () => {
    const [f] = analyzeArticle('t.txt', 'Shares of the retailer fell 3% on Monday.').figures;
    expect(f).toMatchObject({ value: -3, unit: '%', change: true });
  });
});

describe('figures: things that are not figures', () => {
  it.each([
    'Trump was inaugurated for a second term in January 2025.',
    'The meeting starts at 10:30 a.m. on Tuesday.',
    'Call the desk on +44 20 7946 0958 for details.',
    'Send letters to SW1A 1AA or write to news@example.com.',
    'Read the filing at https://example.com/reports/2025/q3-results-123.',
    'The update ships with iOS 17.2 and version 3.1 of the app.',
    'The case, No. 24-CV-1187, was heard in 2024.',
    'It is the third-largest carrier in 2023 and the 2nd in Europe.',
    'Roddick beat Ljubicic 6-1 6-4 and then lost 6-2 7-6 (7-1) to Moya.',
    'England were beaten 19-13 by the Irish in Dublin.',
    'A crushing 42-7 Kiwi triumph in Wembley followed.',
    'Henman now faces Andreev in the last 16 of the tournament.',
    'Barcelona assistant coach Henk Ten Cate was angry after the opening two Six Nations wins.',
    'Davenport reached the last 16 with a convincing 6-2 6-4 win.',
    'If the result remains at 1-1, Real will drop, and from 40-0 up she folded.',
    'The shares were relegated from the FTSE 100 and the song left the Hot 100 chart.',
    'Campbell set his 100m personal best in Budapest and she broke the 60m hurdles record.',
    'DJs are sampling 70\'s and 80\'s music.',
    'Chelsea and the Gunners endured a 2-2 stalemate on Sunday.',
    'After losing the first set 6-1 to Hewitt he doubted himself, and if the score reaches 5-4 I send them off.',
    'The film came in at number 11, and the rapper at number 19.',
    'The team trains at 1030 GMT before the relay reached the 300m stage.',
    '24 Feliciano Lopez (Spain)',
    'Other gadgets in the top 100 include the sextant.',
  ])('%s', (sentence) => {
    expect(figs(sentence)).toEqual([]);
  });

  it('keeps figures next to scores and names that carry number words', () => {
    expect(figs('Henman has won the last 16 matches he played.').map((f) => f[1])).toEqual([16]);
    expect(figs('The club won 3-1 in front of 24,812 fans.').map((f) => f[1])).toEqual([24812]);
    expect(figs('The forecast range is 30-40 contacts for every case.').length).toBeGreaterThanOrEqual(1);
    expect(figs('Three athletes were disqualified, and Six Nations tickets rose 12%.').map((f) => f[1])).toEqual([3, 12]);
    expect(figs('The runner covered 400m in the heat and 10m in the final second.').length).toBeGreaterThanOrEqual(1);
    expect(figs('People in their 80s made up 12% of voters.').map((f) => f[1])).toContain(12);
    expect(figs('The number of staff rose to 5,200 and the top 10 firms hold 60% of deposits.').map((f) => f[1])).toEqual(expect.arrayContaining([5200, 60]));
    expect(figs('Revenue was £24m, number 3 in the sector for growth of 15%.').map((f) => f[1])).toEqual(expect.arrayContaining([24e6, 15]));
    expect(figs('Dealers expect sales to top 500,000 and growth of 6-6.5% next year.').map((f) => f[1])).toEqual(expect.arrayContaining([500000, 6]));
    expect(figs('The company set a target of 10-15% growth.').map((f) => f[1])).toContain(10);
    expect(figs('Forecasts range from 10-15 years for the 30-40 contacts traced.').length).toBeGreaterThanOrEqual(1);
  });

  it('never takes a bare year for a figure', () => {
    const text = 'In 2019 the plan was drafted; by 2021 it had stalled, and 2024 brought a new mayor.';
    expect(figs(text)).toEqual([]);
  });
});

describe('figures: bounds, units and signs written around the number', () => {
  const one = (s: string) => analyzeArticle('t.txt', s).figures[0];
  it('reads bounds written after the figure', () => {
    expect(one('Members must spend 2% or more of output on defence.')).toMatchObject({ value: 2, bound: 'at-least' });
    expect(one('Classes of 30 or fewer pupils are the aim.')).toMatchObject({ value: 30, bound: 'at-most' });
    expect(one('Fare rises are capped at 10% this year.')).toMatchObject({ value: 10, bound: 'at-most' });
  });
  it('reads falls written as nouns and losses as negative', () => {
    expect(one('Growers expect a 7% drop in the harvest.')).toMatchObject({ value: -7, unit: '%' });
    expect(one('The unit posted a loss of $2m for the quarter.')).toMatchObject({ value: -2e6, unit: 'USD' });
  });
  it('reads cents, pence and units written against the digits', () => {
    expect(one('Earnings rose to 42 cents a share.')).toMatchObject({ value: 0.42, unit: 'USD' });
    expect(one('Up to 300mm of rain fell on the hills.')).toMatchObject({ value: 300, unit: 'mm', bound: 'at-most' });
  });
  it('keeps compound units the lexicon knows', () => {
    expect(one('The bloc now has 32 member states.')).toMatchObject({ value: 32, unit: 'member state', measure: 'member' });
  });
  it('does not read addresses or index names as figures', () => {
    expect(analyzeArticle('t.txt', 'The firm moved to 9400 Wilshire Boulevard last spring.').figures).toEqual([]);
    expect(analyzeArticle('t.txt', 'The S&P 500 fell while the FTSE 100 rose.').figures).toEqual([]);
  });
});

describe('figures: changes and shares', () => {
  const one = (s: string) => analyzeArticle('t.txt', s).figures[0];
  it('reads a change from the verb that opens the clause, or the noun after the figure', () => {
    expect(one('A daily pill cut hospital admissions for heart failure by 21% in the trial.')).toMatchObject({ value: -21, change: true });
    expect(one('The budget includes a 4.99% rise in council tax.')).toMatchObject({ value: 4.99, change: true });
  });
  it('marks shares of a whole and both ends of a comparison', () => {
    expect(one('The party won 12% of the vote in the capital.')).toMatchObject({ share: true, change: false });
    const [a, b] = analyzeArticle('t.txt', 'The bank lowered its growth forecast to 0.75% from 1.5% on Thursday.').figures;
    expect([a!.comparison, b!.comparison]).toEqual([true, true]);
  });
});
