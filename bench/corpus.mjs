/**
 * Seeded synthetic news corpus for the benchmark: realistic lengths, figures, dates, names, furniture, and
 * stories shared across articles (reprints and independent write-ups of one event), so the cross-check has
 * real work. Deterministic for a given seed; written to a temporary folder, never committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mulberry32 } from '../dist/eval/prng.js';
import path from 'node:path';

export const prng = mulberry32;

const SYL = ['ar', 'bel', 'cor', 'dan', 'el', 'fen', 'gar', 'hol', 'is', 'jor', 'kel', 'lan', 'mor', 'nor', 'or', 'pel', 'quin', 'ros', 'sal', 'tor', 'ul', 'ven', 'wes', 'yor', 'zan'];
const ORG_TAIL = ['Systems', 'Group', 'Bank', 'Holdings', 'Energy', 'Motors', 'Ministry of Transport', 'City Council', 'Union', 'Airlines'];
const FIRST = ['Anna', 'Ben', 'Carla', 'David', 'Elena', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Kemi', 'Liam', 'Maya', 'Nikhil', 'Olga', 'Pedro'];
const PLACES = ['London', 'Paris', 'Berlin', 'Madrid', 'Toronto', 'Chicago', 'Sydney', 'Nairobi', 'Lagos', 'Mumbai', 'Tokyo', 'Lisbon', 'Warsaw', 'Dublin'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FILLER = [
  'The decision follows months of negotiation between the parties, according to people familiar with the talks.',
  'Critics said the plan did not go far enough, while supporters called it a pragmatic compromise.',
  'The announcement came as markets weighed the outlook for interest rates and consumer demand.',
  'Officials declined to comment on the details, citing ongoing discussions with regulators.',
  'Local businesses said they were watching the situation closely and preparing for disruption.',
  'Analysts noted that similar measures elsewhere had produced mixed results in the first year.',
  'The company said it remained committed to its long-term strategy despite the short-term pressure.',
  'Residents gathered outside the town hall on the evening of the vote to voice their concerns.',
];

function cap(s) {
  return s[0].toUpperCase() + s.slice(1);
}

export function generate(n, seed = 42) {
  const rnd = prng(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const name = () => cap(pick(SYL) + pick(SYL) + pick(SYL));
  // a pool of events; each article reports one, so figures recur across articles
  const events = Array.from({ length: Math.max(5, Math.floor(n / 6)) }, () => {
    const org = `${name()} ${pick(ORG_TAIL)}`;
    return {
      org,
      person: `${pick(FIRST)} ${name()}`,
      place: pick(PLACES),
      month: pick(MONTHS),
      year: int(2019, 2025),
      revenue: (int(12, 980) / 10).toFixed(1),
      pct: int(2, 35),
      jobs: int(120, 9000).toLocaleString('en-US'),
      day: int(1, 28),
    };
  });
  const articles = [];
  for (let i = 0; i < n; i++) {
    const reprintOf = i > 10 && rnd() < 0.1 ? articles[int(0, articles.length - 1)] : null;
    if (reprintOf) {
      const lines = reprintOf.text.split('\n');
      lines[0] = `${pick(['UPDATE:', 'Report:', 'Business:'])} ${lines[0]}`;
      articles.push({ name: `a${String(i).padStart(6, '0')}.txt`, text: lines.join('\n') });
      continue;
    }
    const e = pick(events);
    const paras = [];
    paras.push(`${e.org} reports ${pick(['record', 'weaker', 'mixed', 'strong'])} results as ${e.place} market shifts`);
    paras.push('');
    paras.push(`By ${pick(FIRST)} ${name()}`);
    paras.push('');
    paras.push(`${e.place.toUpperCase()}, ${e.month} ${e.day} - ${e.org} said on ${pick(['Monday', 'Tuesday', 'Thursday'])} that revenue rose ${e.pct}% to $${e.revenue} billion in ${e.year}, ${pick(['beating', 'missing', 'matching'])} analyst forecasts.`);
    const body = int(4, 14);
    for (let p = 0; p < body; p++) {
      paras.push('');
      const sentences = [];
      const k = int(2, 6);
      for (let s = 0; s < k; s++) {
        const r = rnd();
        if (r < 0.18) sentences.push(`The company plans to cut ${e.jobs} jobs by the end of ${e.year + 1}, chief executive ${e.person} told reporters.`);
        else if (r < 0.3) sentences.push(`About ${int(2, 90)} percent of customers in ${pick(PLACES)} said prices were too high, a survey by ${name()} Research found.`);
        else if (r < 0.4) sentences.push(`In late ${pick(MONTHS)} ${e.year}, the board approved a ${int(1, 40)}-member advisory panel and a budget of £${int(2, 700)}m.`);
        else if (r < 0.48) sentences.push(`Shares fell ${int(1, 12)}.${int(0, 9)}% in ${pick(PLACES)} trading, while the wider index was flat.`);
        else sentences.push(pick(FILLER));
      }
      paras.push(sentences.join(' '));
    }
    paras.push('');
    paras.push(pick(['Share this article', 'Subscribe to our newsletter', 'Related stories', 'Advertisement']));
    articles.push({ name: `a${String(i).padStart(6, '0')}.txt`, text: paras.join('\n') + '\n' });
  }
  return articles;
}

export function writeCorpus(dir, n, seed = 42) {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const a of generate(n, seed)) {
    writeFileSync(path.join(dir, a.name), a.text);
    bytes += Buffer.byteLength(a.text);
  }
  return bytes;
}
