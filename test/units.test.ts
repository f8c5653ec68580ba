/**
 * One quantity in several units: figures are compared on a common scale ("three days" and "72 hours", "96 ng"
 * and "96 nanograms"), while the report keeps each as written. A trade paper that saw a document is where a
 * figure was read, not what it is about.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { onCommonScale } from '../src/crosscheck/units.js';
import { judge } from '../src/engine.js';
import type { Figure } from '../src/types.js';

const fig = (value: number, unit: string, measure = unit, precision = 1): Figure => ({ value, unit, measure, precision } as Figure);

describe('onCommonScale', () => {
  it('puts durations in hours and names a unit one way, keeping a stated measure', () => {
    expect(onCommonScale(fig(3, 'day'))).toMatchObject({ value: 72, unit: 'hour', measure: 'hour', precision: 24 });
    expect(onCommonScale(fig(90, 'minute', 'delay'))).toMatchObject({ value: 1.5, unit: 'hour', measure: 'delay' });
    const ng = onCommonScale(fig(96, 'ng'));
    expect(ng).toMatchObject({ unit: 'gram', measure: 'gram' });
    expect(ng.value).toBeCloseTo(96e-9, 15);
    // metric lengths and masses on one scale: "1.5km" and "1,500 metres", "2 tonnes" and "2,000kg"
    expect(onCommonScale(fig(1.5, 'km', 'km', 0.1))).toMatchObject({ value: 1500, unit: 'metre', measure: 'metre', precision: 100 });
    expect(onCommonScale(fig(2, 'tonne')).value).toBe(onCommonScale(fig(2000, 'kg')).value);
    const months = fig(12, 'month');
    expect(onCommonScale(months)).toBe(months);
    const plain = fig(40, 'customer');
    expect(onCommonScale(plain)).toBe(plain);
  });
});

describe('corroboration across units', () => {
  const a = 'Valve failure shuts Hexley plant\n\nEngineers at the Hexley treatment plant expect repairs to take three days, the operator Tamsin Water said on Monday. The plant treats water for 18,000 homes in the district.\n';
  const b = 'Hexley plant repairs under way\n\nTamsin Water crews began work on the broken valve at the Hexley plant, which serves about 18,000 homes. Repairs should take approximately 72 hours, according to a statement from the company.\n';
  const c = 'Contaminant limit breached\n\nThe Regis Chemicals filter was recalled after tests found levels above the regulator\'s limit of 96 ng a day, according to an inspection report seen by Water Industry Weekly.\n';
  const d = 'Regis filter recall widens\n\nRegis Chemicals recalled another batch of filters. The contaminant exceeded the regulator\'s acceptable intake limit of 96 nanograms per day, the company said in a notice to customers.\n';

  it('"three days" and "approximately 72 hours" corroborate each other', () => {
    const r = judge([analyzeArticle('a.txt', a), analyzeArticle('b.txt', b)], {}, []);
    const days = r.articles[0]!.figures.find((f) => f.text === 'three days')!;
    expect(days.corroboration).toBe('independent');
    expect(days.corroboratedBy).toEqual([{ path: 'b.txt', line: 3 }]);
    // the report keeps the unit as written
    expect(days.unit).toBe('day');
  });

  it('"96 ng" and "96 nanograms" corroborate each other, and a trade weekly is not their subject', () => {
    const r = judge([analyzeArticle('c.txt', c), analyzeArticle('d.txt', d)], {}, []);
    const ng = r.articles[0]!.figures.find((f) => f.text === '96 ng')!;
    expect(ng.subject).not.toBe('Water Industry Weekly');
    expect(ng.corroboration).toBe('independent');
  });
});

describe('a bare count in a headline', () => {
  const a = 'Boil notice for 27,500 after Kelby main bursts\n\nKelby Water told customers on Tuesday to boil tap water after a main burst under Mill Road.\n';
  const b = 'Kelby boil notice\n\nAbout 27,500 customers in Kelby must boil their water after Tuesday\'s main burst, Kelby Water said.\n';
  it('echoes a counted figure of the same large value in the same story', () => {
    const r = judge([analyzeArticle('a.txt', a), analyzeArticle('b.txt', b)], {}, []);
    expect(r.articles[0]!.figures.find((f) => f.text === '27,500')!.corroboration).toBe('independent');
  });
  it('but a small bare number echoes nothing', () => {
    const c = a.replace('27,500', '27');
    const d = b.replace('About 27,500 customers', '27 customers');
    const r = judge([analyzeArticle('c.txt', c), analyzeArticle('d.txt', d)], {}, []);
    const bare = r.articles[0]!.figures.find((f) => f.text === '27');
    if (bare) expect(bare.corroboration).toBe('none');
    expect(r.articles[1]!.figures.find((f) => f.text === '27 customers')!.corroboration).toBe('none');
  });
});
