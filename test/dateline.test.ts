/**
 * Wire datelines often give a month and a day but no year ("LONDON, June 18 - "). Two stories filed months
 * apart report two occasions, even with the year unknown: an offering price in March and another in June
 * are not two accounts of one price.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { findDatelineMonthDay } from '../src/analyze/dates.js';
import { judge } from '../src/engine.js';
import { datedApart } from '../src/crosscheck/occasion.js';
import type { ArticleAnalysis } from '../src/types.js';

const offering = (dateline: string, price: string) =>
  `BRENTWOOD FOODS SHARE OFFERING\n\n${dateline} - Brentwood Foods Corp said it has begun an offering of 2,500,000 common shares through underwriters. ` +
  `The shares are priced at ${price} dlrs each, Brentwood Foods Corp said. It will use the proceeds to repay bank debt.\n`;

function contradictions(texts: string[]): string[] {
  const r = judge(texts.map((t, i) => analyzeArticle(`a${i}.txt`, t)), {}, []);
  return r.articles.flatMap((a) => a.findings.filter((f) => f.rule === 'contradiction').map((f) => `${a.path}:${f.excerpt}`));
}

describe('datelines without a year', () => {
  it('reads the month and day of a wire dateline', () => {
    expect(findDatelineMonthDay('HEADLINE\n\nBOSTON, Mass., April 1 - Towle Manufacturing said')).toBe('04-01');
    expect(findDatelineMonthDay('KANATA, Ontario, March 4 - Oper shr loss')).toBe('03-04');
    expect(findDatelineMonthDay('NEW YORK, Sept 3 (Reuters) - Stocks rose')).toBe('09-03');
    expect(findDatelineMonthDay('MARROWBY, 10 March (CPA) — Thieves broke in')).toBe('03-10');
    // a name and a date in running text are not a dateline
    expect(findDatelineMonthDay('Mr Smith, March 4 - no')).toBeNull();
    expect(findDatelineMonthDay('The vote on March 4 - the first')).toBeNull();
  });
  it('flags two prices of one offering filed the same day', () => {
    expect(contradictions([offering('OKLAHOMA CITY, March 6', '10.375'), offering('NEW YORK, March 6', '9.50')])).toEqual(['a0.txt:10.375 dlrs', 'a1.txt:9.50 dlrs']);
  });
  it('does not compare prices filed months apart, year or no year', () => {
    expect(contradictions([offering('OKLAHOMA CITY, March 6', '10.375'), offering('NEW YORK, June 18', '9.50')])).toEqual([]);
  });
  it('measures month-days around the year: three days across New Year are near, not eleven months apart', () => {
    const at = (monthDay: string | undefined, date: string | null = null) => ({ date, ...(monthDay ? { monthDay } : {}) }) as ArticleAnalysis;
    expect(datedApart(at('12-30'), at('01-02'), 30)).toBe(false);
    expect(datedApart(at('03-05'), at('06-18'), 30)).toBe(true);
    expect(datedApart(at(undefined, '1987-06-18'), at('03-05'), 30)).toBe(true);
    expect(datedApart(at(undefined, '1987-03-07'), at('03-05'), 30)).toBe(false);
    expect(datedApart(at(undefined), at('03-05'), 30)).toBe(false);
  });
});
