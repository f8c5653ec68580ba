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
  ])('%s', (sentence) => {
    expect(figs(sentence)).toEqual([]);
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
