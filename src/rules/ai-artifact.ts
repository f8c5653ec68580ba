import type { Finding } from '../types.js';
import type { Rule } from './types.js';
import { findingAt } from './types.js';
import { table } from '../text/table.js';

const KIND_TEXT: Readonly<Record<string, string>> = table({
  'assistant-phrase': 'leaked AI-assistant phrasing',
  'template-slot': 'an unfilled template slot',
  'prompt-echo': 'a prompt echoed into the text',
});

export const aiArtifact: Rule = {
  id: 'ai-artifact',
  meta: {
    description: 'Undisclosed traces of generation: leaked assistant phrasing, unfilled template slots, prompt echoes.',
    defaultSeverity: 'warning',
    docs: 'docs/rules/ai-artifact.md',
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const [i, a] of ctx.articles.entries()) {
      if (ctx.reportOn && !ctx.reportOn.has(i)) continue;
      const disclosed = a.disclosures.length > 0;
      for (const x of a.artifacts) {
        const msg = `Possible AI artifact: ${KIND_TEXT[x.kind]}${disclosed ? '.' : ', and the article discloses no AI use.'}`;
        out.push(findingAt(a, this.id, this.meta.defaultSeverity, msg, x.start, x.end, [], { kind: x.kind, pattern: x.pattern }));
      }
    }
    return out;
  },
};
