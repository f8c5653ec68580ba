/**
 * Extraction records: `credence extract --format jsonl --full` writes one self-contained JSON line per
 * article (the whole ArticleAnalysis, text included) or skipped file; `credence check --from-extractions`
 * reads them back and runs only the cross-check, rules and report. Every line names its format and the
 * credence version that wrote it, so shards extracted on different machines can simply be concatenated.
 *
 * The text travels with the record: the rules quote it (excerpts, related places) and the directives live in
 * it (the cross-check's topic keywords are worked out at extraction, and travel in the record too). Keeping
 * only quoted sentences would save less than it seems — the text is about a sixth of a record on newswire copy
 * (see docs/scaling.md) — and would tie the record format to what today's rules happen to quote.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { hasAnalysisShape } from '../cache.js';
import { UsageError } from '../errors.js';
import type { ArticleAnalysis, Notice } from '../types.js';
import { VERSION } from '../version.js';
import { cacheable } from '../workers/task.js';

export const RECORD_FORMAT = 'credence-extraction/1';

interface ArticleRecord {
  format: string;
  version: string;
  article: ArticleAnalysis;
  /** Present when some number is not finite (JSON has no Infinity): such numbers are written as strings. */
  nonFinite?: true;
}

interface NoticeRecord {
  format: string;
  version: string;
  notice: Notice;
}

const encodeNonFinite = (_: string, v: unknown): unknown => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v);
const NON_FINITE = new Set(['Infinity', '-Infinity', 'NaN']);
/** Only figure values, precisions and range ends can be non-finite (see cacheable). */
const NUMERIC_KEYS = new Set(['value', 'precision', '0', '1']);
const decodeNonFinite = (k: string, v: unknown): unknown => (typeof v === 'string' && NON_FINITE.has(v) && NUMERIC_KEYS.has(k) ? Number(v) : v);

export function articleRecord(article: ArticleAnalysis): string {
  if (cacheable(article)) return JSON.stringify({ format: RECORD_FORMAT, version: VERSION, article }) + '\n';
  return JSON.stringify({ format: RECORD_FORMAT, version: VERSION, nonFinite: true, article }, encodeNonFinite) + '\n';
}

export function noticeRecord(notice: Notice): string {
  return JSON.stringify({ format: RECORD_FORMAT, version: VERSION, notice }) + '\n';
}

export interface Extractions {
  articles: ArticleAnalysis[];
  notices: Notice[];
}

function isNotice(n: unknown): n is Notice {
  const x = n as Notice | null;
  return typeof x === 'object' && x !== null && typeof x.path === 'string' && typeof x.message === 'string' && ['skipped', 'error', 'warning'].includes(x.level);
}

/** Reads extraction files ("-": standard input), in the order given; articles come back sorted by path. */
export async function readExtractions(files: string[], cwd: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<Extractions> {
  const byPath = new Map<string, { article: ArticleAnalysis; where: string }>();
  const notices: Notice[] = [];
  for (const file of files) {
    const name = file === '-' ? '<stdin>' : file;
    let input: NodeJS.ReadableStream;
    if (file === '-') input = stdin;
    else {
      const stream = createReadStream(path.resolve(cwd, file), { encoding: 'utf8' });
      // an unreadable file is a usage error, reported before any line is read
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', (e: NodeJS.ErrnoException) => reject(new UsageError(`cannot read extractions ${file}: ${e.code ?? e.message}`)));
      });
      input = stream;
    }
    let lineNo = 0;
    let records = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNo++;
      if (line.trim() === '') continue;
      const where = `${name}:${lineNo}`;
      let rec: Partial<ArticleRecord & NoticeRecord>;
      try {
        rec = JSON.parse(line) as Partial<ArticleRecord & NoticeRecord>;
        if (rec.nonFinite) rec = JSON.parse(line, decodeNonFinite) as Partial<ArticleRecord & NoticeRecord>;
      } catch {
        throw new UsageError(`${where}: not a JSON line (write extractions with: credence extract PATH --format jsonl --full)`);
      }
      if (typeof rec !== 'object' || rec === null || rec.format !== RECORD_FORMAT) {
        throw new UsageError(`${where}: not a credence extraction record (write them with: credence extract PATH --format jsonl --full)`);
      }
      // What an article yields changes between versions; mixing them would cross-check unlike with unlike.
      if (rec.version !== VERSION) throw new UsageError(`${where}: extracted by credence ${String(rec.version)}, this is ${VERSION}: extract again`);
      records++;
      if (rec.notice !== undefined) {
        if (!isNotice(rec.notice)) throw new UsageError(`${where}: malformed notice record`);
        notices.push(rec.notice);
        continue;
      }
      const a = rec.article;
      if (!hasAnalysisShape(a) || typeof (a as ArticleAnalysis).path !== 'string' || typeof (a as ArticleAnalysis).text !== 'string') {
        throw new UsageError(`${where}: malformed article record`);
      }
      const prior = byPath.get(a.path);
      if (prior) throw new UsageError(`${where}: ${a.path} was already read at ${prior.where} (overlapping shards?)`);
      byPath.set(a.path, { article: a, where });
    }
    if (records === 0) throw new UsageError(`${name} holds no extraction records`);
  }
  const articles = [...byPath.values()].map((x) => x.article).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { articles, notices };
}
