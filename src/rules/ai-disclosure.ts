import type { Finding } from '../types.js';
import type { Rule } from './types.js';
import { findingAt } from './types.js';
import { table } from '../text/table.js';

const KIND_TEXT: Readonly<Record<string, string>> = table({
  text: 'the article says it was written or generated with AI',
  partial: 'the article says part of it (summary, key points, a section) was produced with AI',
  image: 'the article says its image was generated with AI',
  translation: 'the article says it was translated with AI',
  audio: 'the article says its audio was generated with AI',
  byline: 'the byline presents the author as an AI',
});

/** Kinds whose AI output is text a reader takes as journalism: the article, its summary, translation or byline. */
const TEXT_KINDS = new Set(['text', 'partial', 'translation', 'byline']);

export const aiDisclosure: Rule = {
  id: 'ai-disclosure',
  meta: {
    description: 'The article, its summary, image, translation, audio or byline says it was produced by AI.',
    defaultSeverity: 'warning',
    docs: 'docs/rules/ai-disclosure.md',
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const [i, a] of ctx.articles.entries()) {
      if (ctx.reportOn && !ctx.reportOn.has(i)) continue;
      for (const d of a.disclosures) {
        const msg = `AI disclosure (${d.kind}): ${KIND_TEXT[d.kind]}` +
          (d.reviewed ? '; a human review is stated' : TEXT_KINDS.has(d.kind)
            ? '; no human review or editorial check of this AI-written text is stated'
            : '; no human review is stated') +
          ` [IPTC ${d.digitalSourceType.slice(d.digitalSourceType.lastIndexOf('/') + 1)}].`;
        out.push(findingAt(a, this.id, this.meta.defaultSeverity, msg, d.start, d.end, [], {
          kind: d.kind, reviewed: d.reviewed, digitalSourceType: d.digitalSourceType, pattern: d.pattern,
        }));
      }
    }
    return out;
  },
};
