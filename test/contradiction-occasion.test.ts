/**
 * Numeric contradictions need one occasion: two similar events (two raids, two offers, an old disaster in
 * background), a running total against one occasion's count, or a casualty count that was updated are not
 * contradictions. Each case has a control that differs only in the distinguishing words and must conflict.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { judge } from '../src/engine.js';
import {
  differentYears, distinctParticipants, isConversion, isNumberFragment, isTally, isUpdate, yearsNamed,
} from '../src/crosscheck/occasion.js';

function contradictions(articles: Record<string, string>): string[] {
  const analysed = Object.entries(articles).map(([p, t]) => analyzeArticle(p, t));
  return judge(analysed, {}, []).articles.flatMap((a) => a.findings.filter((f) => f.rule === 'contradiction').map((f) => `${a.path}:${f.excerpt}`));
}

describe('one occasion for a numeric contradiction', () => {
  it('does not compare the offers of two different bidders, but compares two accounts of one bid', () => {
    const other = contradictions({
      'a.txt': 'Marlowe bid\n\nThe Harwick Rovers have offered Daniel Marlowe a five-year contract worth $140 million, his agent said.\n',
      'b.txt': 'Marlowe bid\n\nThe Castleton Blues have offered Daniel Marlowe a five-year contract worth $184 million, his agent said.\n',
    });
    expect(other).toEqual([]);
    const same = contradictions({
      'a.txt': 'Marlowe bid\n\nThe Harwick Rovers have offered Daniel Marlowe a five-year contract worth $140 million, his agent said.\n',
      'b.txt': 'Marlowe bid\n\nThe Harwick Rovers have offered Daniel Marlowe a five-year contract worth $184 million, his agent said.\n',
    });
    expect(same).toHaveLength(2);
  });

  it('keeps quoting two different sources about one event a contradiction', () => {
    const found = contradictions({
      'a.txt': 'Bridge collapse\n\nFourteen people were killed when the Route 9 bridge over the river collapsed on Tuesday evening, according to Mayor Anne Poole.\n',
      'b.txt': 'Bridge disaster\n\nNine people were killed when the Route 9 bridge over the river gave way on Tuesday evening, Fire Chief Dan Ortiz said.\n',
    });
    expect(found).toHaveLength(2);
  });

  it('does not set a background figure of another year against the story', () => {
    const found = contradictions({
      'a.txt': 'Tsunami anniversary\n\nIn 2004, a tsunami off the coast of Aceh killed 230,000 people across the Indian Ocean.\n',
      'b.txt': 'Tsunami anniversary\n\nIn 2006, a tsunami off the coast of Aceh killed 170,000 people across the Indian Ocean.\n',
    });
    expect(found).toEqual([]);
    const same = contradictions({
      'a.txt': 'Tsunami anniversary\n\nIn 2004, a tsunami off the coast of Aceh killed 230,000 people across the Indian Ocean.\n',
      'b.txt': 'Tsunami anniversary\n\nIn 2004, a tsunami off the coast of Aceh killed 170,000 people across the Indian Ocean.\n',
    });
    expect(same).toHaveLength(2);
  });

  it('does not set a running total against the count of one occasion', () => {
    const found = contradictions({
      'a.txt': 'Navy raid\n\nThe Corvane navy seized six rifles from pirates in the Gulf of Aden on Friday.\n',
      'b.txt': 'Navy raid\n\nSo far, the Corvane navy has seized 14 rifles from pirates in the Gulf of Aden.\n',
    });
    expect(found).toEqual([]);
  });

  it('takes a risen death toll as an update, while two plain counts of the dead conflict', () => {
    const updated = contradictions({
      'a.txt': 'Quake in Belmora\n\nTen people were killed in the Belmora earthquake, officials said.\n',
      'b.txt': 'Quake in Belmora\n\nThe number of people killed in the Belmora earthquake rose to 24, officials said.\n',
    });
    expect(updated).toEqual([]);
    const plain = contradictions({
      'a.txt': 'Quake in Belmora\n\nTen people were killed in the Belmora earthquake, officials said.\n',
      'b.txt': 'Quake in Belmora\n\nTwenty-four people were killed in the Belmora earthquake, officials said.\n',
    });
    expect(plain).toHaveLength(2);
  });

  it('does not read a number a tokeniser split with a space as two numbers', () => {
    const found = contradictions({
      'a.txt': 'Tsunami anniversary\n\nThe tsunami off the coast of Aceh killed 230, 000 people across the Indian Ocean.\n',
      'b.txt': 'Tsunami anniversary\n\nThe tsunami off the coast of Aceh killed 230,000 people across the Indian Ocean.\n',
    });
    expect(found).toEqual([]);
  });

  it('does not compare two conversions of one amount into another currency', () => {
    const found = contradictions({
      'a.txt': 'Greek bailout\n\nGreece agreed a €110 billion ($141 billion) bailout with the IMF and the European Union.\n',
      'b.txt': 'Greek bailout\n\nGreece agreed a €110 billion ($144 billion) bailout with the IMF and the European Union.\n',
    });
    expect(found).toEqual([]);
    const same = contradictions({
      'a.txt': 'Greek bailout\n\nGreece agreed a $141 billion bailout with the IMF and the European Union.\n',
      'b.txt': 'Greek bailout\n\nGreece agreed a $154 billion bailout with the IMF and the European Union.\n',
    });
    expect(same).toHaveLength(2);
  });

  it('does not compare tallies of games, which a player has many of', () => {
    const found = contradictions({
      'a.txt': 'Bush injury\n\nReggie Bush missed eight games with a fracture in his leg.\n',
      'b.txt': 'Bush injury\n\nThrough 14 games this season, Reggie Bush had 404 yards and two touchdowns.\n',
    });
    expect(found).toEqual([]);
  });
});

describe('occasion helpers', () => {
  const art = (text: string) => analyzeArticle('x.txt', text);

  it('spots number fragments around a split decimal point or thousands separator', () => {
    const a = art('Quake\n\nA magnitude-8. 6 quake struck, and 230, 000 people were hurt. A magnitude 6.1 quake followed.\n');
    const frag = a.figures.filter((f) => isNumberFragment(a, f)).map((f) => f.text);
    const whole = a.figures.filter((f) => !isNumberFragment(a, f)).map((f) => f.text);
    expect(frag.length).toBeGreaterThan(0);
    expect(whole.some((t) => t.includes('6.1'))).toBe(true);
  });

  it('recognises a bracketed currency conversion', () => {
    const a = art('Bailout\n\nGreece gets a €110 billion ($141 billion) loan and a $20 billion credit line.\n');
    expect(a.figures.filter((f) => isConversion(a, f)).map((f) => f.text)).toEqual(['$141 billion']);
  });

  it('recognises tallies and updates', () => {
    expect(isTally('So far, the navy has seized 14 rifles.')).toBe(true);
    expect(isTally('Playing in a combined 157 games, he hit 33 homers.')).toBe(true);
    expect(isTally('The navy seized six rifles on Friday.')).toBe(false);
    const a = art('Quake\n\nThe death toll climbed to 24 on Wednesday. Ten people died on Tuesday.\n');
    const [f24, f10] = [a.figures.find((f) => f.text.includes('24'))!, a.figures.find((f) => /ten/i.test(f.text))!];
    expect(isUpdate(a, f24)).toBe(true);
    expect(isUpdate(a, f10)).toBe(false);
  });

  it('compares years named in two sentences, and a past year with the other story', () => {
    expect(differentYears(yearsNamed('In 2004, a tsunami'), yearsNamed('In 2006, a tsunami'), null, null)).toBe(true);
    expect(differentYears(yearsNamed('In 2004, a tsunami'), yearsNamed('since 2004'), null, null)).toBe(false);
    expect(differentYears(yearsNamed('In 2004, a tsunami'), new Set(), null, 2013)).toBe(true);
    expect(differentYears(yearsNamed('In 2013, a quake'), new Set(), null, 2013)).toBe(false);
    expect(differentYears(new Set(), new Set(), 2004, 2013)).toBe(false);
  });

  it('needs each side to name a participant the other does not', () => {
    const same = (x: string, y: string) => x === y;
    expect(distinctParticipants(new Set(['Orioles', 'Teixeira']), new Set(['Red Sox', 'Teixeira']), 'The Orioles offered Teixeira', 'The Red Sox offered Teixeira', same)).toBe(true);
    expect(distinctParticipants(new Set(['Teixeira']), new Set(['Red Sox', 'Teixeira']), 'Teixeira was offered', 'The Red Sox offered Teixeira', same)).toBe(false);
  });
});
