/**
 * `npm run bench`: runs every benchmark suite, or only those named (`npm run bench -- --pathological`).
 * Suites are plain modules importing dist/, so build first (`npx tsc -p .`). Each suite reports; none asserts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathological } from './pathological.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Suite name → runner. Add a suite here (throughput, memory…) and it runs with the others. */
const SUITES = {
  // throughput runs its measurements in child processes of its own, so it is started as a script
  throughput: (args) => execFileSync(process.execPath, [path.join(ROOT, 'bench', 'throughput.mjs'), ...args], { stdio: 'inherit' }),
  pathological: (args) => pathological({ cli: !args.includes('--no-cli'), strict: args.includes('--strict') }),
};

if (!existsSync(path.join(ROOT, 'dist', 'analyze', 'index.js'))) {
  console.error('bench: dist/ is missing; build first with `npx tsc -p .`');
  process.exit(2);
}
const args = process.argv.slice(2);
const named = Object.keys(SUITES).filter((s) => args.includes(`--${s}`));
for (const name of named.length ? named : Object.keys(SUITES)) {
  console.log(`\n== ${name} ==`);
  await SUITES[name](args);
}
