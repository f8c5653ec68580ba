/**
 * Build step: writes the gazetteer, the ordinary-word list and the given names, as the analysis builds them from their
 * packages, into dist/lexicons/ (see src/analyze/prebuilt.ts for why): the gazetteer as JSON, each word list as
 * its words in JavaScript's sort order, one per line (src/text/word-list.ts searches that text as it is).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.CREDENCE_NO_PREBUILT = '1';
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const { gazetteerData } = await import(path.join(dist, 'analyze', 'gazetteer.js'));
const { buildCommon, buildGivenNames } = await import(path.join(dist, 'analyze', 'vocabulary.js'));
const out = path.join(dist, 'lexicons');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'gazetteer.json'), JSON.stringify(gazetteerData()));
const { isWordList } = await import(path.join(dist, 'text', 'word-list.js'));
for (const [file, words] of [['common-words.txt', [...buildCommon()].sort()], ['given-names.txt', buildGivenNames()]]) {
  const text = words.join('\n');
  if (!isWordList(text)) throw new Error(`build-lexicons: ${file} would not be a sorted list of distinct words`);
  writeFileSync(path.join(out, file), text);
}
rmSync(path.join(out, 'common-words.json'), { force: true });
rmSync(path.join(out, 'given-names.json'), { force: true });
