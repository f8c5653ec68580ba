/**
 * In a large corpus, the words and names most articles share are the corpus's vocabulary, not a topic: a
 * wire archive of market reports on many companies must not read two companies' share prices as two accounts
 * of one figure. In a small folder the same words still tie articles into a topic.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { judge } from '../src/engine.js';

// Company names the entity finder reads as organisations, and prices that differ between every two of them
const COMPANIES = Array.from({ length: 36 }, (_, i) => `${['Harlow', 'Denby', 'Quarrant', 'Belvane', 'Ostrey', 'Marchfield'][i % 6]} ${['Mining', 'Foods', 'Textiles', 'Shipping', 'Chemicals', 'Optics'][Math.floor(i / 6)]} Corp`);

const report = (company: string, price: string) =>
  `${company.toUpperCase()} SHARES CLOSE HIGHER\n\nNEW YORK - The company's stock closed at ${price} dlrs on Tuesday, brokers said. ` +
  `${company} said it expected orders to grow, and ${company} will report results next month. ` +
  'Traders on the exchange said investors bought shares after the market opened, and volume was above the average of the session. ' +
  'Analysts said the stock market rally reflected demand from institutional investors and pension funds.\n';

function contradictions(texts: string[]): string[] {
  const r = judge(texts.map((t, i) => analyzeArticle(`a${String(i).padStart(2, '0')}.txt`, t, { referenceDate: '1987-03-04' })), {}, []);
  return r.articles.flatMap((a) => a.findings.filter((f) => f.rule === 'contradiction').map((f) => `${a.path}:${f.excerpt}`));
}

describe('topic in a large corpus', () => {
  it('does not read market reports on different companies as one topic', { timeout: 60_000 }, () => {
    const texts = COMPANIES.map((c, i) => report(c, `${12 + i}.25`));
    expect(contradictions(texts)).toEqual([]);
  });
  it('still compares two reports of one company in that corpus', { timeout: 60_000 }, () => {
    const texts = COMPANIES.map((c, i) => report(c, `${12 + i}.25`));
    // the same company's close, misreported in a second article on it
    texts.push(report(COMPANIES[0]!, '19.75').replace('SHARES CLOSE HIGHER', 'STOCK ENDS DAY UP'));
    const found = contradictions(texts);
    expect(found).toContain('a00.txt:12.25 dlrs');
    expect(found).toContain('a36.txt:19.75 dlrs');
  });
});
