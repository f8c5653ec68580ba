/**
 * `npm run eval:corpora`: figure extraction measured on real text nobody tuned for, read in place from
 * ../shared/corpora (never copied into the repository).
 *
 * - QuanTemp (fact-checked numerical claims, one sentence each): over the claims that state a figure other
 *   than a year, the share in which credence extracts at least one figure; and every extracted figure that is
 *   a bare year, which must be none.
 * - BBC News (2,225 articles): how many figures are extracted, and a fixed pseudo-random sample of them with
 *   their sentences, for a person to check by hand.
 *
 * Usage: node dist/eval/corpora.js [--corpora DIR] [--sample N] [--seed N] [--misses]
 */
import { mulberry32 } from './prng.js';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../analyze/index.js';
import { decode } from '../read.js';
import { escapeControls } from '../text/sanitize.js';
import type { Figure } from '../types.js';

/** ../shared/corpora beside the repository this file was built in. */
export const DEFAULT_CORPORA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpora');

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

/**
 * What is not a figure when deciding whether a claim states one, blanked before looking for numbers. Written
 * from the labelling conventions in fixtures/README.md (years, date parts, times, ordinals, identifiers, names
 * with digits), independently of the extractor's own masks.
 */
const NOT_FIGURES: RegExp[] = [
  /\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+/gi,
  // names and codes that carry digits: COVID-19, 5G, G7, H1N1, F-35, MP3, BREATHE-2
  /\b[\p{L}]+[-‑]?\d+[\p{L}\d-]*\b|\b\d+[\p{L}]+\d*[\p{L}]*\b/gu,
  // identifiers: Interstate 696, Section 230, Title 42, stage 4 (cancer), No. 10, Form 1099, Boeing 737
  /\b(?:No\.?|Nos\.?|number|Interstate|Highway|Route|Section|Sec\.|Title|Article|Chapter|Proposition|Prop\.?|Amendment|Bill|Rule|Form|Flight|Stage|Phase|Level|Grade|Category|Class|Type|Gate|Room|Apollo|Boeing|Airbus|Windows|iPhone|Galaxy|Pixel|Series|Season|Episode|Volume|Vol\.|Act|Resolution|Order|Paragraph|Clause|District|Ward|Precinct|Channel|Pier|Platform|Terminal|Unit|Lot|Exhibit|Psalm|John|Matthew|Luke|Mark|Genesis|Revelation|Corinthians|World War|WWI*|Catch|Area|Air Force|Studio|Law|Sections|Asteroid|Issue)\s*#?\d[\d.:-]*\b/gi,
  /#\d+\b/g,
  // number words inside names, capitalised mid-sentence: "the Seven Years' War", "the Ten Commandments"
  /(?<=\S\s+)\b(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Hundred|Thousand|Million|Billion)\b(?=\s+\p{Lu})/gu,
  // dates and date parts: "Sept. 10", "August 13, 2021", "13 August", "9/11", "2021-03-05", "the 1970s"
  new RegExp(String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–/]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?${MONTH}(?![a-z])`, 'gi'),
  /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b\d{1,2}\/\d{1,2}\b|\b24\/7\b/g,
  /\b(?:1[89]|20)\d0s\b|'\d0s\b/g,
  // years, alone or in ranges: 2017, 2014-2015, 2014-15, FY2020
  /\b(?:1[89]\d\d|20\d\d|2100)(?:\s*[-–\/]\s*(?:1[89]\d\d|20\d\d|\d\d))?\b/g,
  // times of day and clock readings
  /\b\d{1,2}(?::\d\d)+\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b)|\b\d{1,2} o'clock\b/gi,
  // ordinals
  /\b\d+(?:st|nd|rd|th)\b/gi,
  // phone numbers
  /\+?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g,
];

/** Cardinal number words. "one" is left out: "one of", "no one" and "one day" state no quantity. */
const NUMBER_WORD = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|crores?|lakhs?|half of|a third of|two[- ]thirds|a quarter of|three[- ]quarters)\b/i;

/**
 * Does the claim state a figure other than a year? Yes when, after blanking the non-figures above, a digit or a
 * cardinal number word is left.
 */
export function statesFigure(claim: string): boolean {
  let s = claim;
  for (const re of NOT_FIGURES) s = s.replace(re, (m) => ' '.repeat(m.length));
  return /\d/.test(s) || NUMBER_WORD.test(s);
}

/** A figure that is only a year: four digits between 1800 and 2100, with no currency, percentage or unit. */
export function isBareYear(f: Figure): boolean {
  const digits = f.text.match(/\d[\d,.]*/g) ?? [];
  if (digits.length !== 1 || !/^\d{4}$/.test(digits[0]!)) return false;
  const v = Number(digits[0]);
  if (v < 1800 || v > 2100) return false;
  return f.unit === 'count' && !/[%$€£¥]/.test(f.text);
}

export interface ClaimMeasure {
  claims: number;
  stating: number;
  withFigure: number;
  share: number;
  /** Claims that state a figure but got none. */
  misses: string[];
  /** Extracted figures that are bare years, with their claim. */
  bareYears: Array<{ figure: string; claim: string }>;
}

function readClaims(file: string): string[] {
  const rows = readFileSync(file, 'utf8').split(/\r?\n/);
  const header = rows.shift()!.split('\t');
  const col = header.indexOf('claim');
  if (col < 0) throw new Error(`${file}: no "claim" column`);
  return rows.filter((r) => r.trim() !== '').map((r) => r.split('\t')[col]!.trim());
}

/** QuanTemp's test claims (test_claims.tsv, column "claim"). */
export function measureQuantemp(dir: string): ClaimMeasure {
  const claims = readClaims(path.join(dir, 'test_claims.tsv'));
  let stating = 0;
  let withFigure = 0;
  const misses: string[] = [];
  const bareYears: ClaimMeasure['bareYears'] = [];
  claims.forEach((claim, i) => {
    const figures = analyzeArticle(`claim-${i + 1}.txt`, claim + '\n', { referenceDate: null }).figures;
    for (const f of figures) if (isBareYear(f)) bareYears.push({ figure: f.text, claim });
    if (!statesFigure(claim)) return;
    stating++;
    if (figures.length > 0) withFigure++;
    else misses.push(claim);
  });
  return { claims: claims.length, stating, withFigure, share: stating ? withFigure / stating : 1, misses, bareYears };
}

export interface SampledFigure {
  path: string;
  line: number;
  text: string;
  value: number;
  unit: string;
  bound: string;
  sentence: string;
}

export interface ArticleMeasure {
  articles: number;
  unreadable: number;
  figures: number;
  bareYears: number;
  sample: SampledFigure[];
}

function textFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string): void => {
    for (const e of readdirSync(d).sort()) {
      const p = path.join(d, e);
      if (statSync(p).isDirectory()) visit(p);
      else if (e.endsWith('.txt') && e !== 'README.TXT') out.push(p);
    }
  };
  visit(dir);
  return out;
}

/** Every .txt article under `dir`: figures in total, and `size` of them drawn with `seed`. */
export function measureArticles(dir: string, size = 100, seed = 20250306): ArticleMeasure {
  const all: SampledFigure[] = [];
  let articles = 0;
  let unreadable = 0;
  let bareYears = 0;
  for (const file of textFiles(dir)) {
    const r = decode(readFileSync(file));
    if (!r.ok) {
      unreadable++;
      continue;
    }
    articles++;
    const a = analyzeArticle(path.relative(dir, file).split(path.sep).join('/'), r.text);
    for (const f of a.figures) {
      if (isBareYear(f)) bareYears++;
      const s = a.sentences[f.sentence]!;
      all.push({ path: a.path, line: f.line, text: f.text, value: f.value, unit: f.unit, bound: f.bound, sentence: a.text.slice(s.start, s.end) });
    }
  }
  // a partial Fisher–Yates shuffle over the figures in file order
  const rnd = mulberry32(seed);
  const pool = [...all];
  const n = Math.min(size, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rnd() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const sample = pool.slice(0, n).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  return { articles, unreadable, figures: all.length, bareYears, sample };
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const root = path.resolve(argValue(args, '--corpora') ?? DEFAULT_CORPORA);
  const size = Number(argValue(args, '--sample') ?? 100);
  const seed = Number(argValue(args, '--seed') ?? 20250306);
  const clean = (s: string): string => escapeControls(s.replace(/\s+/g, ' ').trim());
  let failed = false;

  const qt = path.join(root, 'quantemp');
  if (existsSync(path.join(qt, 'test_claims.tsv'))) {
    const m = measureQuantemp(qt);
    console.log(`QuanTemp test claims: ${m.claims}; stating a figure other than a year: ${m.stating}`);
    console.log(`  with at least one extracted figure: ${m.withFigure} (${(m.share * 100).toFixed(1)}%)`);
    console.log(`  extracted figures that are bare years: ${m.bareYears.length}`);
    for (const b of m.bareYears) console.log(`    YEAR ${clean(b.figure)} | ${clean(b.claim)}`);
    if (m.bareYears.length) failed = true;
    if (args.includes('--misses')) for (const c of m.misses) console.log(`    MISS ${clean(c)}`);
  } else {
    console.log(`QuanTemp: skipped, ${qt} not found`);
  }

  const bbc = path.join(root, 'bbc');
  if (existsSync(bbc)) {
    const m = measureArticles(bbc, size, seed);
    console.log('');
    console.log(`BBC News: ${m.articles} articles (${m.unreadable} unreadable), ${m.figures} figures, ${m.bareYears} bare years`);
    console.log(`Sample of ${m.sample.length} figures (seed ${seed}), to check by hand:`);
    m.sample.forEach((f, i) => {
      console.log(`${String(i + 1).padStart(3)}. ${f.path}:${f.line}  "${clean(f.text)}" = ${f.value} ${f.unit} (${f.bound})`);
      console.log(`     ${clean(f.sentence)}`);
    });
  } else {
    console.log(`BBC News: skipped, ${bbc} not found`);
  }
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
