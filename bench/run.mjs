/**
 * `npm run bench`: runs the benchmark suites in turn, each in its own process (so one suite's heap and
 * start-up never count in another's figures). Arguments (e.g. --quick) are passed to every suite.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
for (const suite of ['throughput.mjs', 'pathological.mjs']) {
  const file = path.join(here, suite);
  if (!existsSync(file)) continue;
  console.log(`\n== ${suite}`);
  execFileSync(process.execPath, [file, ...process.argv.slice(2)], { stdio: 'inherit' });
}
