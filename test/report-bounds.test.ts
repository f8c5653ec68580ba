/**
 * Lists of other places in a report are bounded: a figure stated in hundreds of articles must not make every
 * finding and figure list all of them (Reuters-21578 made a JSON document larger than a string can hold).
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { judge } from '../src/engine.js';
import { MAX_LISTED } from '../src/rules/types.js';

const towns = ['Ashford', 'Bexley', 'Croydon', 'Dartford', 'Enfield', 'Farnham', 'Guildford', 'Hastings', 'Ilford', 'Kingston', 'Lewes', 'Margate', 'Newbury', 'Oxted', 'Purley', 'Reigate'];

// Independent stories: each says it in its own words, so none is a reprint of another.
const OPENINGS = ['Union leaders reacted angrily', 'Passengers queued at the terminal', 'Shares in the operator slipped', 'Councillors called an emergency meeting', 'The harbour was quiet'];
const VERBS = ['will cut', 'plans to shed', 'is to lose', 'intends to remove'];
function story(i: number): string {
  return `${towns[i]} notebook\n\n${OPENINGS[i % OPENINGS.length]} in ${towns[i]} this week. Corvane Ferries ${VERBS[i % VERBS.length]} 240 jobs, ` +
    `according to a letter seen by our ${towns[i]} reporter. ${'Local traders fear the worst. '.repeat(i % 3)}Nobody from the ${towns[i]} office would comment.\n`;
}

describe('bounded lists', () => {
  const articles = towns.map((_, i) => analyzeArticle(`n${String(i).padStart(2, '0')}.txt`, story(i), { referenceDate: '2025-05-10' }));

  it('lists the first MAX_LISTED corroborating figures and counts the rest', () => {
    const report = judge(articles, {}, []);
    const first = report.articles[0]!.figures.find((f) => f.value === 240)!;
    expect(first.independentSources).toBeGreaterThan(MAX_LISTED);
    expect(first.corroboratedBy).toHaveLength(MAX_LISTED);
    expect(first.corroboratedByOmitted).toBe(towns.length - 1 - MAX_LISTED);
    expect(first.corroboratedBy.map((c) => c.path)).toEqual([...first.corroboratedBy.map((c) => c.path)].sort());
    // a figure with few sources lists them all and has no count of omitted ones
    const few = judge(articles.slice(0, 3), {}, []).articles[0]!.figures.find((f) => f.value === 240)!;
    expect(few.corroboratedBy).toHaveLength(2);
    expect('corroboratedByOmitted' in few).toBe(false);
  });

  it("bounds a finding's related places the same way", () => {
    // with more sources required than there are, every occurrence is unsupported and names its supporters
    const report = judge(articles, { ruleOptions: { 'unsupported-number': { minSources: 100 } } }, []);
    const finding = report.articles[0]!.findings.find((f) => f.rule === 'unsupported-number' && f.excerpt.includes('240'))!;
    expect(finding.related).toHaveLength(MAX_LISTED);
    expect(finding.relatedOmitted).toBe(towns.length - 1 - MAX_LISTED);
  });
});

describe('formats say how many related places were left out', () => {
  it('stylish, markdown, github, junit and sarif count the omitted ones', async () => {
    const { FORMATTERS } = await import('../src/formatters/index.js');
    const articles = towns.map((_, i) => analyzeArticle(`n${String(i).padStart(2, '0')}.txt`, story(i), { referenceDate: '2025-05-10' }));
    const report = judge(articles, { ruleOptions: { 'unsupported-number': { minSources: 100 } } }, []);
    const only = { ...report, articles: report.articles.slice(0, 1).map((a) => ({ ...a, findings: a.findings.filter((f) => f.excerpt.includes('240')) })) };
    const finding = only.articles[0]!.findings[0]!;
    const total = finding.related.length + (finding.relatedOmitted as number);
    expect(FORMATTERS.stylish!(only, { color: false })).toContain(`and ${total - 8} more`);
    expect(FORMATTERS.markdown!(only, { color: false })).toContain(`and ${total - 8} more`);
    for (const name of ['github', 'junit', 'sarif']) expect(FORMATTERS[name]!(only, { color: false })).toContain(`and ${total - MAX_LISTED} more`);
  });
});

describe('a contradiction with many other sides', () => {
  it('names the first three in its message and counts the rest', () => {
    const lead = ['Union anger grows.', 'Shoppers shrugged.', 'The council met.', 'Rain fell all day.', 'Markets were calm.', 'Staff gathered early.'];
    const texts = lead.map((l, i) => `Brackley depot news\n\n${l} Orrin Logistics will cut ${i === 0 ? 230 : 300} jobs at its Brackley depot, the company said on Monday.\n`);
    const report = judge(texts.map((t, i) => analyzeArticle(`d${i}.txt`, t, { referenceDate: '2025-05-10' })), {}, []);
    const finding = report.articles[0]!.findings.find((f) => f.rule === 'contradiction')!;
    expect(finding.related).toHaveLength(5);
    expect(finding.message).toMatch(/\(d1\.txt\), .*\(d2\.txt\), .*\(d3\.txt\) and 2 more\.$/);
  });
});
