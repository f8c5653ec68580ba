/**
 * Two reports of one figure that differ are compared whoever told it and wherever it was filed: a dateline's
 * place and agency, and the outlet a source spoke to, are not participants of the event. Distances and masses,
 * of which a story gives many, are not compared.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { participants } from '../src/crosscheck/occasion.js';
import { judge } from '../src/engine.js';

function contradictions(texts: string[]): string[] {
  const r = judge(texts.map((t, i) => analyzeArticle(`a${i}.txt`, t)), {}, []);
  return r.articles.flatMap((a) => a.findings.filter((f) => f.rule === 'contradiction').map((f) => `${a.path}:${f.excerpt}`));
}

describe('participants of a figure\'s sentence', () => {
  it('leave out the dateline and the outlet a source spoke to', () => {
    const wire = analyzeArticle('w.txt', 'Clinic group hit by cyberattack\n\nDAYTON, Ohio, April 2 (Reuters) - Brookvale Health has postponed 900 operations since hackers struck its systems, the company said.\n');
    const local = analyzeArticle('l.txt', 'Brookvale delays operations\n\nBrookvale Health has postponed about 600 operations since the attack, chief nurse Ada Obi told the Ledger, and many patients were sent elsewhere.\n');
    const sentence = (a: typeof wire) => a.text.slice(a.sentences[a.figures[0]!.sentence]!.start, a.sentences[a.figures[0]!.sentence]!.end);
    expect([...participants(wire, sentence(wire))]).not.toContain('Reuters');
    expect([...participants(wire, sentence(wire))]).not.toContain('Dayton');
    expect([...participants(local, sentence(local))]).not.toContain('Ledger');
    expect(contradictions([wire.text, local.text])).toEqual(['a0.txt:900 operations', 'a1.txt:about 600 operations']);
  });
});

describe('units of measure', () => {
  const store = (n: string, who: string) => `Warehouse fire: what was inside\n\nThe burned warehouse at Kelby Quay held ${n} of xylene, a solvent used in paints, ${who}. Residents were told to keep windows shut.\n`;
  it('does not compare masses, which a commodities story gives for every cargo', () => {
    expect(contradictions([store('about 30 tonnes', 'according to the owner'), store('55 tonnes', 'a safety filing shows')])).toEqual([]);
  });
  it('does not compare distances, which are measured from many places', () => {
    const quake = (d: string, from: string) => `Strong quake strikes coast\n\nA magnitude 6.1 earthquake struck ${d} from ${from} early on Sunday, seismologists said. No damage was reported in the area.\n`;
    expect(contradictions([quake('50 miles', 'Port Alden'), quake('22 miles', 'the coastal town of Verrin')])).toEqual([]);
  });
});

describe('one occasion told two ways', () => {
  const theft = (sentence: string) => `Museum burglary: items taken\n\nThieves broke into the Corran Maritime Museum overnight. ${sentence} Detectives appealed for witnesses who saw a van near the museum.\n`;
  it('reads "In all, 14 items were taken" and "They took 12 items" as two counts of one theft', () => {
    expect(contradictions([
      theft('In all, 14 items were taken, including silver instruments and a case of coins, police said.'),
      theft('They took 12 items, the force said, among them a brass sextant.'),
    ])).toEqual(['a0.txt:14 items', 'a1.txt:12 items']);
  });
  it('still keeps a running total apart from one occasion', () => {
    expect(contradictions([
      theft('So far this year, 14 items have been taken from museums in the county, police said.'),
      theft('They took 12 items, the force said, among them a brass sextant.'),
    ])).toEqual([]);
  });
});

describe('a reported correction', () => {
  it('is not a contradiction of the corrected figure, in the article or elsewhere', () => {
    const rescue = (sentence: string) => `Flood rescues\n\nBoats were used through the night in Lowmere as the river rose. ${sentence} The fire service said crews would stay in the town.\n`;
    expect(contradictions([
      rescue('The council initially said 14 people had been rescued by boat, but later corrected the figure to 23.'),
      rescue('Twenty-three people were rescued by boat overnight, the fire service said.'),
    ])).toEqual([]);
  });
});
