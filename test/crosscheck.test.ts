/** Cross-checking through the library API on small sets of articles written for each case. */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { buildIndex } from '../src/crosscheck/index.js';
import { judge } from '../src/engine.js';
import type { Report } from '../src/report.js';

function run(articles: Record<string, string>): Report {
  const analysed = Object.entries(articles).map(([p, t]) => analyzeArticle(p, t));
  return judge(analysed, {}, []);
}
const findings = (r: Report, path: string, rule: string) => r.articles.find((a) => a.path === path)!.findings.filter((f) => f.rule === rule);
const figure = (r: Report, path: string, text: string) => r.articles.find((a) => a.path === path)!.figures.find((f) => f.text.includes(text))!;

const WIRE = `Harbour operator reports record year

ROTTERDAM, March 6 (Reuters) - Harbour operator Kestrel Ports said on Thursday its annual revenue rose to $4.3 billion, lifted by a surge in container traffic through its three northern terminals, and that it would hire 640 workers over the next year.

The company said volumes at its flagship terminal reached 2.1 million containers, the highest since the terminal opened, and that it expected further growth as shipping lines returned to the route.
`;

describe('corroboration', () => {
  it('matches money across surface forms, and counts across "member" wordings', () => {
    const r = run({
      'a.txt': 'Kestrel Ports revenue hits record\n\nKestrel Ports said its annual revenue reached $4.3 billion.\n',
      'b.txt': 'Port group posts gains\n\nThe operator, Kestrel Ports, booked 4.3bn dollars in annual revenue, its filing showed.\n',
      'c.txt': 'Dock firm grows\n\nAnnual revenue at Kestrel Ports came to $4,300 million, the company said.\n',
    });
    for (const p of ['a.txt', 'b.txt', 'c.txt']) {
      expect(figure(r, p, '4')!.independentSources).toBe(2);
      expect(figure(r, p, '4')!.corroboration).toBe('independent');
      expect(findings(r, p, 'unsupported-number')).toEqual([]);
    }
  });

  it('takes "more than 30 countries" as consistent with 32, and flags what nobody else says', () => {
    const r = run({
      'a.txt': 'Alliance summit opens\n\nLeaders of the 32-member alliance met in Vilnius to discuss air defence.\n',
      'b.txt': 'Summit begins\n\nThe alliance, which spans more than 30 countries, agreed to raise spending to 2.5% of output.\n',
    });
    expect(figure(r, 'a.txt', '32-member')!.corroboratedBy.map((c) => c.path)).toEqual(['b.txt']);
    expect(figure(r, 'a.txt', '32-member')!.corroboration).toBe('weak');
    const [u] = findings(r, 'b.txt', 'unsupported-number');
    expect(u!.excerpt).toBe('2.5%');
    expect(u!.severity).toBe('warning');
  });

  it('does not let the same number for different measures corroborate', () => {
    const r = run({
      'a.txt': 'Economy picks up\n\nGrowth in the region reached 12% last year, officials said.\n',
      'b.txt': 'Election day\n\nTurnout in the regional election was 12%, the lowest on record.\n',
    });
    expect(findings(r, 'a.txt', 'unsupported-number').map((f) => f.excerpt)).toEqual(['12%']);
    expect(findings(r, 'b.txt', 'unsupported-number').map((f) => f.excerpt)).toEqual(['12%']);
  });

  it('counts reprints of one story as one source, and says so', () => {
    const r = run({
      'wire.txt': WIRE,
      'reprint-a.txt': WIRE.replace('Harbour operator reports record year', 'Kestrel Ports has its best year yet'),
      'reprint-b.txt': 'Business briefing\n\n' + WIRE.split('\n').slice(2).join('\n'),
    });
    expect(r.stories).toEqual([['reprint-a.txt', 'reprint-b.txt', 'wire.txt']]);
    const [f] = findings(r, 'wire.txt', 'unsupported-number').filter((x) => x.excerpt.includes('640'));
    expect(f!.message).toMatch(/corroborated only by 2 reprints of the same story/);
    expect(figure(r, 'wire.txt', '640')!.corroboration).toBe('reprints-only');
    expect(f!.severity).toBe('note'); // attributed to the company
  });
});

