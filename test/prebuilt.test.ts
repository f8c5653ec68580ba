import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteerData } from '../src/analyze/gazetteer.js';
import { buildCommon, buildGivenNames, isCommonWord, isGivenName } from '../src/analyze/vocabulary.js';
import { isWordList } from '../src/text/word-list.js';
import { createRequire } from 'node:module';
import { ROOT } from './helpers.js';

describe('prebuilt lexicons', () => {
  it('dist/lexicons/gazetteer.json is exactly what the packages give', () => {
    const file = JSON.parse(readFileSync(path.join(ROOT, 'dist', 'lexicons', 'gazetteer.json'), 'utf8'));
    process.env.CREDENCE_NO_PREBUILT = '1';
    try {
      expect(file).toEqual(JSON.parse(JSON.stringify(gazetteerData())));
    } finally {
      delete process.env.CREDENCE_NO_PREBUILT;
    }
  });

  it('dist/lexicons/given-names.txt is every name the package knows, and no other', () => {
    const file = readFileSync(path.join(ROOT, 'dist', 'lexicons', 'given-names.txt'), 'utf8').split('\n');
    expect(file).toEqual(buildGivenNames());
    const { getGender } = createRequire(import.meta.url)('gender-detection-from-name') as { getGender: (n: string) => string };
    const names = new Set(file);
    for (const w of ['Jonny', 'MARIA', 'ayşe', 'Yiğit', 'Halvard', 'Price', 'Kinnear', 'Li', 'x', 'Élodie', 'Jean-Luc'])
      expect(names.has(w.toLowerCase()), w).toBe(getGender(w) !== 'unknown');
    expect(file.length).toBeGreaterThan(50_000);
    expect(isGivenName('Jonny')).toBe(true);
    expect(isGivenName('Kinnear')).toBe(false);
  });

  it('dist/lexicons/common-words.txt is the package\'s ordinary words, sorted, and no other', () => {
    const text = readFileSync(path.join(ROOT, 'dist', 'lexicons', 'common-words.txt'), 'utf8');
    expect(isWordList(text)).toBe(true);
    expect(text.split('\n')).toEqual([...buildCommon()].sort());
    expect(isCommonWord('Markets')).toBe(true);
    expect(isCommonWord('Kinnear')).toBe(false);
  });
});
