import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBareYear, measureQuantemp, statesFigure } from '../src/eval/corpora.js';
import type { Figure } from '../src/types.js';
import { ROOT } from './helpers.js';

const QUANTEMP = path.join(ROOT, '..', 'shared', 'corpora', 'quantemp');

describe('corpora: which claims state a figure', () => {
  it.each([
    ['Two UK police forces used the same photo to illustrate two different crimes.', true],
    ['The non-partisan Congressional Budget Office concluded ObamaCare will cost the U.S. more than 800,000 jobs.', true],
    ['Obama shut down the government for 16 days in October 2013.', true],
    ['Photo shows woman watching climate protest outside a house in 2017', false],
    ['Computer models show Irma destroying New York City on Sept. 10.', false],
    ['Seven children died in Senegal after being given a vaccine for COVID-19.', true],
    ['Says a military Humvee labeled “COVID-19 quarantine team” was on Interstate 696 in Michigan.', false],
    ['Pope Francis announced that God had instructed him to revise the Ten Commandments.', false],
    ['In 2014-2015 the rollout stalled, and the 1970s were worse.', false],
  ])('%s', (claim, expected) => {
    expect(statesFigure(claim)).toBe(expected);
  });

  it('tells a bare year from a figure that has digits like one', () => {
    const fig = (text: string, unit: string): Figure => ({ text, unit } as Figure);
    expect(isBareYear(fig('2017', 'count'))).toBe(true);
    expect(isBareYear(fig('$2017', 'USD'))).toBe(false);
    expect(isBareYear(fig('2,017 people', 'person'))).toBe(false);
    expect(isBareYear(fig('2017 votes', 'vote'))).toBe(false);
    expect(isBareYear(fig('4000', 'count'))).toBe(false);
  });
});

describe('corpora: QuanTemp real numerical claims', () => {
  if (!existsSync(QUANTEMP)) console.warn(`skipping the QuanTemp measure: ${QUANTEMP} not found`);

  it.skipIf(!existsSync(QUANTEMP))('extracts a figure from at least 96.5% of the claims that state one, and never a bare year', () => {
    const m = measureQuantemp(QUANTEMP);
    expect(m.claims).toBeGreaterThan(2000);
    expect(m.stating).toBeGreaterThan(1500);
    expect(m.bareYears).toEqual([]);
    expect(m.share).toBeGreaterThanOrEqual(0.965);
  }, 120_000);
});