describe('contradictions', () => {
  it('flags different values of one measure of one subject on each side, with the other side related', () => {
    const r = run({
      'a.txt': 'Bridge collapse\n\nFourteen people were killed when the Route 9 bridge over the river collapsed on Tuesday evening, police said.\n',
      'b.txt': 'Bridge disaster\n\nNine people were killed when the Route 9 bridge over the river gave way on Tuesday evening, officials said.\n',
    });
    const [a] = findings(r, 'a.txt', 'contradiction');
    const [b] = findings(r, 'b.txt', 'contradiction');
    expect(a!.severity).toBe('error');
    expect(a!.related.map((x) => [x.path, x.line])).toEqual([['b.txt', 3]]);
    expect(b!.related.map((x) => [x.path, x.line])).toEqual([['a.txt', 3]]);
  });

  it('does not flag rounding, bounds, other periods, changes over time or corrections', () => {
    const r = run({
      'a.txt': 'Kestrel results\n\nKestrel Ports said revenue in 2024 was $4.3 billion. Membership of its pension scheme rose from 30 to 32 firms.\n',
      'b.txt': 'Kestrel results\n\nKestrel Ports said revenue in 2024 was $4.28 billion, and revenue in 2023 was $3.9 billion. The scheme now has 32 firms.\n',
      'c.txt': 'Kestrel results\n\nKestrel Ports initially said 200 jobs would go, before a spokeswoman corrected the figure to 120. More than 4 billion dollars of revenue came in 2024.\n',
    });
    expect(r.articles.flatMap((a) => a.findings.filter((f) => f.rule === 'contradiction'))).toEqual([]);
  });

  it('flags opposite qualifiers and verbs, but not a reported correction', () => {
    const r = run({
      'a.txt': 'Council vote\n\nThe Westbury council approved the harbour plan on Monday.\n',
      'b.txt': 'Council vote\n\nThe Westbury council rejected the harbour plan on Monday.\n',
      'c.txt': 'Network deal\n\nKestrel Ports will run the software on its classified networks. Its chief initially described the deal as covering classified networks before a spokeswoman corrected the statement.\n',
    });
    expect(findings(r, 'a.txt', 'contradiction')).toHaveLength(1);
    expect(findings(r, 'b.txt', 'contradiction')).toHaveLength(1);
    expect(findings(r, 'c.txt', 'contradiction')).toEqual([]);
  });

  it('takes a name written once at the start of a sentence as naming the claim\'s subject', () => {
    const a = 'Ferreira deal\n\nTomas Ferreira will join Aston Villa for a fee of 40 million pounds, and Galatasaray confirmed that the deal includes a 10% sell-on clause.\n';
    const b = 'Ferreira deal\n\nTomas Ferreira will join Aston Villa this summer. Galatasaray denied reports that the agreement includes a sell-on clause, saying the structure of the payment would be disclosed later.\n';
    // the corpus index does not count Galatasaray among b's names: the rule must find the name in the text itself
    expect(buildIndex([analyzeArticle('a.txt', a), analyzeArticle('b.txt', b)]).entitySets[1]!.has('Galatasaray')).toBe(false);
    const r = run({ 'a.txt': a, 'b.txt': b });
    expect(findings(r, 'a.txt', 'contradiction').map((f) => f.excerpt)).toEqual(['confirmed']);
    expect(findings(r, 'b.txt', 'contradiction')).toHaveLength(1);
  });

  it('flags the same event on two dates', () => {
    const r = run({
      'a.txt': 'Dock strike\n\nThe Kestrel Ports strike began on Monday, March 3, after talks failed.\n',
      'b.txt': 'Dock strike\n\nThe Kestrel Ports walkout began on March 5, according to the union.\n',
    });
    expect(findings(r, 'a.txt', 'contradiction')[0]!.message).toMatch(/strike began on Monday, March 3 here, but on March 5/);
  });
});

describe('index', () => {
  it('never lets figures of different magnitudes meet: $4.3 billion is backed by $4.3 billion, not by $4.3 million', () => {
    const text = (amount: string): string => `Bridge costs\n\nThe Kestrel bridge over the Aln estuary cost ${amount}, the transport ministry said on Monday.\n`;
    const arts = [analyzeArticle('a.txt', text('$4.3 billion')), analyzeArticle('b.txt', text('$4.3 million')), analyzeArticle('c.txt', text('$4.3 billion'))];
    const idx = buildIndex(arts);
    expect(idx.corroboration[0]![0]!.by).toEqual([{ article: 2, figure: 0 }]);
    expect(idx.corroboration[1]![0]!.by).toEqual([]);
  });
});
