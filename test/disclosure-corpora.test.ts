/**
 * Zero AI disclosures on news written before generative AI: BBC News 2004–05 and Reuters 1987. Any
 * ai-disclosure here is a false positive, so these corpora test precision on text nobody tuned for.
 *
 * Every article is decoded with read.ts. By default only articles that hold one of the matcher's trigger
 * words are passed to analyzeArticle: mayHoldDisclosure is the same test the matcher applies line by line, so
 * an article without a trigger word cannot produce a disclosure and skipping it changes no result. That keeps
 * the run to a few seconds; CREDENCE_CORPORA_FULL=1 analyses every article instead (about two minutes of CPU).
 *
 * The corpora live in ../shared/corpora (never copied into the repository); the tests skip when absent.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../src/analyze/index.js';
import { mayHoldDisclosure } from '../src/analyze/disclosures.js';
import { findArtifacts } from '../src/analyze/artifacts.js';
import { DISCLOSURE_PATTERNS } from '../src/analyze/disclosure-patterns.js';
import { decode } from '../src/read.js';
import { ROOT } from './helpers.js';

const CORPORA = path.resolve(ROOT, '..', 'shared', 'corpora');
const FULL = process.env.CREDENCE_CORPORA_FULL === '1';

function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  const visit = (d: string): void => {
    for (const e of readdirSync(d).sort()) {
      const p = path.join(d, e);
      if (statSync(p).isDirectory()) visit(p);
      else if (p.endsWith(ext)) out.push(p);
    }
  };
  visit(dir);
  return out;
}

/** Reuters-21578 in its original SGML: many <REUTERS> documents per file; the story is the <BODY>. */
function sgmlStories(text: string): string[] {
  const out: string[] = [];
  for (const doc of text.matchAll(/<REUTERS\b[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
    const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(doc[1]!)?.[1] ?? '';
    const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(doc[1]!)?.[1];
    if (body === undefined) continue;
    const decoded = (s: string): string => s.replace(/&#\d+;/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    out.push(`${decoded(title)}\n\n${decoded(body)}`);
  }
  return out;
}

interface Article { name: string; text: string }

/** Plain-text stories (one per file) and, when present, the original SGML files split into stories. */
function articlesOf(dir: string): Article[] {
  const out: Article[] = [];
  for (const f of filesUnder(dir, '.txt')) {
    if (path.basename(f) === 'README.TXT') continue;
    const r = decode(readFileSync(f));
    if (r.ok) out.push({ name: path.relative(dir, f), text: r.text });
  }
  for (const f of filesUnder(dir, '.sgm')) {
    const r = decode(readFileSync(f));
    if (!r.ok) continue;
    sgmlStories(r.text).forEach((text, i) => out.push({ name: `${path.relative(dir, f)}#${i + 1}`, text }));
  }
  return out;
}

function scan(dir: string): { articles: number; analysed: number; disclosures: string[]; artifacts: string[] } {
  const articles = articlesOf(dir);
  const disclosures: string[] = [];
  const artifacts: string[] = [];
  let analysed = 0;
  for (const a of articles) {
    if (!FULL && !mayHoldDisclosure(a.text)) {
      // Artifacts have no prefilter: scan every line of the skipped article directly (a superset of the lines
      // analyzeArticle hands over, which leaves out blank and opaque ones).
      let start = 0;
      const lines = a.text.split('\n').map((t, i) => {
        const l = { text: t.replace(/\r$/, ''), start, line: i + 1 };
        start += t.length + 1;
        return l;
      }).filter((l) => l.text.trim() !== '');
      for (const x of findArtifacts(lines)) artifacts.push(`${a.name}:${x.line} ${x.pattern}: ${a.text.slice(x.start, x.end)}`);
      continue;
    }
    analysed++;
    const r = analyzeArticle(a.name, a.text);
    for (const d of r.disclosures) disclosures.push(`${a.name}:${d.line} ${d.pattern}: ${a.text.slice(d.start, d.end)}`);
    for (const x of r.artifacts) artifacts.push(`${a.name}:${x.line} ${x.pattern}: ${a.text.slice(x.start, x.end)}`);
  }
  return { articles: articles.length, analysed, disclosures, artifacts };
}

describe('the trigger prefilter is exact for the built-in table', () => {
  it.each(DISCLOSURE_PATTERNS.map((p) => [p.id, p.example]))('%s: its example holds a trigger word', (_id, example) => {
    expect(mayHoldDisclosure(example)).toBe(true);
  });
  it('an article without trigger words yields no disclosure', () => {
    const text = 'Harbour strike ends\n\nThis report was drafted by our business desk and checked by the editor.\n';
    expect(mayHoldDisclosure(text)).toBe(false);
    expect(analyzeArticle('t.txt', text).disclosures).toEqual([]);
  });
});

for (const [name, min] of [['bbc', 2000], ['reuters21578', 10000]] as const) {
  const dir = path.join(CORPORA, name);
  const present = existsSync(dir);
  describe.skipIf(!present)(`pre-AI corpus ${name}`, () => {
    const result = present ? scan(dir) : { articles: 0, analysed: 0, disclosures: [], artifacts: [] };
    it(`reads the whole corpus (${result.articles} articles, ${result.analysed} analysed)`, () => {
      expect(result.articles).toBeGreaterThanOrEqual(min);
      expect(result.analysed).toBeGreaterThan(0);
    });
    it('reports no AI disclosure', () => {
      expect(result.disclosures).toEqual([]);
    });
    it('reports no AI artifact', () => {
      expect(result.artifacts).toEqual([]);
    });
  });
  if (!present) it.skip(`pre-AI corpus ${name}: ${dir} is absent, skipped`, () => {});
}
