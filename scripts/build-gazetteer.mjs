/**
 * Build step (run by `npm run build`): distils the place gazetteer from maintained packages — world-countries
 * (countries, official names, alternative spellings, capitals), states-us and city-timezones (cities of
 * 250,000 people or more) — into one small JSON file, so that a run loads kilobytes instead of megabytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'gazetteer.json');

const entries = {};
const norm = (s) => s.replace(/[.\u2019']/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
const put = (name, canonical, kind) => {
  const k = norm(name);
  if (k.length < 2 || entries[k]) return;
  entries[k] = [canonical, kind];
};
for (const c of require('world-countries')) {
  put(c.name.common, c.name.common, 'country');
  put(c.name.official, c.name.common, 'country');
  // two-letter codes ("IN", "IT", "AT") are words too often to be places
  for (const a of c.altSpellings) if (!/^[A-Z]{2}$/.test(a)) put(a, c.name.common, 'country');
  for (const cap of c.capital ?? []) put(cap, cap, 'city');
}
for (const [alias, canonical] of [['US', 'United States'], ['U.S.', 'United States'], ['USA', 'United States'], ['U.S.A.', 'United States'],
  ['America', 'United States'], ['United States of America', 'United States'], ['UK', 'United Kingdom'], ['U.K.', 'United Kingdom'],
  ['Britain', 'United Kingdom'], ['Great Britain', 'United Kingdom']]) entries[norm(alias)] = [canonical, 'country'];
for (const s of require('states-us').default) put(s.name, s.name, 'state');
for (const c of require('city-timezones').cityMapping) {
  if (c.pop < 250000) continue;
  put(c.city, c.city, 'city');
  put(c.city_ascii, c.city, 'city');
}
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(entries));
console.log(`gazetteer: ${Object.keys(entries).length} names → ${path.relative(process.cwd(), out)}`);
