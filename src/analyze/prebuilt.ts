/**
 * Word lists and the gazetteer are distilled from their packages once, at build time, into small JSON files
 * under dist/lexicons/ (scripts/build-lexicons.mjs), so that a run loads them in milliseconds instead of
 * parsing megabytes of package data. When a file is missing (running from source, a partial build) the
 * caller builds from the packages as before; the result is the same either way.
 */
import { readFileSync } from 'node:fs';

export function prebuilt<T>(name: string): T | null {
  if (process.env.CREDENCE_NO_PREBUILT) return null;
  try {
    return JSON.parse(readFileSync(new URL(`../lexicons/${name}.json`, import.meta.url), 'utf8')) as T;
  } catch {
    return null;
  }
}
