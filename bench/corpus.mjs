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
// Tails the cross-check does not count as a shared word of two names (crosscheck/index.ts SUBJECT_STOP): it
// takes "Jorholkel Airlines" and "Roszangar Airlines" as possibly one subject, and with one template per
// sentence a thousand such airlines would corroborate and contradict each other wholesale — a tangle that a
// real archive, written in varied words, does not have. The tangle is real but belongs to the cross-check's
// subject test, not to how time grows with the corpus, which is what this corpus measures.
const ORG_TAIL = ['Group', 'Inc', 'Ltd', 'Plc', 'Corp', 'Company', 'City Council', 'National Group', 'Holdings Inc', 'Company Ltd'];
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
      // what the event's other sentences report: the same in every article about it, as in real coverage
      survey: int(2, 90),
      surveyPlace: pick(PLACES),
      surveyor: name(),
      panel: int(1, 40),
      budget: int(2, 700),
      fall: `${int(1, 12)}.${int(0, 9)}`,
      market: pick(PLACES),
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
    // each fact of the event at most once an article, as a reporter writes it (repeating one sentence five
    // times an article multiplied every corroboration and contradiction twenty-five-fold)
    const told = new Set();
    for (let p = 0; p < body; p++) {
      paras.push('');
      const sentences = [];
      const k = int(2, 6);
      for (let s = 0; s < k; s++) {
        let r = rnd();
        const fact = r < 0.18 ? 'jobs' : r < 0.3 ? 'survey' : r < 0.4 ? 'board' : r < 0.48 ? 'shares' : 'filler';
        if (fact !== 'filler' && told.has(fact)) r = 1;
        told.add(fact);
        // one article in twenty misreports a figure of its event: the cross-check has real contradictions to find
        const v = (x, other) => (rnd() < 0.05 ? other : x);
        if (r < 0.18) sentences.push(`${e.org} plans to cut ${e.jobs} jobs by the end of ${e.year + 1}, chief executive ${e.person} told reporters.`);
        else if (r < 0.3) sentences.push(`About ${v(e.survey, int(2, 90))} percent of ${e.org} customers in ${e.surveyPlace} said prices were too high, a survey by ${e.surveyor} Research found.`);
        else if (r < 0.4) sentences.push(`In late ${e.month} ${e.year}, the ${e.org} board approved a ${e.panel}-member advisory panel and a budget of £${v(e.budget, int(2, 700))}m.`);
        else if (r < 0.48) sentences.push(`${e.org} shares fell ${e.fall}% in ${e.market} trading, while the wider index was flat.`);
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
