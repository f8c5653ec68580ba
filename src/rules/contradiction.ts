import { canonical } from '../crosscheck/aliases.js';
import { compareValues, samePeriod } from '../crosscheck/compatible.js';
import { GENERIC_MEASURES } from '../crosscheck/index.js';
import type { ArticleAnalysis, Finding, Location } from '../types.js';
import type { Rule, RuleContext } from './types.js';
import { findingAt, locationOf } from './types.js';

/** One statement in a conflict group: where it is and which side (value, polarity, date) it takes. */
interface Item {
  article: number;
  side: string;
  start: number;
  end: number;
  sentence: number;
  describe: string;
}

/**
 * Turns a group of statements about one thing into findings: one per (article, side) that conflicts with
 * some other side, placed on that side's first statement and listing the first statement of every
 * conflicting side elsewhere.
 */
function emit(
  ctx: RuleContext, items: Item[], conflicts: (a: Item, b: Item) => boolean, message: (self: Item, others: Item[]) => string,
  data: Record<string, unknown>,
): Finding[] {
  const sides = new Map<string, Item>();
  for (const it of items) {
    const k = `${it.article}\u0000${it.side}`;
    const cur = sides.get(k);
    if (!cur || it.start < cur.start) sides.set(k, it);
  }
  const reps = [...sides.values()].sort((a, b) => a.article - b.article || a.start - b.start);
  const out: Finding[] = [];
  for (const r of reps) {
    if (ctx.reportOn && !ctx.reportOn.has(r.article)) continue;
    const others = reps.filter((o) => o !== r && !(o.article === r.article && o.sentence === r.sentence) && conflicts(r, o));
    if (others.length === 0) continue;
    const a = ctx.articles[r.article]!;
    const related: Location[] = others.map((o) => locationOf(ctx.articles[o.article]!, o.start, o.end));
    out.push(findingAt(a, 'contradiction', 'error', message(r, others), r.start, r.end, related, data));
  }
  return out;
}

/** Figures of one subject and measure in one article beyond which they are a series, not competing values. */
const MAX_SERIES = 50;

function where(ctx: RuleContext, self: Item, o: Item): string {
  return o.article === self.article ? 'elsewhere in this article' : ctx.articles[o.article]!.path;
}

function numeric(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const { articles, index } = ctx;
  const keys = [...index.figureBuckets.keys()].sort();
  for (const key of keys) {
    const bucket = index.figureBuckets.get(key)!;
    const measure = key.slice(key.indexOf('|') + 1);
    if (GENERIC_MEASURES.has(measure) || bucket.length < 2) continue;
    const bySubject = new Map<string, typeof bucket>();
    for (const ref of bucket) {
      const f = articles[ref.article]!.figures[ref.figure]!;
      const subj = index.subjects[ref.article]![ref.figure];
      if (!subj || f.change) continue;
      let g = bySubject.get(subj);
      if (!g) bySubject.set(subj, (g = []));
      g.push(ref);
    }
    for (const [subject, all] of [...bySubject.entries()].sort()) {
      // Robustness guard: an article giving more than MAX_SERIES figures for one subject and measure is listing a
      // series or a table, not stating one fact; comparing all of them pairwise was quadratic in time and in
      // report size (a 200 KB table of numbers ran out of memory).
      const perArticle = new Map<number, number>();
      for (const r of all) perArticle.set(r.article, (perArticle.get(r.article) ?? 0) + 1);
      const refs = all.filter((r) => perArticle.get(r.article)! <= MAX_SERIES);
      if (refs.length < 2) continue;
      const fig = (it: Item) => articles[it.article]!.figures[Number(it.side.split('#')[1])]!;
      const items: Item[] = refs.map((r) => {
        const f = articles[r.article]!.figures[r.figure]!;
        return { article: r.article, side: `${f.bound}:${f.value}#${r.figure}`, start: f.start, end: f.end, sentence: f.sentence, describe: f.text };
      });
      // sides are values: figures of one article that agree collapse onto one side
      for (const it of items) {
        const same = items.find((o) => o.article === it.article && o !== it && compareValues(fig(o), fig(it)) === 'equal' && o.start < it.start);
        if (same) it.side = same.side;
      }
      out.push(...emit(ctx, items,
        (a, b) => samePeriod(fig(a).period, fig(b).period) && compareValues(fig(a), fig(b)) === 'conflict',
        (self, others) => `Contradiction: ${measure} of ${subject} is "${self.describe}" here, but ${others.map((o) => `"${o.describe}" (${where(ctx, self, o)})`).join(', ')}.`,
        { kind: 'numeric', subject, measure }));
    }
  }
  return out;
}

function polarity(ctx: RuleContext): Finding[] {
  const groups = new Map<string, Item[]>();
  const { articles, index } = ctx;
  articles.forEach((a: ArticleAnalysis, ai) => {
    for (const c of a.claims) {
      if (c.corrected) continue;
      const subject = canonical(index.aliases, c.subject) ?? '';
      const key = `${c.predicate}|${subject.toLowerCase()}|${c.object}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push({ article: ai, side: String(c.polarity), start: c.start, end: c.end, sentence: c.sentence, describe: a.text.slice(c.start, c.end) });
    }
  });
  const out: Finding[] = [];
  for (const key of [...groups.keys()].sort()) {
    const items = groups.get(key)!;
    if (new Set(items.map((i) => i.side)).size < 2) continue;
    const [predicate, subject, object] = key.split('|');
    out.push(...emit(ctx, items, (a, b) => a.side !== b.side,
      (self, others) => `Contradiction about ${subject ? `${subject}'s ` : ''}${object} (${predicate}): "${self.describe}" here, but ${others.map((o) => `"${o.describe}" (${where(ctx, self, o)})`).join(', ')}.`,
      { kind: 'polarity', predicate, subject, object }));
  }
  return out;
}

function dates(ctx: RuleContext): Finding[] {
  const groups = new Map<string, Array<Item & { s: string; e: string }>>();
  const { articles, index } = ctx;
  articles.forEach((a, ai) => {
    for (const ev of a.events) {
      const [family, noun] = ev.key.split('|');
      const subject = (canonical(index.aliases, ev.subject) ?? '').toLowerCase();
      const key = `${family}|${noun}|${subject}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push({ article: ai, side: `${ev.date.start}/${ev.date.end}`, start: ev.start, end: ev.end, sentence: ev.sentence, describe: ev.date.text, s: ev.date.start, e: ev.date.end });
    }
  });
  const out: Finding[] = [];
  for (const key of [...groups.keys()].sort()) {
    const items = groups.get(key)!;
    if (new Set(items.map((i) => i.side)).size < 2) continue;
    const [family, noun] = key.split('|');
    const disjoint = (a: Item, b: Item): boolean => {
      const x = a as Item & { s: string; e: string };
      const y = b as Item & { s: string; e: string };
      return x.e < y.s || y.e < x.s;
    };
    out.push(...emit(ctx, items, disjoint,
      (self, others) => `Contradiction: the ${noun} ${family === 'begin' ? 'began' : family} on ${self.describe} here, but on ${others.map((o) => `${o.describe} (${where(ctx, self, o)})`).join(', ')}.`,
      { kind: 'date', event: `${noun} ${family}` }));
  }
  return out;
}

export const contradiction: Rule = {
  id: 'contradiction',
  meta: {
    description: 'Two statements about the same thing that cannot both hold, in one article or across articles.',
    defaultSeverity: 'error',
    docs: 'docs/rules/contradiction.md',
  },
  check(ctx) {
    return [...numeric(ctx), ...polarity(ctx), ...dates(ctx)];
  },
};
