/**
 * Throughput suite of `npm run bench`: per corpus, articles/s, MB/s, peak RSS, the share of time per stage,
 * and credence's throughput as a ratio of bare wink-nlp readDoc on the same texts, all measured in one run.
 * Also T(10,000)/T(1,000) on the synthetic corpus, --jobs 2 against --jobs 1, and a cold run on one small
 * file. Figures are printed as a table and written to bench/out/throughput.json for comparison.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const shared = path.resolve(root, '..', 'shared', 'corpora');

function run(mode, dir, jobs) {
  const out = execFileSync(process.execPath, [path.join(here, 'worker.mjs'), mode, dir, ...(jobs ? [String(jobs)] : [])], {
    encoding: 'utf8', maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split('\n').pop());
}

function measureCorpus(name, dir, opts = {}) {
  const bare = run('wink', dir);
  const c1 = run('credence', dir, opts.jobs1 ? 1 : undefined);
  const mb = bare.bytes / 1e6;
  const row = {
    corpus: name, articles: c1.articles, MB: +mb.toFixed(2),
    seconds: +(c1.ms / 1000).toFixed(2), articlesPerS: Math.round(c1.articles / (c1.ms / 1000)),
    MBps: +(mb / (c1.ms / 1000)).toFixed(2), winkMBps: +(mb / (bare.ms / 1000)).toFixed(2),
    ratioToWink: +((mb / (c1.ms / 1000)) / (mb / (bare.ms / 1000))).toFixed(2),
    peakRssMB: c1.maxRssMB,
    share: Object.fromEntries(Object.entries(c1.timings).map(([k, v]) => [k, +(v / c1.ms).toFixed(3)])),
  };
  if (opts.jobs) {
    const c2 = run('credence', dir, 2);
    row.jobs2Speedup = +(c1.ms / c2.ms).toFixed(2);
  }
  return row;
}

const quick = process.argv.includes('--quick');
const results = { when: 'measured in one run', rows: [] };
const tmp = mkdtempSync(path.join(tmpdir(), 'credence-bench-'));
try {
  const sizes = quick ? [200, 2000] : [1000, 10000];
  const dirs = sizes.map((n) => {
    const d = path.join(tmp, `synthetic-${n}`);
    writeCorpus(d, n, 7);
    return d;
  });
  const small = measureCorpus(`synthetic-${sizes[0]}`, dirs[0]);
  const large = measureCorpus(`synthetic-${sizes[1]}`, dirs[1]);
  results.rows.push(small, large);
  results.scaling = { [`T(${sizes[1]})/T(${sizes[0]})`]: +(large.seconds / small.seconds).toFixed(2) };
  const reuters = path.join(shared, 'reuters21578');
  if (existsSync(reuters)) results.rows.push(measureCorpus('reuters21578', reuters, { jobs: true, jobs1: true }));
  else console.log(`reuters21578: not found at ${reuters}, skipped`);
  const bbc = path.join(shared, 'bbc');
  if (existsSync(bbc) && !quick) results.rows.push(measureCorpus('bbc', bbc));
  else if (!quick) console.log(`bbc: not found at ${bbc}, skipped`);
  // cold start: one small file, model load included, as a user runs it
  const one = path.join(tmp, 'one');
  mkdirSync(one);
  writeFileSync(path.join(one, 'a.txt'), 'Port strike ends\n\nAbout 1,250 dockers returned to work on Monday, the union said.\n');
  const t0 = performance.now();
  execFileSync(process.execPath, [path.join(root, 'bin', 'credence.js'), one, '--fail-on', 'none'], { stdio: 'ignore' });
  results.coldSmallFileSeconds = +((performance.now() - t0) / 1000).toFixed(2);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const cols = ['corpus', 'articles', 'MB', 'seconds', 'articlesPerS', 'MBps', 'winkMBps', 'ratioToWink', 'peakRssMB', 'jobs2Speedup'];
console.log(cols.map((c) => c.padStart(13)).join(''));
for (const r of results.rows) console.log(cols.map((c) => String(r[c] ?? '').padStart(13)).join(''));
for (const r of results.rows) console.log(`${r.corpus}: time share ${Object.entries(r.share).map(([k, v]) => `${k} ${(v * 100).toFixed(1)}%`).join(', ')}`);
console.log(`scaling: ${JSON.stringify(results.scaling)}; cold run on one small file: ${results.coldSmallFileSeconds}s`);
mkdirSync(path.join(here, 'out'), { recursive: true });
writeFileSync(path.join(here, 'out', 'throughput.json'), JSON.stringify(results, null, 2) + '\n');
