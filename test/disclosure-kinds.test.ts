/**
 * On the labelled disclosure sets, the kind each finding reports (text, partial, image, translation, audio,
 * byline) agrees with the label, and every finding carries an IPTC digital source type that fits its kind.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { runEval } from '../src/eval/run.js';
import { analyze } from '../src/engine.js';
import { ROOT } from './helpers.js';

const DISCLOSURE_SETS = path.join(ROOT, 'fixtures', 'disclosure');
const IPTC = 'http://cv.iptc.org/newscodes/digitalsourcetype/';
const ALLOWED: Record<string, string[]> = {
  text: ['trainedAlgorithmicMedia', 'dataDrivenMedia'],
  partial: ['compositeWithTrainedAlgorithmicMedia', 'dataDrivenMedia'],
  image: ['trainedAlgorithmicMedia', 'compositeWithTrainedAlgorithmicMedia'],
  translation: ['compositeWithTrainedAlgorithmicMedia'],
  audio: ['trainedAlgorithmicMedia'],
  byline: ['trainedAlgorithmicMedia', 'dataDrivenMedia'],
};

describe('disclosure kinds on the labelled sets', async () => {
  const result = await runEval(DISCLOSURE_SETS);
  it(`reports the labelled kind (${result.kinds.right} right, ${result.kinds.wrong} wrong)`, () => {
    expect(result.kinds.right + result.kinds.wrong).toBeGreaterThan(50);
    expect(result.kinds.right / (result.kinds.right + result.kinds.wrong)).toBeGreaterThanOrEqual(0.95);
  });
  it('gives every finding an IPTC source type that fits its kind', async () => {
    const report = await analyze(['.'], { cwd: DISCLOSURE_SETS });
    const findings = report.articles.flatMap((a) => a.findings).filter((f) => f.rule === 'ai-disclosure') as unknown as Array<{ kind: string; digitalSourceType: string }>;
    expect(findings.length).toBeGreaterThan(50);
    for (const f of findings) {
      expect(f.digitalSourceType.startsWith(IPTC)).toBe(true);
      expect(ALLOWED[f.kind]).toContain(f.digitalSourceType.slice(IPTC.length));
    }
  });
});
