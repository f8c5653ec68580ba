/**
 * The corpus index finds corroborating figures by searching value windows in lists keyed by unit and measure
 * (crosscheck/index.ts, FigureNeighbours), because testing every pair is quadratic. The search must find every
 * pair that the tests accept: here it is compared with testing every pair, on figures generated to sit at the
 * edges of its windows (rounding, "about", bounds within 25%, changes, periods, units that meet across
 * measures).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { buildIndex } from '../src/crosscheck/index.js';
import type { ArticleAnalysis, Bound, Figure } from '../src/types.js';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261203) });

// Articles with a few figures each, whose figures the generator then rewrites: the rest of each analysis
// (entities, text, stories) is real.
const TEXTS = [
  'Harbour port budget\n\nThe Harbour Board said on Tuesday that the port budget was $4.3 million, with 120 workers and 12% growth. About 1,200 residents were evacuated. Acme Corp reported revenue of $40 million.',
  'Port budget approved\n\nThe Harbour Board approved a port budget of $4.3 million on Tuesday. It employs 118 people, and traffic grew 12.4% in 2023. Some 1,187 people were moved out, Acme Corp said.',
  'Council vote\n\nThe city council voted 7 to 2 on a plan costing 12 million pounds. Turnout was 38%, and 3,000 homes lost power for six hours.',
  'Storm update\n\nThe storm left 3,050 homes without power for about six hours, and 40 roads were shut, police said. More than 30 schools closed.',
];

const VALUES = [0.2, 0.5, 0.55, 1, 4.3, 4.34, 4.35, 12, 12.3, 12.36, 12.4, 30, 32, 38, 40, 97, 100, 100.4, 101, 102.5, 118, 120, 1187, 1200, 3000, 3049.6, 3050, 43000, 43400, 4.3e6, 4.35e6];
const UNITS = ['count', '%', 'USD', 'GBP', 'people', 'resident', 'employee', 'worker', 'hour', 'home', 'cts'];
const MEASURES = ['count', 'amount', 'percentage', 'revenue', 'budget', 'growth rate', 'turnout', 'hour', 'power failure duration', 'home', 'worker', 'employee', 'resident'];
const CUES = ['revenue', 'budget', 'growth', 'power', 'vote'];
const PERIODS = [null, { text: '2023', start: '2023-01-01', end: '2023-12-31' }, { text: '2024', start: '2024-01-01', end: '2024-12-31' }, { text: 'last month', start: null, end: null }];
const SUBJECTS = [null, 'Harbour Board', 'Acme Corp', 'Jane Smith', 'John Brown'];

// units with the measures the extractor gives them, so that each of the search's lists is met often
const PAIRED: Array<[string, string]> = [
  ['count', 'count'], ['count', 'home'], ['count', 'revenue'], ['%', 'percentage'], ['%', 'growth rate'], ['%', 'turnout'],
  ['USD', 'revenue'], ['USD', 'budget'], ['USD', 'amount'], ['GBP', 'budget'], ['people', 'people'], ['people', 'evacuee'],
  ['resident', 'resident'], ['employee', 'employee'], ['people', 'employee'], ['hour', 'hour'], ['hour', 'power failure duration'],
  ['home', 'home'], ['home', 'count'], ['cts', 'count'],
];

const figure = fc.record({
  value: fc.constantFrom(...VALUES),
  sign: fc.constantFrom(1, 1, 1, -1),
  unitMeasure: fc.oneof(fc.constantFrom(...PAIRED), fc.tuple(fc.constantFrom(...UNITS), fc.constantFrom(...MEASURES))),
  bound: fc.constantFrom<Bound>('exact', 'exact', 'approx', 'at-least', 'at-most'),
  ranged: fc.constantFrom(false, false, false, true),
  precision: fc.constantFrom(1, 0.1, 0.01, 0.5, 1000, 1e5),
  change: fc.boolean(),
  share: fc.boolean(),
  cues: fc.subarray(CUES, { maxLength: 2 }),
  period: fc.constantFrom(...PERIODS),
  subject: fc.constantFrom(...SUBJECTS),
});

function rewrite(base: ArticleAnalysis[], specs: Array<Array<fc.RecordValue<typeof figure> extends infer R ? R : never>>): ArticleAnalysis[] {
  return base.map((a, ai) => ({
    ...a,
    figures: a.figures.map((f, fi): Figure => {
      const g = specs[ai]![fi % specs[ai]!.length]!;
      const value = g.sign * g.value;
      return {
        ...f, value, unit: g.unitMeasure[0], measure: g.unitMeasure[1], bound: g.bound, precision: g.precision, change: g.change, share: g.share,
        cues: g.cues, period: g.period, subject: g.subject,
        ...(g.ranged ? { range: [value * 0.9, value * 1.1] as [number, number] } : { range: undefined }),
      };
    }),
  }));
}

describe('the candidate search of corroboration', () => {
  const base = TEXTS.map((t, i) => analyzeArticle(`${i}.txt`, t));

  it('starts from articles that have figures to rewrite', () => {
    for (const a of base) expect(a.figures.length).toBeGreaterThanOrEqual(3);
  });

  it('finds exactly the pairs that testing every pair finds', () => {
    let pairs = 0;
    fc.assert(fc.property(fc.array(fc.array(figure, { minLength: 1, maxLength: 6 }), { minLength: base.length, maxLength: base.length }), (specs) => {
      const articles = rewrite(base, specs);
      const searched = buildIndex(articles).corroboration;
      const every = buildIndex(articles, { exhaustive: true }).corroboration;
      pairs += every.flat().reduce((n, c) => n + c.by.length, 0);
      expect(searched).toEqual(every);
    }), { numRuns: 3000 });
    // the generator must make corroborating pairs, or the comparison proves nothing
    expect(pairs).toBeGreaterThan(300);
  });
});
