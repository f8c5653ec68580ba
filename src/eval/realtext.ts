/**
 * `npm run eval:realtext`: runs credence over real news clusters read in place from ../shared/corpora —
 * BASIL (one event, three outlets: run per triplet) and ECB+ (two similar but different events per topic:
 * run per topic) — and prints every contradiction found, with both sides, for a person to judge; plus the
 * counts of findings per rule. Nothing is copied; absent corpora are skipped with a message.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../engine.js';
import { excerptOf } from '../text/sanitize.js';

function groups(index: string, key: number): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const lines = readFileSync(index, 'utf8').trim().split('\n').slice(1);
  for (const l of lines) {
    const cols = l.split('\t');
    const g = cols[key]!;
    if (!out.has(g)) out.set(g, []);
    out.get(g)!.push(cols[0]!);
  }
  return out;
}

async function run(name: string, root: string, grouped: Map<string, string[]>, limit: number): Promise<void> {
  let contradictions = 0;
  let articles = 0;
  let unsupported = 0;
  let corroborated = 0;
  let figures = 0;
  const shown: string[] = [];
  for (const [g, files] of [...grouped.entries()].sort().slice(0, limit)) {
    const report = await analyze(files, { cwd: root });
    articles += report.summary.articles;
    for (const a of report.articles) {
      figures += a.figures.length;
      corroborated += a.figures.filter((f) => f.corroboratedBy.length > 0).length;
      for (const f of a.findings) {
        if (f.rule === 'unsupported-number') unsupported++;
        if (f.rule !== 'contradiction') continue;
        contradictions++;
        shown.push(`[${name} ${g.slice(0, 8)}] ${a.path}:${f.line}\n    ${excerptOf(f.message, 300)}`);
      }
    }
  }
  console.log(`${name}: ${grouped.size > limit ? limit : grouped.size} groups, ${articles} articles, ${figures} figures (${corroborated} corroborated), ${unsupported} unsupported-number, ${contradictions} contradiction findings`);
  for (const s of shown) console.log(s);
}

async function main(): Promise<void> {
  const corpora = path.resolve(process.argv[2] ?? '../shared/corpora');
  const limit = Number(process.argv[3] ?? 1000);
  const basil = path.join(corpora, 'basil');
  if (existsSync(path.join(basil, 'index.tsv'))) await run('basil', basil, groups(path.join(basil, 'index.tsv'), 1), limit);
  else console.log(`basil: not found at ${basil}, skipped`);
  const ecb = path.join(corpora, 'ecbplus');
  if (existsSync(path.join(ecb, 'index.tsv'))) await run('ecbplus', ecb, groups(path.join(ecb, 'index.tsv'), 1), limit);
  else console.log(`ecbplus: not found at ${ecb}, skipped`);
}

await main();
