import type { Formatter } from './types.js';

/** The contract format: stable key order comes from the report builder, so output is byte-identical. */
export const json: Formatter = (report) => JSON.stringify(report, null, 2) + '\n';
