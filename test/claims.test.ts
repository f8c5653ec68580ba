/**
 * Polarity claims and dated events, on sentences written for the purpose: what the statement is about is
 * read the same way on both sides, so that opposite statements meet on one key.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { judge } from '../src/engine.js';

const claims = (text: string) => analyzeArticle('c.txt', text).claims.map((c) => ({ p: c.predicate, o: c.object, pol: c.polarity }));
const events = (text: string) => analyzeArticle('e.txt', text).events.map((e) => `${e.key.split('|').slice(0, 2).join('|')} ${e.date.start}`);

describe('claims', () => {
  it('reads the verb of a passive reported clause and skips an adverb after the noun', () => {
    // (the reported clause is also read by its verb, with the polarity the denial or confirmation gives it)
    expect(claims('Marlow Foods denied that any of the recalled jars had been shipped to Ireland, a spokesman said.')).toEqual([{ p: 'confirmation', o: 'ship ireland', pol: -1 }, { p: 'verb ship', o: 'jar', pol: -1 }]);
    expect(claims('Marlow Foods confirmed that some recalled jars had been shipped to Ireland.')).toEqual([{ p: 'confirmation', o: 'ship ireland', pol: 1 }, { p: 'verb ship', o: 'jar', pol: 1 }]);
    expect(claims('Officials confirmed that a digger had struck the cable shortly before the outage.')[0]!.o).toBe('struck cable');
    expect(claims('A spokeswoman denied that the digger had struck the cable, saying checks continue.')[0]!.o).toBe('struck cable');
  });

  it('reads "ruled out" and its negation as one statement of opposite polarity, active not passive', () => {
    expect(claims('The board said it had not ruled out branch closures, but hoped to avoid them.')).toEqual([{ p: 'exclusion', o: 'closure', pol: -1 }]);
    expect(claims('The chair told Radio Kent that the board has ruled out branch closures this year.')).toEqual([{ p: 'exclusion', o: 'closure', pol: 1 }]);
    // a real passive still takes the clause's subject as its object
    expect(claims('The merger was rejected by shareholders.')[0]!.o).toBe('merger');
  });

  it('finds a start date said as "beginning" or "due to start", with the event noun a few words back', () => {
    expect(events('Nurses will hold five days of strike action beginning on 10 March 2025.')).toEqual(['begin|strike 2025-03-10']);
    expect(events('The walkout is due to start on 17 March 2025, organisers said.')).toEqual(['begin|strike 2025-03-17']);
  });
});

describe('polarity across articles', () => {
  const a = 'Cable cut blamed for outage\n\nPower failed across Eastleigh on Tuesday. A council spokesperson confirmed that a contractor had struck the cable shortly before the failure. Engineers worked overnight.\n';
  const b = 'Eastleigh outage: council denies contractor to blame\n\nA council spokeswoman, Mara Quint, denied that the contractor working nearby had struck the cable, saying the cause was not yet known. Power failed across Eastleigh on Tuesday.\n';
  it('an unnamed speaker confirming and a named one denying one fact is a contradiction', () => {
    const r = judge([analyzeArticle('a.txt', a), analyzeArticle('b.txt', b)], {}, []);
    const found = r.articles.flatMap((x) => x.findings.filter((f) => f.rule === 'contradiction').map((f) => `${x.path}:${f.line}`));
    expect(found).toEqual(['a.txt:3', 'b.txt:3']);
  });
  it('two different named speakers confirming and denying one fact are two accounts that cannot both hold', () => {
    const c = b.replace('A council spokeswoman, Mara Quint, denied', 'The contractor, Holt Cabling, denied').replace('council denies', 'firm denies');
    const d = a.replace('A council spokesperson confirmed', 'Council leader Ann Pike confirmed');
    const r = judge([analyzeArticle('c.txt', c), analyzeArticle('d.txt', d)], {}, []);
    expect(r.articles.flatMap((x) => x.findings.filter((f) => f.rule === 'contradiction').map((f) => `${x.path}:${f.line}`))).toEqual(['c.txt:3', 'd.txt:3']);
  });
  it('but the same words about a different fact are no contradiction', () => {
    const c = b.replace('had struck the cable', 'had been paid for the work');
    const r = judge([analyzeArticle('a.txt', a), analyzeArticle('c.txt', c)], {}, []);
    expect(r.articles.flatMap((x) => x.findings.filter((f) => f.rule === 'contradiction'))).toEqual([]);
  });
});
