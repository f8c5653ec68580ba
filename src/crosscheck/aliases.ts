/**
 * One canonical name per entity across the corpus: article A defines "North Atlantic Treaty Organization
 * (NATO)", article B only says "NATO"; both land on the most-mentioned form.
 */
import { normaliseName } from '../analyze/gazetteer.js';
import type { ArticleAnalysis } from '../types.js';

export type AliasMap = Map<string, string>;

export function buildAliasMap(articles: ArticleAnalysis[]): AliasMap {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    let c = x;
    while (parent.get(c) !== r) {
      const n = parent.get(c)!;
      parent.set(c, r);
      c = n;
    }
    return r;
  };
  const add = (x: string): void => {
    if (!parent.has(x)) parent.set(x, x);
  };
  const mentions = new Map<string, number>();
  const display = new Map<string, string>();
  for (const a of articles) {
    for (const e of a.entities) {
      const k = normaliseName(e.name);
      add(k);
      mentions.set(k, (mentions.get(k) ?? 0) + e.mentions);
      if (!display.has(k)) display.set(k, e.name);
      for (const al of e.aliases) {
        const ak = normaliseName(al);
        if (ak === k) continue;
        add(ak);
        if (!display.has(ak)) display.set(ak, al);
        const ra = find(ak);
        const rk = find(k);
        if (ra !== rk) parent.set(ra, rk);
      }
    }
  }
  const best = new Map<string, string>();
  const keys = [...parent.keys()].sort();
  for (const k of keys) {
    const r = find(k);
    const cur = best.get(r);
    if (cur === undefined || (mentions.get(k) ?? 0) > (mentions.get(cur) ?? 0)) best.set(r, k);
  }
  const out: AliasMap = new Map();
  for (const k of keys) out.set(k, display.get(best.get(find(k))!)!);
  return out;
}

export function canonical(map: AliasMap, name: string | null): string | null {
  if (name === null) return null;
  return map.get(normaliseName(name)) ?? name;
}
