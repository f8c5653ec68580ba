/**
 * A headline and its body: when the body gives one value of a measure and the headline another, the article
 * contradicts itself, whatever the headline's few words name; when the body gives several values, the words
 * around them decide; a headline formula such as "what we know so far" is not a running total.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { judge } from '../src/engine.js';

const contradictions = (text: string): number[] =>
  judge([analyzeArticle('h.txt', text)], {}, []).articles[0]!.findings.filter((f) => f.rule === 'contradiction').map((f) => f.line);

describe('headline against body', () => {
  it('flags a headline count the body contradicts', () => {
    const text = 'Ferry strike to strand 8,000 travellers as crews walk out\n\nBy Ana Ruiz\n\nAbout 6,000 travellers booked on the Brenmouth route could be stranded after crews at Tidewell Ferries voted to strike, the union said on Friday.\n';
    expect(contradictions(text)).toEqual([1, 5]);
  });

  it('flags a headline sum the body contradicts, in other words and with other names', () => {
    const text = 'Gritting could cost Harlow council £3 million, contractors warn\n\nThe Road Haulage Group estimates that salt, overtime and hired lorries will cost Essex authorities around £1.9 million this winter, a bill it wants Westmere Highways to share.\n';
    expect(contradictions(text)).toEqual([1, 3]);
  });

  it('is silent when the body repeats the headline value beside another one', () => {
    const text = 'Ferry strike to strand 8,000 travellers\n\nAbout 8,000 travellers could be stranded by the strike, the union said. Another 1,200 travellers on the night route were rebooked.\n';
    expect(contradictions(text)).toEqual([]);
  });

  it('reads "what we know so far" as a headline formula, not a running total', () => {
    const text = 'Canal breach floods 12 homes: what we know so far\n\nVolunteers walked the towpath this morning and counted 9 flooded homes near Lock 4.\n';
    expect(contradictions(text)).toEqual([1, 3]);
  });
});
