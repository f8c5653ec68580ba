/**
 * Places from maintained packages (world-countries for countries, their alternative spellings, capitals,
 * regions and subregions; states-us for US states; city-timezones for cities and their provinces), so that
 * "U.S.", "US" and "United States" are one place and "Kyiv" or "Lancashire" is known to be a place without a
 * hand-typed list. Only what the packages leave out is typed here: everyday short forms ("U.S.", "Britain"),
 * the UK's nations, and macro-regions news uses ("Middle East").
 */
import { createRequire } from 'node:module';
import { prebuilt } from './prebuilt.js';
import { isCommonWord } from './vocabulary.js';

const require = createRequire(import.meta.url);

export interface Place {
  canonical: string;
  kind: 'country' | 'state' | 'city' | 'region';
  /**
   * The name is also an ordinary word ("Reading", "Nice", "Buffalo") and not a country, state or capital: a
   * capitalised sentence opener or headline word is then weak evidence of the place.
   */
  ambiguous?: boolean;
  /** A small city or a province: article evidence ("Halden" as the short name of "Halden Home") outranks it. */
  minor?: boolean;
  /**
   * The dollar a "$" means there: the currency of a country that writes its money with "$" (AUD for
   * Australia, its states and cities; USD for the United States), so that "$150 million" in a story from
   * New South Wales is read as Australian dollars.
   */
  dollar?: string;
}

let table: Map<string, Place> | null = null;
let demonyms: Set<string> | null = null;
/** Demonyms of countries that write their money with "$", to the code of that dollar ("australian" → AUD). */
let dollarDemonyms: Map<string, string> | null = null;

