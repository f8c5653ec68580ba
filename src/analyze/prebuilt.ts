/**
 * Word lists and the gazetteer are distilled from their packages once, at build time, into small files under
 * dist/lexicons/ (scripts/build-lexicons.mjs), so that a run loads them in milliseconds instead of parsing
 * megabytes of package data: the gazetteer as JSON, the word lists as sorted text (src/text/word-list.ts).
 * When a file is missing (running from source, a partial build) the caller builds from the packages as before;
 * the result is the same either way.
 */
import { readFileSync } from 'node:fs';

export function prebuilt<T>(name: string): T | null {
  const text = prebuiltText(`${name}.json`);
  return text === null ? null : (JSON.parse(text) as T);
}

/** The text of dist/lexicons/`file`, or null when there is none. */
export function prebuiltText(file: string): string | null {
  if (process.env.CREDENCE_NO_PREBUILT) return null;
  try {
    return readFileSync(new URL(`../lexicons/${file}`, import.meta.url), 'utf8');
  } catch {
    return null;
  }
}
