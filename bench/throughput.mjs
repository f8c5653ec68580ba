/**
 * Throughput suite of `npm run bench`: per corpus, articles/s, MB/s, peak RSS, the share of time per stage,
 * and credence's throughput as a ratio of bare wink-nlp readDoc on the same texts, all measured in one run.
 * Also T(10,000)/T(1,000) on the synthetic corpus, --jobs 2 against --jobs 1 on Reuters, a re-run over an
 * unchanged corpus with the article cache, and a cold run on one small file. Every measurement is a fresh
 * process (bench/worker.mjs). Figures are printed as a table and written to bench/out/throughput.json; the
 * targets are printed beside them, never asserted (timings depend on the machine and its load).
 * `--quick`: small synthetic corpora and Reuters' first folder only; `--sizes=1000,3000`: other synthetic sizes.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';
import { NODE_FLAGS } from './node-flags.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const shared = path.resolve(root, '..', 'shared', 'corpora');
const quick = process.argv.includes('--quick');
// --sizes=1000,3000: other synthetic corpus sizes than 1,000 and 10,000
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));

function run(mode, dir, jobs, cacheDir) {
  // the V8 flags the CLI's shebang starts node with (bin/credence.js), so the library run matches `npx credence`
  const args = [...(mode === 'credence' ? NODE_FLAGS : []), path.join(here, 'worker.mjs'), mode, dir, ...(mode === 'credence' ? [String(jobs ?? 1), ...(cacheDir ? [cacheDir] : [])] : [])];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop());
}

const share = (r) => Object.fromEntries(Object.entries(r.timings).map(([k, v]) => [k, +(v / r.ms).toFixed(3)]));

function row(name, bare, c, extra = {}) {
  const mb = bare.bytes / 1e6;
  const s = c.ms / 1000;
  return {
    corpus: name, articles: c.articles, MB: +mb.toFixed(2), seconds: +s.toFixed(2), articlesPerS: Math.round(c.articles / s),
    MBps: +(mb / s).toFixed(2), winkMBps: +(mb / (bare.ms / 1000)).toFixed(2), ratioToWink: +((mb / s) / (mb / (bare.ms / 1000))).toFixed(2),
    peakRssMB: c.maxRssMB, cpuSeconds: +(c.cpuMs / 1000).toFixed(1), share: share(c), ...extra,
  };
}

const results = { when: 'measured in one run', rows: [] };
const tmp = mkdtempSync(path.join(tmpdir(), 'credence-bench-'));
try {
  // synthetic corpora, one core: how time grows with the corpus
  const sizes = sizesArg ? sizesArg.slice(8).split(',').map(Number) : quick ? [200, 2000] : [1000, 10000];
  const synthetic = sizes.map((n) => {
    const d = path.join(tmp, `synthetic-${n}`);
    writeCorpus(d, n, 7);
    return [n, d, run('wink', d), run('credence', d, 1)];
  });
  for (const [n, , bare, c] of synthetic) results.rows.push(row(`synthetic-${n}`, bare, c, { jobs: 1 }));
  results.scaling = { [`T(${sizes[1]})/T(${sizes[0]})`]: +(synthetic[1][3].ms / synthetic[0][3].ms).toFixed(2) };

  // Reuters: one core, two threads, and a cached re-run
  let reuters = path.join(shared, 'reuters21578');
  if (existsSync(reuters) && quick) {
    const part = path.join(tmp, 'reuters-part');
    cpSync(path.join(reuters, readdirSync(reuters).filter((f) => f.startsWith('reut2-')).sort()[0]), path.join(part, 'reut2-000'), { recursive: true });
    reuters = part;
  }
  if (existsSync(reuters)) {
    const bare = run('wink', reuters);
    const one = run('credence', reuters, 1);
    const two = run('credence', reuters, 2);
    results.rows.push(row('reuters21578', bare, one, { jobs: 1 }));
    results.rows.push(row('reuters21578', bare, two, { jobs: 2, jobs2Speedup: +(one.ms / two.ms).toFixed(2) }));
    const cacheDir = path.join(tmp, 'cache');
    const fill = run('credence', reuters, 2, cacheDir);
    const again = run('credence', reuters, 2, cacheDir);
    results.rows.push(row('reuters21578', bare, fill, { jobs: 2, cache: 'empty' }));
    results.rows.push(row('reuters21578', bare, again, { jobs: 2, cache: `warm (${again.stats.cached} hits)` }));
    results.cachedRerun = {
      seconds: +(again.ms / 1000).toFixed(2), uncachedSeconds: +(two.ms / 1000).toFixed(2),
      crosscheckRulesReportShare: +((again.timings.crosscheck + again.timings.rules + again.timings.report) / again.ms).toFixed(3),
    };
  } else console.log(`reuters21578: not found at ${reuters}, skipped`);

  const bbc = path.join(shared, 'bbc');
  if (existsSync(bbc) && !quick) results.rows.push(row('bbc', run('wink', bbc), run('credence', bbc, 1), { jobs: 1 }));
  else if (!quick) console.log(`bbc: not found at ${bbc}, skipped`);

  // cold start: one small file, model load included, as a user runs it (best of three: start-up is noisy)
  const one = path.join(tmp, 'one');
  mkdirSync(one);
  writeFileSync(path.join(one, 'a.txt'), 'Port strike ends\n\nAbout 1,250 dockers returned to work on Monday, the union said.\n');
  const colds = [0, 1, 2].map(() => {
    const t0 = performance.now();
    execFileSync(process.execPath, [...NODE_FLAGS, path.join(root, 'bin', 'credence.js'), one, '--fail-on', 'none'], { stdio: 'ignore' });
    return (performance.now() - t0) / 1000;
  });
  results.coldSmallFileSeconds = +Math.min(...colds).toFixed(2);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const cols = ['corpus', 'jobs', 'cache', 'articles', 'MB', 'seconds', 'articlesPerS', 'MBps', 'winkMBps', 'ratioToWink', 'peakRssMB', 'cpuSeconds', 'jobs2Speedup'];
console.log(cols.map((c) => c.padStart(c === 'cache' ? 18 : 13)).join(''));
for (const r of results.rows) console.log(cols.map((c) => String(r[c] ?? '').padStart(c === 'cache' ? 18 : 13)).join(''));
for (const r of results.rows) console.log(`${r.corpus} (jobs ${r.jobs}${r.cache ? `, cache ${r.cache}` : ''}): time share ${Object.entries(r.share).map(([k, v]) => `${k} ${(v * 100).toFixed(1)}%`).join(', ')}`);
console.log(`scaling: ${JSON.stringify(results.scaling)}; cached re-run: ${JSON.stringify(results.cachedRerun ?? null)}; cold run on one small file: ${results.coldSmallFileSeconds}s`);
const reutersRows = results.rows.filter((r) => r.corpus === 'reuters21578');
const [r1, r2] = reutersRows;
console.log('\ntargets (measured, not asserted):');
if (r1) {
  console.log(`  one core ≥ 50% of bare wink readDoc throughput: ${Math.round(r1.ratioToWink * 100)}% on Reuters`);
  console.log(`  --jobs 2 ≥ 1.7× --jobs 1 on Reuters: ${r2.jobs2Speedup}×`);
  console.log(`  cross-check ≤ 10% of total at ${r1.articles} articles: ${(r1.share.crosscheck * 100).toFixed(1)}% (jobs 1), ${(r2.share.crosscheck * 100).toFixed(1)}% (jobs 2)`);
  console.log(`  peak RSS ≤ 600 MB on Reuters: ${r1.peakRssMB} MB (jobs 1), ${r2.peakRssMB} MB (jobs 2)`);
}
console.log(`  T(10k)/T(1k) ≤ 11: ${JSON.stringify(results.scaling)}`);
console.log(`  one small file cold ≤ 0.6 s: ${results.coldSmallFileSeconds} s`);
mkdirSync(path.join(here, 'out'), { recursive: true });
writeFileSync(path.join(here, 'out', 'throughput.json'), JSON.stringify(results, null, 2) + '\n');
