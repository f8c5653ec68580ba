/**
 * The V8 flags `npx credence` runs with: read from the shebang of bin/credence.js, so every measurement of the
 * CLI's pipeline (library runs in bench/worker.mjs, the pathological suite) runs as a user's does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'credence.js');
const shebang = readFileSync(bin, 'utf8').split('\n', 1)[0];

export const NODE_FLAGS = shebang.split(/\s+/).filter((w) => w.startsWith('--'));