export function normaliseName(s: string): string {
  return s.replace(/[.\u2019']/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Cities below this population are only listed when their name is not also an ordinary word. */
const SMALL_CITY = 10000;
/** Cities below this population are "minor": article evidence about the same word wins over them. */
const MAJOR_CITY = 250000;

const MACRO_REGIONS = [
  'Middle East', 'Latin America', 'Sub-Saharan Africa', 'West Africa', 'East Africa', 'North Africa', 'Southern Africa',
  'Central Africa', 'Southeast Asia', 'South Asia', 'East Asia', 'Asia-Pacific', 'Asia Pacific', 'Scandinavia',
  'the Balkans', 'the Caucasus', 'the Sahel', 'the Arctic', 'Antarctica', 'the Gulf', 'Persian Gulf', 'Horn of Africa',
  'Eastern Europe', 'Western Europe', 'Central Europe', 'Northern Europe', 'Southern Europe', 'Central America',
  'North America', 'South America', 'the Caribbean', 'the Pacific', 'the Atlantic', 'Indian Ocean', 'Mediterranean',
];

function build(): Map<string, Place> {
  const ready = prebuilt<{ places: Array<[string, Place]>; demonyms: string[]; dollarDemonyms: Array<[string, string]> }>('gazetteer');
  if (ready && ready.dollarDemonyms) {
    demonyms = new Set(ready.demonyms);
    dollarDemonyms = new Map(ready.dollarDemonyms);
    return new Map(ready.places);
  }
  return buildFromPackages();
}

/** The gazetteer and demonyms as data, for the build step that writes them out. */
export function gazetteerData(): { places: Array<[string, Place]>; demonyms: string[]; dollarDemonyms: Array<[string, string]> } {
  const t = buildFromPackages();
  return { places: [...t.entries()], demonyms: [...demonyms!].sort(), dollarDemonyms: [...dollarDemonyms!.entries()].sort() };
}

function buildFromPackages(): Map<string, Place> {
  const t = new Map<string, Place>();
  const put = (name: string, place: Place): void => {
    const k = normaliseName(name);
    if (k.length < 2 || t.has(k)) return;
    t.set(k, place);
    // "the Netherlands", "the Hague", "Democratic Republic of the Congo": readers drop or add the article
    const bare = k.replace(/^the /, '').replace(/ of the /, ' of ');
    if (bare !== k && !t.has(bare)) t.set(bare, place);
  };
  const countries = require('world-countries') as Array<{
    name: { common: string; official: string }; altSpellings: string[]; capital?: string[]; region: string; subregion: string;
    demonyms?: Record<string, { f: string; m: string }>; cca2: string; currencies?: Record<string, { symbol?: string }>;
  }>;
  // the first currency a country lists, when it is written with "$"
  const dollarOf = new Map<string, string>();
  for (const c of countries) {
    const [code, cur] = Object.entries(c.currencies ?? {})[0] ?? [];
    if (code && cur?.symbol === '$') dollarOf.set(c.cca2, code);
  }
  demonyms = new Set();
  dollarDemonyms = new Map();
  const regions = new Set<string>();
  for (const c of countries) {
    const dollar = dollarOf.get(c.cca2);
    const place: Place = { canonical: c.name.common, kind: 'country', ...(dollar ? { dollar } : {}) };
    put(c.name.common, place);
    put(c.name.official, place);
    // two-letter codes ("CD", "IN", "IT") are words or noise far more often than countries
    for (const a of c.altSpellings) if (!/^[A-Z]{2}$/.test(a)) put(a, place);
    for (const cap of c.capital ?? []) put(cap, { canonical: cap, kind: 'city', ...(dollar ? { dollar } : {}) });
    if (c.region) regions.add(c.region);
    if (c.subregion) regions.add(c.subregion);
    const eng = c.demonyms?.['eng'];
    if (eng) for (const d of [eng.f, eng.m]) demonyms.add(d.toLowerCase());
    if (eng && dollar) for (const d of [eng.f, eng.m]) if (!dollarDemonyms.has(d.toLowerCase())) dollarDemonyms.set(d.toLowerCase(), dollar);
  }
  // Short forms the packages leave to the reader.
  const us = t.get('united states');
  if (us) for (const a of ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America']) t.set(normaliseName(a), us);
  const uk = t.get('united kingdom');
  if (uk) for (const a of ['UK', 'U.K.', 'Britain', 'Great Britain']) t.set(normaliseName(a), uk);
  for (const n of ['England', 'Scotland', 'Wales', 'Northern Ireland']) put(n, { canonical: n, kind: 'country' });
  // the short forms of states and provinces that news writes where the packages give only the full name
  for (const [short, full, dollar] of [['NSW', 'New South Wales', 'AUD'], ['Qld', 'Queensland', 'AUD'], ['B.C.', 'British Columbia', 'CAD']] as const) {
    put(short, { canonical: full, kind: 'region', dollar });
  }
  // English names the packages have replaced with the endonym
  const tr = t.get('türkiye');
  if (tr) t.set('turkey', tr);
  put('Kiev', { canonical: 'Kyiv', kind: 'city' });
  const states = (require('states-us') as { default: Array<{ name: string }> }).default;
  for (const s of states) put(s.name, { canonical: s.name, kind: 'state', dollar: 'USD' });
  for (const r of [...regions, ...MACRO_REGIONS]) put(r, { canonical: r.replace(/^the /, ''), kind: 'region' });
  for (const d of ['european', 'african', 'asian', 'american', 'latin', 'arab', 'western', 'eastern', 'baltic', 'nordic', 'scandinavian']) demonyms.add(d);
  const cities = (require('city-timezones') as { cityMapping: Array<{ city: string; city_ascii: string; pop: number; province: string; iso2: string }> }).cityMapping;
  // Largest first, so a name shared by several cities means the one a reader would think of.
  const byPop = [...cities].sort((a, b) => b.pop - a.pop || (a.city < b.city ? -1 : 1));
  for (const c of byPop) {
    const common = isCommonWord(c.city_ascii);
    if (c.pop < SMALL_CITY && common) continue;
    if (c.pop < MAJOR_CITY && common) continue;
    const place: Place = { canonical: c.city_ascii === c.city ? c.city : c.city_ascii, kind: 'city' };
    const dollar = dollarOf.get(c.iso2);
    if (dollar) place.dollar = dollar;
    if (common && c.pop < 1e6) place.ambiguous = true;
    if (c.pop < MAJOR_CITY) place.minor = true;
    put(c.city_ascii, place);
    put(c.city, place);
  }
  const provinces = new Map<string, string | undefined>();
  for (const c of byPop) if (c.province && !provinces.has(c.province)) provinces.set(c.province, dollarOf.get(c.iso2));
  for (const [p, dollar] of provinces) {
    // single-word provinces that are ordinary words ("Central", "Coast", "Lakes") are not evidence of anything
    if (!p.includes(' ') && !p.includes('-') && isCommonWord(p)) continue;
    put(p, { canonical: p, kind: 'region', minor: true, ...(dollar ? { dollar } : {}) });
  }
  return t;
}

export function lookupPlace(name: string): Place | null {
  table ??= build();
  return table.get(normaliseName(name)) ?? null;
}

/** The dollar a demonym's country writes as "$" ("Australian" → AUD, "American" → USD), if any. */
export function dollarOfDemonym(word: string): string | null {
  table ??= build();
  return dollarDemonyms!.get(word.toLowerCase()) ?? null;
}

/** "German", "Zambian", "European": adjectives of place, not names of anything. */
export function isDemonym(word: string): boolean {
  table ??= build();
  return demonyms!.has(word.toLowerCase());
}
