import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatContext } from './types.js';

/** Formatter names are part of the interface (`--format`). */
export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github, junit, markdown };
