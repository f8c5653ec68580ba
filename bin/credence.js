#!/usr/bin/env -S node --no-regexp-tier-up
// --no-regexp-tier-up: the analysers build regular expressions per article (an alternation of the article's
// entity names), which never get hot enough for V8 to compile them and are interpreted on every sentence.
// Compiling each at once is faster (bench/). It must be given at start-up: changing V8 flags in a running
// process (v8.setFlagsFromString) crashed it with SIGSEGV under the property tests.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv);
