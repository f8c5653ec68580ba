/**
 * Where one kind of span ends and a figure begins: an ID keyword followed by an ordinary word, a phone number
 * with a trunk prefix, a time of day, and a date whose "year" is really the start of the next number.
 * Each case here was once extracted wrongly ("000" out of "43,000", ".6%" out of "81.6%").
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';

const figures = (text: string): string[] => analyzeArticle('t.txt', text, { referenceDate: '2025-02-21' }).figures.map((f) => f.text);
const dates = (text: string): Array<[string, string | null]> => analyzeArticle('t.txt', text, { referenceDate: '2025-02-21' }).dates.map((d) => [d.text, d.start]);

describe('figure boundaries', () => {
  it('reads an ID keyword as an ID only when a number or code follows it', () => {
    expect(figures('Boil order for 43,000 after massive main break')).toEqual(['43,000']);
    expect(figures('A gate for 120 passengers opened; Lot of 30 crates.')).toEqual(['120 passengers', '30 crates']);
    expect(figures('Flight BA123, Route A1, Order No. 5 and Model X-7 carried 300 people.')).toEqual(['300 people']);
  });

  it('skips phone numbers with a trunk prefix', () => {
    expect(figures('Call 1-888-555-0177 or 1 (800) 555-0100 about the 14 lots.')).toEqual(['14 lots']);
  });

  it('skips national numbers written with their trunk zero in groups', () => {
    expect(figures('For tickets, call the box office on 01632 960775 or 0161 496 0123; 40 seats remain.')).toEqual(['40 seats']);
    expect(figures('Mobile 07700 900123, landline 020 7946 0958; 300 people came.')).toEqual(['300 people']);
    // (the thousands of a number are not a trunk zero)
    expect(figures('Output rose by 190,000 170-kg bales, and investment of 100,000-389,000 dlrs was set.')).toEqual(['190,000', '170-kg', '100,000-389,000 dlrs']);
  });

  it('skips a time of day written with a point ("7.40 p.m.", "7.05pm")', () => {
    expect(figures('The bus left at 6.15 p.m. and the 7.05pm train carried 80 passengers.')).toEqual(['80 passengers']);
  });

  it('reads "m" as metres when a word of distance follows, and as millions after a verb of money', () => {
    const read = (text: string): Array<[string, number, string]> =>
      analyzeArticle('t.txt', text).figures.map((f) => [f.text, f.value, f.unit]);
    expect(read('The tanker was anchored some 600m offshore with its crew aboard.')).toEqual([['some 600m', 600, 'm']]);
    expect(read('The walkers were found 300m from the summit.')).toEqual([['300m', 300, 'm']]);
    expect(read('The club raised 800m from investors last year.')).toEqual([['800m', 800_000_000, 'count']]);
    expect(read('The council spent £800m from its reserves.')).toEqual([['£800m', 800_000_000, 'GBP']]);
  });

  it('reads an elapsed time after an event as a figure, not a date', () => {
    expect(figures('The fire was brought under control after 11 hours.')).toEqual(['11 hours']);
    expect(figures('Talks resumed within three days, and 40 staff returned.')).toEqual(['three days', '40 staff']);
    // a time of day after "after" is still a time
    expect(figures('The fire started after 11 pm, and 60 firefighters attended.')).toEqual(['60 firefighters']);
  });

  it('skips noon and midnight as times of day', () => {
    expect(figures('Voting closed at 12 noon, reopened at 12 midnight, and 12 staff counted.')).toEqual(['12 staff']);
  });

  it('does not let a date take the start of the next number as its year', () => {
    const text = 'The ballot closed on 20 February, 81.6% voted yes on a turnout of 58.3%.';
    expect(figures(text)).toEqual(['81.6%', '58.3%']);
    expect(dates(text)).toEqual([['20 February', '2025-02-20']]);
    expect(figures('On 20 February, 81 people were hurt.')).toEqual(['81 people']);
    // a four-digit year after a comma is still a year
    expect(dates('On 20 February, 2024 sales rose.')).toEqual([['20 February, 2024', '2024-02-20']]);
  });

  it('takes a unit symbol after a space as the unit, not the noun after it', () => {
    expect(analyzeArticle('t.txt', 'The recall covers 10 mg tablets, at 40 km from the plant, rated 12 MW.').figures.map((f) => [f.text, f.unit])).toEqual([['10 mg', 'mg'], ['40 km', 'km'], ['12 MW', 'mw']]);
  });
});

describe('earnings lines', () => {
  it('mark both sides of "vs" as a comparison, whatever their units', () => {
    const a = analyzeArticle('t.txt', 'Falcon Cable results\n\nShr loss 3.49 dlrs vs loss 15 cts\n');
    expect(a.figures.map((f) => [f.text, f.comparison ?? false])).toEqual([['3.49 dlrs', true], ['15 cts', true]]);
  });
});
