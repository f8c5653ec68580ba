/**
 * One measurement in a fresh process, so peak RSS and start-up are its own:
 * `node bench/worker.mjs MODE DIR [JOBS] [CACHE_DIR]`.
 * MODE credence: the whole pipeline through the library API, with per-stage timings (JOBS threads; with
 * CACHE_DIR, the article cache in that folder).
 * MODE wink: bare wink-nlp readDoc over the same files (the yardstick the targets are stated against).
 * Prints one JSON line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const [mode, dir, jobs, cacheDir] = process.argv.slice(2);

function files(root) {
  const out = [];
  const visit = (d) => {
    for (const e of readdirSync(d).sort()) {
      const p = path.join(d, e);
      if (statSync(p).isDirectory()) visit(p);
      else if (/\.(?:txt|md)$/.test(e)) out.push(p);
    }
  };
  visit(root);
  return out;
}

const t0 = performance.now();
let result;
if (mode === 'wink') {
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  const list = files(dir);
  const texts = list.map((f) => readFileSync(f, 'utf8'));
  const t1 = performance.now();
  let tokens = 0;
  for (const t of texts) tokens += nlp.readDoc(t).tokens().length();
  result = { mode, ms: performance.now() - t1, loadMs: t1 - t0, files: list.length, bytes: texts.reduce((s, t) => s + Buffer.byteLength(t), 0), tokens };
} else {
  const { analyzeInParts } = await import('../dist/index.js');
  const timings = {};
  const stats = {};
  // (as the CLI runs it: the report without figures and dates, which are put in as each article is written)
  const { report, withDetails } = await analyzeInParts(['.'], {
    cwd: path.resolve(dir), timings, stats, ...(jobs ? { jobs: Number(jobs) } : {}), ...(cacheDir ? { cache: true, cacheLocation: cacheDir } : {}),
  });
  // (the JSON text as the CLI writes it, a piece per article; see jsonChunks)
  const { jsonChunks } = await import('../dist/formatters/json.js');
  const t2 = performance.now();
  let outBytes = null;
  let outError = null;
  try {
    outBytes = 0;
    for (const piece of jsonChunks(report, withDetails)) outBytes += piece.length;
  } catch (e) {
    // corroboratedBy lists grow with the square of a popular value's count: on Reuters the JSON report
    // outgrows V8's longest string (see docs/scaling.md)
    outError = e.message;
  }
  // rules: the rules, directives and the report's findings (judge); report: the JSON text, figures and dates made
  // as it is written
  timings.report = performance.now() - t2;
  result = { mode, ms: performance.now() - t0, timings, stats, articles: report.summary.articles, findings: report.summary.findings, outBytes, outError };
}
const usage = process.resourceUsage();
result.maxRssMB = Math.round(usage.maxRSS / 1024);
// CPU of every thread of the process: shows what threads cost beyond wall-clock time on a busy machine
result.cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
process.stdout.write(JSON.stringify(result) + '\n');
