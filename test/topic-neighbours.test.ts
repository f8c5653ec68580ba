/**
 * topicNeighbours finds the pairs of articles on one topic through lists of who has each keyword and name,
 * for the contradiction rule's candidate search; it must be exactly the relation sameTopic defines, which is
 * tested here pair by pair on every labelled cross-check set read as one corpus, and on generated stories.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { buildIndex, sameTopic, topicNeighbours } from '../src/crosscheck/index.js';
import type { ArticleAnalysis } from '../src/types.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generate } from '../bench/corpus.mjs';

function mismatches(articles: ArticleAnalysis[]): { pairs: number; wrong: string[] } {
  const index = buildIndex(articles);
  const lists = topicNeighbours(index);
  const wrong: string[] = [];
  let pairs = 0;
  for (let a = 0; a < articles.length; a++) {
    const listed = new Set(lists[a]);
    for (let b = 0; b < articles.length; b++) {
      if (a === b) continue;
      const same = sameTopic(index, a, b);
      if (same) pairs++;
      if (same !== listed.has(b)) wrong.push(`${articles[a]!.path} / ${articles[b]!.path}: sameTopic ${same}`);
    }
    const sorted = [...lists[a]!];
    expect(sorted).toEqual([...sorted].sort((x, y) => x - y));
  }
  return { pairs, wrong };
}

describe('topicNeighbours', () => {
  it('is sameTopic on the labelled cross-check sets read as one corpus', { timeout: 120_000 }, () => {
    const root = path.join(import.meta.dirname, '..', 'fixtures', 'crosscheck');
    const articles: ArticleAnalysis[] = [];
    for (const set of readdirSync(root).sort()) {
      for (const f of readdirSync(path.join(root, set)).filter((f) => f.endsWith('.txt')).sort()) {
        articles.push(analyzeArticle(`${set}/${f}`, readFileSync(path.join(root, set, f), 'utf8')));
      }
    }
    const { pairs, wrong } = mismatches(articles);
    expect(wrong).toEqual([]);
    expect(pairs).toBeGreaterThan(articles.length);
  });

  it('is sameTopic on generated stories, where common words and names are left out', { timeout: 120_000 }, () => {
    const articles = (generate(400, 7) as Array<{ name: string; text: string }>).map((a) => analyzeArticle(a.name, a.text));
    const index = buildIndex(articles);
    expect(index.commonEntities.size).toBeGreaterThan(0);
    const { pairs, wrong } = mismatches(articles);
    expect(wrong).toEqual([]);
    expect(pairs).toBeGreaterThan(0);
  });
});
