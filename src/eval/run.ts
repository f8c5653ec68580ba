/**
 * `npm run eval`: runs credence over every labelled set in fixtures/ and prints precision, recall and F1
 * per rule and per extraction kind. `--json FILE` writes the figures too; `--misses` lists every miss.
 */
import { readdirSync, readFileSync, existsSync, writeFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../engine.js';
import { analyzeArticle } from '../analyze/index.js';
import { decode } from '../read.js';
import { prf, scoreExtraction, scoreFindings, scoreKinds, type Expected, type ExtractionExpected, type ExtractionTallies, type KindTally, type Miss, type Tally } from './score.js';

function findSets(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string): void => {
    if (existsSync(path.join(dir, 'expected.json'))) out.push(dir);
    for (const e of readdirSync(dir).sort()) {
      const p = path.join(dir, e);
      if (statSync(p).isDirectory()) visit(p);
    }
  };
  visit(root);
  return out;
}

const pct = (x: number): string => x.toFixed(3);

/**
 * A set whose folder is named `heldout-…` was written by someone who had not read the code and was not tuned
 * against afterwards: its figures estimate how credence does on articles it has never seen.
 */
export const isHeldOut = (set: string): boolean => path.basename(set).startsWith('heldout-');

export interface EvalResult {
  /** Every set. */
  rules: Record<string, Tally>;
  /** The sets the code was developed against. */
  tuned: Record<string, Tally>;
  /** The held-out sets only. */
  heldOut: Record<string, Tally>;
  extraction: ExtractionTallies;
  misses: Miss[];
  kinds: KindTally;
}

const sorted = (m: Map<string, Tally>): Record<string, Tally> => Object.fromEntries([...m.entries()].sort());

export async function runEval(root: string): Promise<EvalResult> {
  const tallies = new Map<string, Tally>();
  const tuned = new Map<string, Tally>();
  const heldOut = new Map<string, Tally>();
  const misses: Miss[] = [];
  const kinds: KindTally = { right: 0, wrong: 0 };
  for (const set of findSets(root)) {
    const expected = JSON.parse(readFileSync(path.join(set, 'expected.json'), 'utf8')) as Expected;
    const report = await analyze(['.'], { cwd: set });
    scoreFindings(path.relative(root, set), report, expected, tallies, misses);
    scoreFindings(path.relative(root, set), report, expected, isHeldOut(set) ? heldOut : tuned, []);
    scoreKinds(path.relative(root, set), report, expected, kinds, misses);
  }
  const extraction: ExtractionTallies = { figures: { tp: 0, fp: 0, fn: 0 }, figureFields: { tp: 0, fp: 0, fn: 0 }, dates: { tp: 0, fp: 0, fn: 0 }, entities: { tp: 0, fp: 0, fn: 0 } };
  const exDir = path.join(root, 'extraction');
  if (existsSync(exDir)) {
    for (const f of readdirSync(exDir).filter((x) => x.endsWith('.expected.json')).sort()) {
      const name = f.replace(/\.expected\.json$/, '');
      const exp = JSON.parse(readFileSync(path.join(exDir, f), 'utf8')) as ExtractionExpected;
      const r = decode(readFileSync(path.join(exDir, name + '.txt')));
      if (!r.ok) continue;
      const a = analyzeArticle(name + '.txt', r.text, { referenceDate: exp.referenceDate ?? null });
      scoreExtraction(name, a, exp, extraction, misses);
    }
  }
  return { rules: sorted(tallies), tuned: sorted(tuned), heldOut: sorted(heldOut), extraction, misses, kinds };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const root = path.resolve(args.find((a) => !a.startsWith('--') && !args[args.indexOf(a) - 1]?.startsWith('--json')) ?? 'fixtures');
  const { rules, heldOut, extraction, misses, kinds } = await runEval(root);
  const rows: Array<[string, Tally]> = Object.entries(rules);
  const total = rows.reduce((t, [, x]) => ({ tp: t.tp + x.tp, fp: t.fp + x.fp, fn: t.fn + x.fn }), { tp: 0, fp: 0, fn: 0 });
  const line = (name: string, t: Tally): string => {
    const m = prf(t);
    return `${name.padEnd(22)} ${pct(m.precision).padStart(9)} ${pct(m.recall).padStart(7)} ${pct(m.f1).padStart(7)}   tp=${t.tp} fp=${t.fp} fn=${t.fn}`;
  };
  console.log(`${'rule'.padEnd(22)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(7)}`);
  for (const [r, t] of rows) console.log(line(r, t));
  console.log(line('total', total));
  if (Object.keys(heldOut).length) {
    console.log(`\n${'held-out sets only'.padEnd(22)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(7)}`);
    for (const [r, t] of Object.entries(heldOut)) console.log(line(r, t));
  }
  console.log('');
  console.log(`${'extraction'.padEnd(22)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(7)}`);
  console.log(line('figures', extraction.figures));
  console.log(line('figure fields', extraction.figureFields));
  console.log(line('dates', extraction.dates));
  console.log(line('entities', extraction.entities));
  if (kinds.right + kinds.wrong > 0) console.log(`\ndisclosure kind accuracy ${pct(kinds.right / (kinds.right + kinds.wrong))}   right=${kinds.right} wrong=${kinds.wrong}`);
  if (args.includes('--misses')) {
    console.log('');
    for (const m of misses) console.log(`${m.what === 'false-positive' ? 'FP' : 'FN'} ${m.rule} ${m.set}/${m.file}:${m.line} ${m.text}`);
  }
  const jsonAt = args.indexOf('--json');
  if (jsonAt >= 0 && args[jsonAt + 1]) {
    const out = { rules: Object.fromEntries(rows.map(([r, t]) => [r, { ...t, ...prf(t) }])), heldOut: Object.fromEntries(Object.entries(heldOut).map(([r, t]) => [r, { ...t, ...prf(t) }])), total: { ...total, ...prf(total) }, extraction: Object.fromEntries(Object.entries(extraction).map(([k, t]) => [k, { ...t, ...prf(t) }])) };
    writeFileSync(args[jsonAt + 1]!, JSON.stringify(out, null, 2) + '\n');
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  await main();
}
