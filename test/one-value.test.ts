/**
 * Two articles of one story that each give a single value of a measure are giving two values of one figure,
 * however differently they word the sentences around it; unless the values are far apart, or belong to two
 * different named actors, or to one the other article's story is not about.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { judge } from '../src/engine.js';

const wire = (n: number, who = 'Tennford College') => `${who} to cut staff\n\nLONDON (PA) - ${who} plans to cut ${n} jobs over two years to close a budget gap, the college said on Tuesday. ${who} employs 2,900 people. Unions at ${who} said they would ballot members over the plan.\n`;
const student = (n: number) => `Cuts: what students need to know\n\nLecturers are angry. Management wants to cut ${n} jobs, mostly in languages and history, according to papers shown to the union branch. Students' union officers will hold an open meeting on Thursday about the plan and the college budget.\n`;

function contradictions(texts: string[]): string[] {
  const r = judge(texts.map((t, i) => analyzeArticle(`a${i}.txt`, t, { referenceDate: '2025-03-04' })), {}, []);
  return r.articles.flatMap((a) => a.findings.filter((f) => f.rule === 'contradiction').map((f) => `${a.path}:${f.excerpt}`));
}

describe('one value per article', () => {
  it('flags "300 jobs" against "230 jobs" in another article of the story, worded differently', () => {
    expect(contradictions([wire(300), student(230)])).toEqual(['a0.txt:300 jobs', 'a1.txt:230 jobs']);
  });
  it('is silent when the values are far apart (two figures, not one misreported)', () => {
    expect(contradictions([wire(300), student(40)])).toEqual([]);
  });
  it('is silent when the other side is about an actor its own article is not about', () => {
    const other = 'Sector round-up\n\nAcross the sector, jobs are going. At Marlby Institute, managers plan to cut 230 jobs, according to papers seen by this newsletter. Tennford College staff met on Monday; Tennford College has not said more. Lecturers elsewhere are watching.\n';
    expect(contradictions([wire(300), other])).toEqual([]);
  });
});
