/**
 * Two shortcuts of the cross-check's pair search, each against the plain computation it replaces: the keyword
 * topic test that marks one article's words (keywordTopicTest) against the merge of two sorted lists
 * (keywordIdsOverlap), and the search of a sorted run from the last answer (firstAtLeast) against a bisection
 * from the start. Both are asked in arbitrary orders here, since the pair loop's order is the corpus's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAtLeast, firstLaterThan, keywordIdsOverlap, keywordTopicTest } from '../src/crosscheck/index.js';

const VOCABULARY = 60;

/** Sorted, distinct word ids: an article's keywords (keywordIds). */
const keywordSet = fc.uniqueArray(fc.integer({ min: 0, max: VOCABULARY - 1 }), { maxLength: 45 }).map((l) => Int32Array.from(l).sort());

describe('keywordTopicTest', () => {
  it('answers as keywordIdsOverlap for any articles, asked in any order', () => {
    fc.assert(
      fc.property(
        fc.array(keywordSet, { minLength: 2, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 80 }),
        (sets, questions) => {
          const test = keywordTopicTest(sets, VOCABULARY);
          for (const [i, j] of questions) {
            const a = i % sets.length;
            const b = j % sets.length;
            if (a === b) continue;
            expect(test(a, b)).toBe(keywordIdsOverlap(sets[a]!, sets[b]!));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds a topic shared by five words and none shared by four', () => {
    const sets = [[1, 2, 3, 4, 5, 9, 10], [1, 2, 3, 4, 5, 20], [1, 2, 3, 4, 30, 31]].map((l) => Int32Array.from(l));
    const test = keywordTopicTest(sets, 40);
    expect(test(0, 1)).toBe(true);
    expect(test(0, 2)).toBe(false);
    // (the marks of article 0 must not answer for article 1)
    expect(test(1, 2)).toBe(false);
    expect(test(1, 0)).toBe(true);
  });
});

describe('firstAtLeast', () => {
  const bisect = (values: number[], v: number): number => {
    let i = 0;
    while (i < values.length && values[i]! < v) i++;
    return i;
  };
  it('gives the first value at least v whatever the run last answered', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 60 }).map((l) => l.sort((x, y) => x - y)),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 60 }), fc.nat({ max: 70 })), { minLength: 1, maxLength: 30 }),
        (values, searches) => {
          const run = { items: values.map((abs) => ({ abs })), hint: 0 };
          for (const [v, hint] of searches) {
            // every search once from the last answer, and once from an arbitrary (even out-of-range) hint
            expect(firstAtLeast(run, v)).toBe(bisect(values, v));
            run.hint = hint;
            expect(firstAtLeast(run, v)).toBe(bisect(values, v));
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('firstLaterThan', () => {
  it('gives the first figure from `from` with a larger value, or the same value and a later seq', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 80 }),
        fc.integer({ min: 0, max: 8 }),
        fc.nat({ max: 90 }),
        fc.nat({ max: 90 }),
        (values, abs, seq, from) => {
          // sorted by value, then seq, as the candidate search's lists are
          const list = values.map((v, i) => ({ abs: v, seq: i })).sort((a, b) => a.abs - b.abs || a.seq - b.seq);
          const start = Math.min(from, list.length);
          let want = start;
          while (want < list.length && (list[want]!.abs < abs || (list[want]!.abs === abs && list[want]!.seq <= seq))) want++;
          expect(firstLaterThan(list, abs, seq, start)).toBe(want);
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe('keywords worked out with each article', () => {
  it('make the same index as keywords worked out by the cross-check from the text', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { analyzeArticle } = await import('../src/analyze/index.js');
    const { buildIndex } = await import('../src/crosscheck/index.js');
    const { keywordsOf } = await import('../src/analyze/keywords.js');
    const root = path.join(import.meta.dirname, '..', 'fixtures', 'crosscheck');
    const articles = [];
    for (const set of readdirSync(root).sort()) {
      for (const f of readdirSync(path.join(root, set)).filter((f) => f.endsWith('.txt')).sort()) {
        articles.push(analyzeArticle(`${set}/${f}`, readFileSync(path.join(root, set, f), 'utf8')));
      }
    }
    expect(articles.length).toBeGreaterThan(50);
    for (const a of articles) expect(a.keywords).toEqual(keywordsOf(a.text));
    const withKeywords = buildIndex(articles);
    const without = buildIndex(articles.map(({ keywords: _, ...rest }) => rest));
    expect(without.keywordIds).toEqual(withKeywords.keywordIds);
    expect(without.corroboration).toEqual(withKeywords.corroboration);
    expect(withKeywords.keywordIds[0]!.length).toBeGreaterThan(5);
  });

  it('count once per article when a hand-made list repeats one', async () => {
    const { analyzeArticle } = await import('../src/analyze/index.js');
    const { buildIndex } = await import('../src/crosscheck/index.js');
    const a = analyzeArticle('a.txt', 'Harbour cranes idle\n\nThe harbour cranes stood idle for 12 days.\n');
    const b = analyzeArticle('b.txt', 'Harbour strike\n\nDockers at the harbour struck for 12 days.\n');
    const repeated = buildIndex([{ ...a, keywords: ['harbour', 'crane', 'harbour', 'idle', 'crane'] }, { ...b, keywords: ['harbour', 'docker'] }]);
    const once = buildIndex([{ ...a, keywords: ['harbour', 'crane', 'idle'] }, { ...b, keywords: ['harbour', 'docker'] }]);
    expect(repeated.keywordIds.map((ids) => [...ids])).toEqual([[0, 1, 2], [0, 3]]);
    expect(repeated.keywordIds).toEqual(once.keywordIds);
  });

  it('come most frequent first, ties in alphabetical order, plurals cut to their stem', async () => {
    const { keywordsOf } = await import('../src/analyze/keywords.js');
    // (the ending cut is crude: "cranes" loses "es" and is not counted with "crane")
    expect(keywordsOf('Harbour harbours harbour. Cranes crane zebra zebras alpha alphas. Studies study. The said would.').slice(0, 5))
      .toEqual(['harbour', 'alpha', 'zebra', 'cran', 'crane']);
    expect(keywordsOf('Studies show studies.')).toEqual(['stud', 'show']);
  });
});

describe('measure traits shared by figures alike (traitsKey)', () => {
  it('are the same for any two figures with the same key, whatever else differs', async () => {
    const { measureTraits, traitsKey } = await import('../src/crosscheck/index.js');
    const pick = <T>(l: T[]) => fc.constantFrom(...l);
    const figure = fc.record({
      text: pick(['30', 'about 30', 'more than 30']),
      value: fc.integer({ min: -50, max: 50 }),
      unit: pick(['count', 'hour', 'person', 'USD']),
      bound: pick(['exact', 'approx', 'at-least', 'at-most'] as const),
      range: fc.option(fc.constant([10, 20] as [number, number]), { nil: undefined }),
      measure: pick(['count', 'revenue', 'hour', 'outage duration']),
      cues: fc.uniqueArray(pick(['revenue', 'budget', '']), { maxLength: 2 }),
      subject: fc.option(pick(['NATO', 'Acme']), { nil: null }),
    }).map((f) => ({ ...f, period: null, attribution: null, precision: 0, change: false, start: 0, end: 2, line: 1, column: 1, sentence: 0 }));
    let alike = 0;
    fc.assert(
      fc.property(fc.array(figure, { minLength: 2, maxLength: 40 }), (figures) => {
        const ids = new Map<string, number>();
        for (const a of figures) {
          for (const b of figures) {
            if (a === b || traitsKey(a) !== traitsKey(b)) continue;
            alike++;
            expect(measureTraits(b, ids)).toEqual(measureTraits(a, ids));
          }
        }
      }),
      { numRuns: 300 },
    );
    // (not vacuous: figures with equal keys and other fields different were met)
    expect(alike).toBeGreaterThan(100);
  });
});
