/**
 * The corpus index: every figure, claim and dated event keyed by what it is about, so that comparison
 * happens only inside a key's bucket and the cost grows with the number of figures, not with pairs of
 * articles.
 */
import type { ArticleAnalysis } from '../types.js';
import { buildAliasMap, canonical, type AliasMap } from './aliases.js';
import { compareValues, periodsOverlap } from './compatible.js';
import { findStories, type Stories } from './stories.js';

export interface FigureRef {
  article: number;
  figure: number;
}

export interface Corroboration {
  by: FigureRef[];
  /** Distinct stories (other than the figure's own) among the corroborating articles. */
  independent: number;
  /** Corroborating articles that are reprints of the figure's own story. */
  reprints: number;
  /** True when all independent support comes from bounds ("more than 30") rather than equal values. */
  weak: boolean;
}

export interface CorpusIndex {
  aliases: AliasMap;
  stories: Stories;
  /** Canonical subject per article figure. */
  subjects: Array<Array<string | null>>;
  figureBuckets: Map<string, FigureRef[]>;
  corroboration: Corroboration[][];
}

export const GENERIC_MEASURES = new Set(['count', 'amount', 'percentage', 'share']);

/**
 * Money and percentages compare within their unit and measure; counts compare by what they count, since
 * "32-member alliance", "32 member states" and "more than 30 countries" are one measure in three words.
 */
export function figureKey(unit: string, measure: string): string {
  const counted = !/^(?:[A-Z]{3}|%|pp|bp|fraction)$/.test(unit);
  return counted ? `count|${measure}` : `${unit}|${measure}`;
}

export function buildIndex(articles: ArticleAnalysis[]): CorpusIndex {
  const aliases = buildAliasMap(articles);
  const stories = findStories(articles);
  const subjects = articles.map((a) => a.figures.map((f) => canonical(aliases, f.subject)));
  const figureBuckets = new Map<string, FigureRef[]>();
  articles.forEach((a, ai) =>
    a.figures.forEach((f, fi) => {
      const k = figureKey(f.unit, f.measure);
      let b = figureBuckets.get(k);
      if (!b) figureBuckets.set(k, (b = []));
      b.push({ article: ai, figure: fi });
    }),
  );
  const corroboration: Corroboration[][] = articles.map((a) => a.figures.map(() => ({ by: [], independent: 0, reprints: 0, weak: false })));
  for (const bucket of figureBuckets.values()) {
    if (bucket.length < 2) continue;
    // Robustness guard: a bucket lists its figures article by article, so an article's own figures form one run
    // that is stepped over rather than visited one by one (one article with 40,000 figures was quadratic).
    const runEnd = new Array<number>(bucket.length);
    for (let i = bucket.length - 1; i >= 0; i--) {
      runEnd[i] = i + 1 < bucket.length && bucket[i + 1]!.article === bucket[i]!.article ? runEnd[i + 1]! : i + 1;
    }
    for (const x of bucket) {
      const fx = articles[x.article]!.figures[x.figure]!;
      const sx = subjects[x.article]![x.figure]!;
      const ownStory = stories.storyOf[x.article]!;
      const strong = new Set<number>();
      const weak = new Set<number>();
      const c = corroboration[x.article]![x.figure]!;
      for (let yi = 0; yi < bucket.length; yi++) {
        const y = bucket[yi]!;
        if (y.article === x.article) {
          yi = runEnd[yi]! - 1;
          continue;
        }
        const fy = articles[y.article]!.figures[y.figure]!;
        const sy = subjects[y.article]![y.figure]!;
        if (fx.change !== fy.change) continue;
        if (sx && sy && sx !== sy) continue;
        if (!periodsOverlap(fx.period, fy.period)) continue;
        const agree = compareValues(fx, fy);
        if (agree === 'conflict') continue;
        c.by.push(y);
        const story = stories.storyOf[y.article]!;
        if (story === ownStory) c.reprints++;
        else (agree === 'equal' ? strong : weak).add(story);
      }
      for (const s of strong) weak.delete(s);
      c.independent = strong.size + weak.size;
      c.weak = strong.size === 0 && weak.size > 0;
    }
  }
  return { aliases, stories, subjects, figureBuckets, corroboration };
}
