/**
 * An internal error while analysing one article is reported for that article and the run goes on. The fault
 * is injected by replacing the per-article analyser in this test only: no hook exists in the product for it.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { analyze } from '../src/engine.js';
import { PROSE, removeTempDirs, tempDir, write } from './robust-tree.js';

vi.mock('../src/analyze/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/analyze/index.js')>();
  return {
    ...real,
    analyzeArticle: (path: string, text: string, opts?: Parameters<typeof real.analyzeArticle>[2]) => {
      if (path.endsWith('explodes.txt')) throw new RangeError('Maximum call stack size exceeded');
      return real.analyzeArticle(path, text, opts);
    },
  };
});

afterAll(removeTempDirs);

describe('an internal error in one article', () => {
  it('is a notice for that article; the others are still analysed and judged', async () => {
    const dir = tempDir();
    write(dir, 'a.txt', PROSE);
    write(dir, 'explodes.txt', PROSE);
    write(dir, 'z.txt', 'Port strike\n\nAbout 1,250 dockers went back on Monday, the union said.\n');
    const report = await analyze(['.'], { cwd: dir });
    expect(report.articles.map((a) => a.path)).toEqual(['a.txt', 'z.txt']);
    expect(report.notices).toEqual([
      { path: 'explodes.txt', level: 'error', message: 'internal error while analysing: Maximum call stack size exceeded' },
    ]);
    // the two surviving articles still corroborate each other's figure
    const figures = report.articles.map((a) => a.figures.find((f) => f.value === 1250));
    for (const f of figures) expect(f?.independentSources).toBeGreaterThan(0);
    expect(report.summary).toMatchObject({ articles: 2, skipped: 0 });
  });
});
