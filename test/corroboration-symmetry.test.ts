/**
 * Corroboration is a relation between two figures: if y backs x, x backs y, and a figure backs another once.
 * The candidate search of the corpus index must find every such pair from both sides (a bare "19.8 mln" and
 * "19.8 mln Rexnord shares" once met from one side only).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { buildIndex } from '../src/crosscheck/index.js';
import type { ArticleAnalysis } from '../src/types.js';

function asymmetries(articles: ArticleAnalysis[]): string[] {
  const index = buildIndex(articles);
  const problems: string[] = [];
  index.corroboration.forEach((figs, ai) => figs.forEach((c, fi) => {
    const keys = c.by.map((r) => `${r.article}:${r.figure}`);
    if (new Set(keys).size !== keys.length) problems.push(`${ai}:${fi} lists a figure twice`);
    for (const r of c.by) {
      if (!index.corroboration[r.article]![r.figure]!.by.some((b) => b.article === ai && b.figure === fi)) {
        problems.push(`${ai}:${fi} is backed by ${r.article}:${r.figure}, not the other way`);
      }
    }
  }));
  return problems;
}

describe('corroboration is symmetric', () => {
  it('between a large bare count and a counted figure of a generic measure', () => {
    const a = analyzeArticle('a.txt', 'Banner tender\n\nNEW YORK, March 2 - Banner Industries Inc said 19.8 mln of the shares had been tendered. The tender offer for Rexnord Inc expired at midnight, and Banner will buy all of the shares tendered, the company said.\n');
    const b = analyzeArticle('b.txt', 'Rexnord count\n\nBased on a preliminary count, about 19.8 mln Rexnord shares were tendered to Banner Industries Inc. The tender offer for Rexnord Inc expired at midnight, and Banner will buy all of the shares tendered, the company said.\n');
    const index = buildIndex([a, b]);
    const bare = a.figures.findIndex((f) => f.text === '19.8 mln');
    const shares = b.figures.findIndex((f) => f.text.includes('Rexnord shares'));
    expect(bare).toBeGreaterThanOrEqual(0);
    expect(shares).toBeGreaterThanOrEqual(0);
    expect(index.corroboration[0]![bare]!.by).toEqual([{ article: 1, figure: shares }]);
    expect(index.corroboration[1]![shares]!.by).toEqual([{ article: 0, figure: bare }]);
  });
  it('in every labelled cross-check set', { timeout: 120_000 }, () => {
    const root = path.join(import.meta.dirname, '..', 'fixtures', 'crosscheck');
    for (const set of readdirSync(root).sort()) {
      const dir = path.join(root, set);
      const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
      const articles = files.map((f) => analyzeArticle(f, readFileSync(path.join(dir, f), 'utf8')));
      expect(asymmetries(articles), set).toEqual([]);
    }
  });
});
