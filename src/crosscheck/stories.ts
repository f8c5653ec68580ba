/**
 * Reprints and near-copies: articles that share long passages are one story. Sampled word 5-gram shingles
 * (computed per article in analysis) go into an inverted index, so only articles that share a shingle are
 * ever compared; shingles common to many articles (boilerplate) are ignored.
 */
import type { ArticleAnalysis } from '../types.js';
import { lowerBound } from './sorted.js';

export interface Stories {
  /** Story id per article (the index of its first article). */
  storyOf: number[];
  /** Groups of two or more articles, as article indexes, sorted. */
  groups: number[][];
}

export const REPRINT_SIMILARITY = 0.4;
const MIN_SHARED = 4;

export function findStories(articles: ArticleAnalysis[]): Stories {
  const n = articles.length;
  const postings = new Map<number, number[]>();
  articles.forEach((a, i) => {
    for (const h of a.shingles) {
      let p = postings.get(h);
      if (!p) postings.set(h, (p = []));
      // (an article's shingles are a set; a repeated one, from a hand-made extraction, counts once)
      if (p[p.length - 1] !== i) p.push(i);
    }
  });
  const cap = Math.max(20, Math.ceil(n * 0.05));
  const parent = articles.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  // Each article counts the shingles it shares with each later article in a typed array (Speed, bench: a
  // map keyed by pair held millions of pairs of generated stories sharing stock sentences). The story of an
  // article is the smallest article joined to it, so the order in which pairs are joined changes nothing.
  const shared = new Int32Array(n);
  // (a typed array and a count: emptying an array by its length gives its storage back)
  const touched = new Int32Array(n);
  for (let a = 0; a < n; a++) {
    let count = 0;
    for (const h of articles[a]!.shingles) {
      const p = postings.get(h)!;
      if (p.length < 2 || p.length > cap) continue;
      for (let k = lowerBound(p, a) + 1; k < p.length; k++) {
        const b = p[k]!;
        if ((shared[b] = shared[b]! + 1) === 1) touched[count++] = b;
      }
    }
    for (let t = 0; t < count; t++) {
      const b = touched[t]!;
      const common = shared[b]!;
      shared[b] = 0;
      const smaller = Math.min(articles[a]!.shingles.length, articles[b]!.shingles.length);
      if (common >= MIN_SHARED && common / Math.max(1, smaller) >= REPRINT_SIMILARITY) {
        const ra = find(a);
        const rb = find(b);
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  }
  const storyOf = articles.map((_, i) => find(i));
  const byStory = new Map<number, number[]>();
  storyOf.forEach((s, i) => {
    let g = byStory.get(s);
    if (!g) byStory.set(s, (g = []));
    g.push(i);
  });
  const groups = [...byStory.values()].filter((g) => g.length > 1).sort((a, b) => a[0]! - b[0]!);
  return { storyOf, groups };
}
