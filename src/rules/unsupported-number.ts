import type { Figure, Finding } from '../types.js';
import type { Rule } from './types.js';
import { findingAt, locationOf, relatedOf } from './types.js';

function describe(f: Figure): string {
  const what = f.measure && f.measure !== f.unit && f.measure !== 'count' ? ` (${f.measure}${f.subject ? ` of ${f.subject}` : ''})` : f.subject ? ` (${f.subject})` : '';
  return `"${f.text}"${what}`;
}

export const unsupportedNumber: Rule = {
  id: 'unsupported-number',
  meta: {
    description: 'A figure that no other independent article in the set corroborates.',
    defaultSeverity: 'warning',
    docs: 'docs/rules/unsupported-number.md',
  },
  check(ctx) {
    const minSources = typeof ctx.options.minSources === 'number' ? ctx.options.minSources : 1;
    const attributedOk = ctx.options.ignoreAttributed === true;
    const out: Finding[] = [];
    for (const [ai, a] of ctx.articles.entries()) {
      if (ctx.reportOn && !ctx.reportOn.has(ai)) continue;
      a.figures.forEach((f, fi) => {
        const c = ctx.index.corroboration[ai]![fi]!;
        if (c.independent >= minSources) return;
        if (attributedOk && f.attribution) return;
        const who = f.attribution
          ? f.attribution.kind === 'named' ? `attributed to ${f.attribution.name}`
            : f.attribution.kind === 'anonymous' ? `attributed to an anonymous source (${f.attribution.name})`
              : `attributed vaguely (${f.attribution.name})`
          : 'unattributed';
        const support = c.reprints > 0 && c.independent === 0
          ? `corroborated only by ${c.reprints} reprint${c.reprints === 1 ? '' : 's'} of the same story`
          : c.independent > 0 ? `corroborated by ${c.independent} independent source${c.independent === 1 ? '' : 's'}, fewer than ${minSources}`
            : 'no other article corroborates it';
        const related = relatedOf(c.by, (r) => {
          const b = ctx.articles[r.article]!;
          const g = b.figures[r.figure]!;
          return locationOf(b, g.start, g.end);
        });
        const severity = f.attribution ? 'note' : 'warning';
        out.push(findingAt(a, this.id, severity, `Unsupported figure ${describe(f)}, ${who}: ${support}.`, f.start, f.end, related, {
          value: f.value, unit: f.unit, measure: f.measure, attributed: f.attribution !== null,
          attribution: f.attribution, independentSources: c.independent, reprints: c.reprints,
        }, c.by.length));
      });
    }
    return out;
  },
};
