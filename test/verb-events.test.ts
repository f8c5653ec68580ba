/**
 * Dated events told by any verb (src/analyze/events.ts): the verb's stem and what it is about, compared across
 * articles by the contradiction rule.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { verbStem } from '../src/analyze/events.js';
import { findDates } from '../src/analyze/dates.js';
import { judge } from '../src/engine.js';

function contradictions(texts: string[]): string[] {
  const r = judge(texts.map((t, i) => analyzeArticle(`a${i}.txt`, t)), {}, []);
  return r.articles.flatMap((a) => a.findings.filter((f) => f.rule === 'contradiction').map((f) => `${a.path}:${f.line}`));
}

const events = (text: string) => analyzeArticle('t.txt', `Update\n\n${text}\n`).events.map((e) => `${e.predicate}|${(e.about ?? []).join(',')}|${e.date.text}`);

describe('verb stems', () => {
  it('gives one stem to the forms of a verb', () => {
    expect(new Set(['declared', 'declare', 'declares', 'declaring'].map(verbStem)).size).toBe(1);
    expect(new Set(['reopen', 'reopened', 'reopens'].map(verbStem)).size).toBe(1);
    expect(new Set(['installed', 'install', 'installing'].map(verbStem)).size).toBe(1);
    expect(verbStem('broke')).toBe(verbStem('break'));
  });
});

describe('events read by their verb', () => {
  it('reads a passive, an active verb with its object, an aside between commas and a pronoun subject', () => {
    expect(events('The sluice gate was last serviced on April 2.')).toEqual(['servic|gate,sluice|April 2']);
    expect(events('Ostrava Steel and the union signed the wage agreement late on Friday, June 6.')).toEqual(['sign|wage,deal|Friday, June 6']);
    expect(events('The pier, built in 1911, was last repaired on March 14, 2023.')).toEqual(['repair|pier|March 14, 2023']);
    expect(events('The ferry company said it would resume sailings Thursday.')).toEqual(['resum|sailing|Thursday']);
    expect(events('The operator said it would resume Thursday.')).toEqual(['resum|*|Thursday']);
  });
  it('is not a time between events nor "the sun"', () => {
    expect(findDates('The agent reached the caller after 47 minutes.', null)).toEqual([]);
    expect(findDates('Residents should stay out of the sun.', null)).toEqual([]);
    expect(findDates('The page was updated today.', null).every((d) => d.monthDay === undefined)).toBe(true);
  });
  it('flags one inspection placed on two days', () => {
    const a = 'Tane sluice failure\n\nHarlow County Council said the sluice gate on the River Tane was last serviced on Tuesday, April 2, and that no faults were found.\n';
    const b = 'Why the Tane sluice failed\n\nMaintenance logs obtained from Harlow County Council show the sluice gate on the River Tane was last serviced on March 19.\n';
    expect(contradictions([a, b])).toEqual(['a0.txt:3', 'a1.txt:3']);
  });
  it('flags a reopening promised on two weekdays, one told with a pronoun', () => {
    const a = 'Kelby ferry update\n\nThe Kelby ferry run by Tane Sailings remained closed on Tuesday. Tane Sailings said it would resume Thursday, with buses in the meantime.\n';
    const b = 'Kelby ferry live\n\n9:10 a.m. - The Kelby ferry will resume Saturday, Tane Sailings says.\n';
    expect(contradictions([a, b])).toEqual(['a0.txt:3', 'a1.txt:3']);
  });
  it('does not flag arrests of different people, nor an article telling two occasions of one verb', () => {
    const a = 'Raid arrests\n\nPolice arrested a third man on Tuesday over the Harlow raid.\n';
    const b = 'Raid\n\nTwo men were arrested on Monday over the Harlow raid, police said.\n';
    expect(contradictions([a, b])).toEqual([]);
    const c = 'Profile\n\nVance returned to the Harlow club in May 2019 and returned again in June 2023.\n';
    const d = 'Vance\n\nVance returned to the Harlow club in June 2023 after a spell abroad.\n';
    expect(contradictions([c, d])).toEqual([]);
  });
});

describe('statements read by their verb', () => {
  const claims = (text: string) => analyzeArticle('c.txt', `Update\n\n${text}\n`).claims.filter((c) => c.predicate.startsWith('verb ')).map((c) => `${c.predicate}|${c.object}|${c.polarity}`);
  it('reads a passive, a future with its object, and the polarity of the chain', () => {
    expect(claims('The patrol boats will not be armed, the ministry said.')).toEqual(['verb arm|boat|-1']);
    expect(claims('Some of the patrol boats will be armed.')).toEqual(['verb arm|boat|1']);
    expect(claims('Ostrava Steel will not keep the Hradec brand.')).toEqual(['verb keep|brand|-1']);
    expect(claims('The ferry operator said it would keep its timetable.')).toEqual(['verb keep|timetable|1']);
    expect(claims('The pilot was tested for alcohol at the scene.')).toEqual(['verb test|pilot|1']);
  });
  it('leaves out guesses, progressives and a plain past tense', () => {
    expect(claims('The boats might be armed later.')).toEqual([]);
    expect(claims('The crew was working on the hull.')).toEqual([]);
    expect(claims('The crew armed the boats.')).toEqual([]);
  });
  it('reads what a denial denies with the opposite polarity', () => {
    expect(claims('The ministry denied that the boats had been armed.')).toEqual(['verb arm|boat|-1']);
  });
  it('flags one fact told both ways in two articles, and not two different things', () => {
    const a = 'Tane patrol boats\n\nThe Tane coastguard said its six new patrol boats will not be armed when they enter service at Kelby.\n';
    const b = 'Kelby boats\n\nThe Tane coastguard confirmed that its patrol boats will be armed with deck guns when they enter service at Kelby.\n';
    expect(contradictions([a, b])).toEqual(['a0.txt:3', 'a1.txt:3']);
    const c = 'Kelby boats\n\nThe Tane coastguard said its patrol boats will be painted grey when they enter service at Kelby.\n';
    expect(contradictions([a, c])).toEqual([]);
  });
});

describe('statements read by their verb inside one article', () => {
  it('are not set against each other in one body, only across headline and body', () => {
    const quote = 'Campaign trail\n\n"One party will tax and spend," he said. "One party won\'t tax and will spend."\n';
    expect(contradictions([quote])).toEqual([]);
  });
});

describe('one value of a measure in each article', () => {
  it('names a person by surname in the other article, and an organisation near the figure does not block', () => {
    const a = 'Ferreira deal: what we know\n\nAfter weeks of rumours, the Ferreira deal between Benfica and Aston Villa looks done. The fee is £58m, with £9m in potential add-ons linked to appearances.\n';
    const b = 'Villa agree Ferreira fee\n\nAston Villa have agreed a £58m fee with Benfica for winger Tomás Ferreira, with a further £7m in potential add-ons, according to sources.\n';
    expect(contradictions([a, b])).toEqual(['a0.txt:3', 'a1.txt:3']);
  });
});
