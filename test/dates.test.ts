import { describe, expect, it } from 'vitest';
import { findArticleDate, findDates } from '../src/analyze/dates.js';

const one = (s: string, ref: string | null = null) => findDates(s, ref).map((d) => [d.text, d.start, d.end]);

describe('dates', () => {
  it('normalises months, parts of months, halves, quarters and years', () => {
    expect(one('It happened in January 2025.')).toEqual([['January 2025', '2025-01-01', '2025-01-31']]);
    expect(one('The deal closed in late February 2026.')).toEqual([['late February 2026', '2026-02-20', '2026-02-28']]);
    expect(one('Revenue for the first half of 2025 rose.')).toEqual([['first half of 2025', '2025-01-01', '2025-06-30']]);
    expect(one('Results for Q3 2025 were weak.')).toEqual([['Q3 2025', '2025-07-01', '2025-09-30']]);
    expect(one('The market will grow through 2030.')).toEqual([['through 2030', null, '2030-12-31']]);
    expect(one('The law was passed in 2019.')).toEqual([['2019', '2019-01-01', '2019-12-31']]);
  });
  it('resolves relative dates against a reference date, and leaves them open without one', () => {
    expect(one('The strike began on Tuesday.', '2026-03-06')).toEqual([['Tuesday', '2026-03-03', '2026-03-03']]);
    expect(one('The strike began on Tuesday.')).toEqual([['Tuesday', null, null]]);
    expect(one('Prices rose last week.', '2026-03-06')).toEqual([['last week', '2026-02-23', '2026-03-01']]);
    expect(one('It was announced 3 days ago.', '2026-03-06')).toEqual([['3 days ago', '2026-03-03', '2026-03-03']]);
  });
  it('still finds numeric dates and units of time in sentences full of other numbers', () => {
    // (chrono is asked only when a sentence may hold a day; these hold one in digits or in a unit of time)
    expect(one('The 1,250 dockers returned 2 days later.', '2026-03-06').map(([t]) => t)).toEqual(['2 days later']);
    expect(one('About 1,200 tonnes arrived 48 hours later.', '2026-03-06')).toEqual([['48 hours later', '2026-03-08', '2026-03-08']]);
    expect(one('Shipments of 1,200 tonnes were due in 3 d.', '2026-03-06').map(([t]) => t)).toEqual(['3 d']);
    expect(one('Filed on 3/4/2025 by 1,200 staff.', '2026-03-06').map(([t]) => t)).toEqual(['3/4/2025']);
    expect(one('The 2025-03-04 filing listed 12 ships.').map(([t]) => t)).toEqual(['2025-03-04']);
    expect(one('The 12 ships sailed 2025 3 4 from Oslo.').map(([t]) => t)).toEqual(['2025 3 4']);
    expect(one('Output of 1,200 tonnes resumed within 48 hrs.', '2026-03-06').map(([t]) => t)).toEqual(['within 48 hrs']);
    expect(one('Output of 1,200 tonnes rose 4.5 pct to 300 mln dlrs.', '2026-03-06')).toEqual([]);
  });
  it('drops chrono false positives', () => {
    // (chrono reads "the mon(ey)" as a Monday and "last(s)" as a last second; a month or weekday counts only as a whole word)
    expect(one('The shortage in the money market fell to 700 mln.', '2024-05-06')).toEqual([]);
    expect(one('It will be interesting to see how long the battery really lasts.', '2024-05-06')).toEqual([]);
    expect(one('He won a second term and is now in office.')).toEqual([]);
  });
  it('finds the article date in a dateline or a Posted line', () => {
    expect(findArticleDate('LONDON, March 6 (Reuters) - Shares fell.', '2026-01-01')).toBe('2026-03-06');
    expect(findArticleDate('Headline\nPosted on 6 March 2025\nBody', null)).toBe('2025-03-06');
    expect(findArticleDate('LONDON, March 6 (Reuters) - Shares fell.', null)).toBe(null);
  });
});

describe('dates that need the article date', () => {
  it('places a quarter named without a year in the most recent such quarter', () => {
    expect(one('It reported fourth-quarter revenue of $4.3bn.', '2025-03-06')).toEqual([['fourth-quarter', '2024-10-01', '2024-12-31']]);
    expect(one('It guided to revenue for the first quarter.', '2025-03-06')).toEqual([['first quarter', '2025-01-01', '2025-03-31']]);
    expect(one('It guided to revenue for the first quarter.')).toEqual([['first quarter', null, null]]);
  });
  it('reads seasons, "so far this year" and durations apart from dates', () => {
    expect(one('Heating bills rose last winter.', '2026-03-06')).toEqual([['last winter', '2025-12-01', '2026-02-28']]);
    expect(one('Sales are up so far this year.', '2025-11-12')).toEqual([['so far this year', '2025-01-01', '2025-11-12']]);
    expect(one('Rain fell for 36 hours.', '2025-11-12')).toEqual([]);
  });
});
