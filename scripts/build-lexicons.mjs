/**
 * Build step: writes the gazetteer, the ordinary-word list and the given names, as the analysis builds them from their
 * packages, into dist/lexicons/*.json (see src/analyze/prebuilt.ts for why).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.CREDENCE_NO_PREBUILT = '1';
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const { gazetteerData } = await import(path.join(dist, 'analyze', 'gazetteer.js'));
const { buildCommon, buildGivenNames } = await import(path.join(dist, 'analyze', 'vocabulary.js'));
const out = path.join(dist, 'lexicons');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'gazetteer.json'), JSON.stringify(gazetteerData()));
writeFileSync(path.join(out, 'common-words.json'), JSON.stringify([...buildCommon()].sort()));
writeFileSync(path.join(out, 'given-names.json'), JSON.stringify(buildGivenNames()));
