/**
 * Places from maintained packages (world-countries for countries, their alternative spellings and capitals;
 * states-us for US states; city-timezones for cities of 250,000 people or more), so that "U.S.", "US" and
 * "United States" are one place and "Kyiv" is known to be a place without a hand-typed list.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface Place {
  canonical: string;
  kind: 'country' | 'state' | 'city';
}

let table: Map<string, Place> | null = null;

export function normaliseName(s: string): string {
  return s.replace(/[.\u2019']/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function build(): Map<string, Place> {
  const t = new Map<string, Place>();
  const put = (name: string, place: Place): void => {
    const k = normaliseName(name);
    if (k.length < 2 || t.has(k)) return;
    t.set(k, place);
  };
  const countries = require('world-countries') as Array<{
    name: { common: string; official: string }; altSpellings: string[]; capital?: string[]; cca2: string; cca3: string;
  }>;
  for (const c of countries) {
    const place: Place = { canonical: c.name.common, kind: 'country' };
    put(c.name.common, place);
    put(c.name.official, place);
    for (const a of c.altSpellings) if (a.length > 2 || /^[A-Z]{2}$/.test(a) === false) put(a, place);
    for (const cap of c.capital ?? []) put(cap, { canonical: cap, kind: 'city' });
  }
  // Short forms the packages leave to the reader.
  const us = t.get('united states');
  if (us) for (const a of ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America']) t.set(normaliseName(a), us);
  const uk = t.get('united kingdom');
  if (uk) for (const a of ['UK', 'U.K.', 'Britain', 'Great Britain']) t.set(normaliseName(a), uk);
  const states = (require('states-us') as { default: Array<{ name: string }> }).default;
  for (const s of states) put(s.name, { canonical: s.name, kind: 'state' });
  const cities = (require('city-timezones') as { cityMapping: Array<{ city: string; city_ascii: string; pop: number }> }).cityMapping;
  for (const c of cities) if (c.pop >= 250000) {
    put(c.city, { canonical: c.city, kind: 'city' });
    put(c.city_ascii, { canonical: c.city, kind: 'city' });
  }
  return t;
}

export function lookupPlace(name: string): Place | null {
  table ??= build();
  return table.get(normaliseName(name)) ?? null;
}
