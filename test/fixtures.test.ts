/**
 * The labelled fixture sets, end to end: every forbidden finding stays absent, and per-rule F1 stays at or
 * above the level the project has reached (raise these floors as detection improves; never lower them).
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { runEval } from '../src/eval/run.js';
import { prf } from '../src/eval/score.js';
import { ROOT } from './helpers.js';

const FLOORS: Record<string, { precision: number; recall: number }> = {
  'ai-disclosure': { precision: 0.98, recall: 0.98 },
  'ai-artifact': { precision: 0.95, recall: 0.95 },
  'unsupported-number': { precision: 0.92, recall: 0.95 },
  contradiction: { precision: 0.95, recall: 0.68 },
};

describe('labelled fixtures', async () => {
  const result = await runEval(path.join(ROOT, 'fixtures'));
  for (const [rule, floor] of Object.entries(FLOORS)) {
    it(`${rule} keeps precision ≥ ${floor.precision} and recall ≥ ${floor.recall}`, () => {
      const t = result.rules[rule];
      expect(t).toBeDefined();
      const m = prf(t!);
      expect(m.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(m.recall).toBeGreaterThanOrEqual(floor.recall);
    });
  }
  it('extraction of figures and dates stays above 0.95 F1', () => {
    expect(prf(result.extraction.figures).f1).toBeGreaterThanOrEqual(0.95);
    expect(prf(result.extraction.figureFields).f1).toBeGreaterThanOrEqual(0.95);
    expect(prf(result.extraction.dates).f1).toBeGreaterThanOrEqual(0.97);
  });
});
