/**
 * dates.ts runs only the chrono parsers whose pattern could match a sentence (CHRONO_GATES), and skips chrono
 * when only the time-of-day parser could. That is a speed-up only if it never changes a result: here the
 * gated parse is compared with the full one (every parser, always asked) on generated sentences built from
 * the words the parsers look for, and on every line of the labelled fixtures and seeds.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import * as chronoEn from 'chrono-node/en';
import { findDates, parseDates } from '../src/analyze/dates.js';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261203) });

const INSTANTS = [new Date(Date.UTC(2000, 0, 1, 12)), new Date(Date.UTC(2025, 2, 6, 12))];

/** What a result says, in plain data: its place, its text and every component chrono assigned or implied. */
function shape(rs: ReturnType<typeof parseDates>): unknown {
  return rs.map((r) => ({
    index: r.index, text: r.text,
    start: r.start.date().toISOString(), certain: ['day', 'weekday', 'month', 'year', 'hour'].filter((k) => r.start.isCertain(k as 'day')),
    end: r.end ? r.end.date().toISOString() : null,
  }));
}

/** A result dates.ts can keep: chrono is certain of its day, weekday or month (a time of day alone is not). */
const dayish = (r: ReturnType<typeof parseDates>[number]): boolean => ['day', 'weekday', 'month'].some((k) => r.start.isCertain(k as 'day'));

function agree(text: string): void {
  for (const instant of INSTANTS) {
    const gated = parseDates(text, instant);
    const full = parseDates(text, instant, true);
    // skipped: nothing but times of day was there to find; asked: the same results, to the component
    if (gated.length === 0) expect(full.filter(dayish).map((r) => r.text), JSON.stringify(text)).toEqual([]);
    else expect(shape(gated), JSON.stringify(text)).toEqual(shape(full));
  }
}

const WORDS = [
  'in', 'on', 'at', 'for', 'within', 'from', 'to', 'until', 'through', 'the', 'a', 'an', 'few', 'several', 'couple', 'of', 'half', 'about',
  'around', 'this', 'last', 'past', 'next', 'after', 'before', 'ago', 'earlier', 'later', 'out', 'forward', 'now', 'today', 'tonight',
  'tomorrow', 'tmr', 'yesterday', 'night', 'morning', 'afternoon', 'evening', 'noon', 'midnight', 'end', 'day', 'days', 'week', 'weeks',
  'weekend', 'month', 'months', 'year', 'years', 'quarter', 'hour', 'hrs', 'hr', 'min', 'mins', 'sec', 'mo', 'yr', 's', 'm', 'h', 'd', 'w', 'y',
  'one', 'two', 'three', 'five', 'ten', 'twelve', 'first', 'second', 'third', 'tenth', 'twenty-first', 'thirty first', 'fifteenth',
  'March', 'may', 'May', 'June', 'Sept.', 'sep', 'Dec', 'january', 'Monday', 'tue', 'Thurs.', 'fri', 'sat', 'Sun', 'am', 'pm', 'p.m.',
  "o'clock", 'AD', 'BC', 'shares', 'rose', 'said', 'money', 'lasts', 'ones', 'was', 'Reuters', 'U.S.',
];
const NUMBERS = ['3', '12', '31', '05', '2025', '1987', '10:30', '4.5', '3/4', '3/4/2025', '12/2024', '2025-03-04', '2025-03-04T10:00Z', '2025 3 4', '1,250', '9th', '21st', '2024s'];
const SEPARATORS = [' ', ' ', ' ', '  ', ', ', '-', '/', '.', ' - ', '(', ')', '\n', ''];

const sentence = fc.array(
  fc.tuple(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...NUMBERS), fc.integer({ min: 0, max: 2100 }).map(String)), fc.constantFrom(...SEPARATORS)),
  { minLength: 1, maxLength: 9 },
).map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('chrono gates', () => {
  it('find what every parser finds, on generated date-like sentences', () => {
    fc.assert(fc.property(sentence, (text) => agree(text)), { numRuns: 3000 });
  });

  it('find what every parser finds, on every line of the fixtures and seeds', () => {
    const files = fg.sync(['fixtures/**/*.txt', 'seeds/*.txt'], { cwd: new URL('..', import.meta.url).pathname, absolute: true }).sort();
    expect(files.length).toBeGreaterThan(100);
    let lines = 0;
    for (const f of files) {
      for (const line of readFileSync(f, 'utf8').split(/\n/)) {
        if (line.trim() === '' || line.length > 3000) continue;
        lines++;
        agree(line);
      }
    }
    expect(lines).toBeGreaterThan(1000);
  });

  it('leave the parsers of chrono itself as the library made them', () => {
    // (dates.ts wraps copies of the parsers; wrapping the shared ones made `casual` case-sensitive and gated)
    parseDates('It closed on Tuesday.', INSTANTS[0]!);
    expect(chronoEn.casual.parse('Filed on MARCH 3, 2025 at 5pm.', INSTANTS[1]!).map((r) => r.text)).toEqual(['MARCH 3, 2025 at 5pm']);
  });

  it('still find the dates the gates were written for', () => {
    // (each of these needs one parser; a gate too strict for it would drop the date)
    const ref = '2026-03-06';
    const texts = (s: string): string[] => findDates(s, ref).map((d) => d.text);
    expect(texts('It closed on March 3.')).toEqual(['March 3']);
    expect(texts('It closed 3rd of March.')).toEqual(['3rd of March']);
    expect(texts('It closed on the twenty-first of March.')).toEqual(['twenty-first of March']);
    expect(texts('It closed on Tuesday.')).toEqual(['Tuesday']);
    expect(texts('It closed yesterday.')).toEqual(['yesterday']);
    expect(texts('It closed 3 weeks ago.')).toEqual(['3 weeks ago']);
    expect(texts('It reopened half an hour later than planned, on 4/3/2026.')).toEqual(['4/3/2026']);
    expect(texts('It reopened two weeks later.')).toEqual(['two weeks later']);
    expect(texts('It was filed 2025-03-04.')).toEqual(['2025-03-04']);
  });
});
