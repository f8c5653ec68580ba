import { escapeJsonText } from '../text/sanitize.js';
import type { Formatter } from './types.js';

/**
 * The contract format: stable key order comes from the report builder, so output is byte-identical. Invisible
 * and control characters from articles are written as \u escapes, so printing the report to a terminal is safe.
 */
export const json: Formatter = (report) => escapeJsonText(JSON.stringify(report, null, 2)) + '\n';
