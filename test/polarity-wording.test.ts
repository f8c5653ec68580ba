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

const plant = (s: string) => `Gas alarm at Delmar Chemicals plant\n\nResidents near the Delmar Chemicals plant in Harwick were told to keep windows closed on Tuesday night. ${s} The plant's owner said production would resume once inspections were complete.\n`;
const mill = (s: string) => `Talks over Brenford paper mill cuts\n\nThe owners of the Brenford paper mill set out plans on Monday to cut costs at the site. ${s} Union officials said they would ballot members next month.\n`;

describe('polarity claims worded two ways', () => {
  it('meets a confirmation and a denial of one reported verb and noun, however differently the rest is worded', () => {
    expect(contradictions([
      plant('Environment officials confirmed that a quantity of ammonia had escaped from the storage tank and said crews were monitoring the air.'),
      plant('A spokeswoman for Delmar Chemicals denied that any gas had escaped from the tank, adding that its alarms had worked.'),
    ])).toEqual(['a0.txt:confirmed', 'a1.txt:denied']);
  });
  it('meets "voted to V" and "rejected a motion to V", and only for the same V', () => {
    const depot = (s: string) => `Hollins Road depot decision\n\nThe future of the Hollins Road bus depot in Marlow Vale was debated at County Hall on Tuesday evening. ${s} Residents have campaigned against the depot for two years.\n`;
    expect(contradictions([
      depot('Members of the planning committee voted to delay a decision on the depot until the spring.'),
      depot('The planning committee rejected a motion to delay the decision on the depot, after a two-hour debate.'),
    ])).toEqual(['a0.txt:voted to', 'a1.txt:rejected']);
    expect(contradictions([
      depot('Members of the planning committee voted to delay a decision on the depot until the spring.'),
      depot('The planning committee rejected a motion to approve the depot, after a two-hour debate.'),
    ])).toEqual([]);
    // ("voted to reject" is no approval of rejecting)
    const approvals = analyzeArticle('t.txt', depot('Members of the planning committee voted to reject the depot plan.')).claims
      .filter((c) => c.predicate === 'approval' && c.polarity === 1);
    expect(approvals).toEqual([]);
  });
  it('meets "there will be no X" and "there will be X", and only for the same X', () => {
    expect(contradictions([
      mill('The company said there will be no compulsory job losses at the mill.'),
      mill('Union officials said managers told them there will be compulsory job losses among the night-shift crews.'),
    ])).toEqual(['a0.txt:there will be no', 'a1.txt:there will be']);
    // (a retention bonus and a relocation bonus are two bonuses)
    expect(contradictions([
      mill('There will be a retention bonus of 5% for staff who stay until the closure.'),
      mill('There will be no relocation bonus for staff who move to the Corby site.'),
    ])).toEqual([]);
  });
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
