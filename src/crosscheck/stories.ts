/**
 * Reprints and near-copies: articles that share long passages are one story. Sampled word 5-gram shingles
 * (computed per article in analysis) go into an inverted index, so only articles that share a shingle are
 * ever compared; shingles common to many articles (boilerplate) are ignored.
 */
import type { ArticleAnalysis } from '../types.js';

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
      p.push(i);
    }
  });
  const cap = Math.max(20, Math.ceil(n * 0.05));
  const shared = new Map<number, number>();
  for (const p of postings.values()) {
    if (p.length < 2 || p.length > cap) continue;
    for (let x = 0; x < p.length; x++) for (let y = x + 1; y < p.length; y++) {
      const key = p[x]! * n + p[y]!;
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }
  const parent = articles.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const keys = [...shared.keys()].sort((a, b) => a - b);
  for (const key of keys) {
    const count = shared.get(key)!;
    const a = Math.floor(key / n);
    const b = key % n;
    const smaller = Math.min(articles[a]!.shingles.length, articles[b]!.shingles.length);
    if (count >= MIN_SHARED && count / Math.max(1, smaller) >= REPRINT_SIMILARITY) {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
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
