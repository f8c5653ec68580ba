/**
 * Two accounts of one fact word it differently: the polarity rule compares claims that share any word of
 * what they are about (the reported clause's subject, the noun or gerund after the verb), not only the one
 * object each was keyed on. Who acts in the clause ("the company") is too common to tie claims together.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { judge } from '../src/engine.js';

function contradictions(texts: string[]): string[] {
  const r = judge(texts.map((t, i) => analyzeArticle(`a${i}.txt`, t)), {}, []);
  return r.articles.flatMap((a) => a.findings.filter((f) => f.rule === 'contradiction').map((f) => `${a.path}:${f.excerpt}`));
}

const story = (sentence: string) => `Hospital group hit by data breach\n\nRiverside Health said hackers had reached its patient records system last week. ${sentence} Riverside Health said it was working with investigators and had notified regulators about the breach.\n`;

describe('polarity claims worded two ways', () => {
  it('meets a confirmation and a denial of one fact told with different verbs', () => {
    expect(contradictions([
      story('A Riverside Health spokeswoman confirmed that bank details were among the files copied before the systems were locked.'),
      story('A Riverside Health spokesman denied that bank details had been taken, saying the files held appointment histories.'),
    ])).toEqual(['a0.txt:confirmed', 'a1.txt:denied']);
  });
  it('meets "ruled out paying any ransom" and "has not ruled out paying"', () => {
    expect(contradictions([
      story('Riverside Health has ruled out paying any ransom to the attackers.'),
      story('Despite its statements, Riverside Health has not ruled out paying, people briefed on the talks said.'),
    ])).toEqual(['a0.txt:ruled out', 'a1.txt:not ruled out']);
  });
  it('reads the clause after a denial of reports ("denied reports on social media that …")', () => {
    expect(contradictions([
      story('Police confirmed that a patient file had been posted on a public forum near the end of last week.'),
      story('Police denied reports on social media that a patient file had been posted on a public forum.'),
    ])).toEqual(['a0.txt:confirmed', 'a1.txt:denied']);
  });
  it('does not tie two claims together by who acts in them', () => {
    expect(contradictions([
      story('A Riverside Health spokeswoman confirmed that the company would close its Eastgate clinic next month.'),
      story('A Riverside Health spokesman denied that the company would cut nursing jobs at the hospital.'),
    ])).toEqual([]);
  });
});
