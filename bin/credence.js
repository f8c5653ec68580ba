#!/usr/bin/env -S node --no-regexp-tier-up --heap-growing-percent=20 --initial-old-space-size=64
// --no-regexp-tier-up: the analysers build regular expressions per article (an alternation of the article's
// entity names), which never get hot enough for V8 to compile them and are interpreted on every sentence.
// Compiling each at once is faster (bench/). It must be given at start-up: changing V8 flags in a running
// process (v8.setFlagsFromString) crashed it with SIGSEGV under the property tests.
// --heap-growing-percent=20: after each full collection V8 lets the heap grow by 20% before the next one,
// instead of the up to 4× it allows a process that allocates fast. An archive's run allocates fast and keeps
// little (each article's NLP document is garbage once its figures are out), so the default let the heap swell
// with garbage: peak memory on Reuters-21578 fell from 858 to 632 MB with it, in no more time (bench/,
// docs/scaling.md).
// --initial-old-space-size=64: with the heap growing by 20%, the start-up (model and word lists, about 35 MB
// live) ran two full collections; a first limit of 64 MB leaves a small run none (8% less CPU for one small
// file, cold). It commits no memory.
// The bench reads these flags from this line.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv);
