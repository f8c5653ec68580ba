/**
 * One article from source to analysis: read, decode, look up the cache, blank out directives, analyse.
 * The same code runs in the main thread (`--jobs 1`, few files) and in each worker thread, so the result
 * cannot depend on where it ran. Whatever goes wrong stays this article's notice.
 */
import { analyzeArticle, type AnalyzeOptions } from '../analyze/index.js';
import { compilePatterns } from '../analyze/disclosures.js';
import { POLARITY_PAIRS } from '../analyze/claims.js';
import { ArticleCache, type AnalysisInputs, type CacheSettings } from '../cache.js';
import { decode, readBytes, type ReadResult } from '../read.js';
import { maskDirectives } from '../suppress.js';
import { lineStarts } from '../text/lines.js';
import type { ArticleAnalysis, Notice } from '../types.js';

/** Everything a thread needs to analyse articles: plain data, so it can be posted to a worker. */
export interface TaskSettings extends AnalysisInputs {
  maxFileSize: number;
  cache: CacheSettings | null;
}

/** Where an article comes from: a file to read, or text given in memory (stdin, an editor's buffer). */
export interface ArticleSource {
  /** The path shown in the report. */
  rel: string;
  abs?: string;
  text?: string | Uint8Array;
}

export interface ArticleOutcome {
  analysis: ArticleAnalysis | null;
  notices: Notice[];
  /** The analysis came from the cache. */
  cached: boolean;
}

function readGiven(text: string | Uint8Array, maxFileSize: number): ReadResult {
  if (typeof text !== 'string') {
    if (text.length > maxFileSize) return { ok: false, reason: `larger than --max-file-size (${text.length} > ${maxFileSize} bytes)` };
    return decode(text);
  }
  if (text.trim() === '') return { ok: false, reason: 'no text (whitespace only)' };
  return { ok: true, text, encoding: 'string', warnings: [] };
}

export class ArticleAnalyser {
  private readonly options: AnalyzeOptions;
  readonly cache: ArticleCache | null;

  constructor(private readonly settings: TaskSettings) {
    this.options = {
      referenceDate: settings.referenceDate,
      ...(settings.disclosurePatterns.length ? { disclosurePatterns: compilePatterns(settings.disclosurePatterns) } : {}),
      ...(settings.polarityPairs.length ? { polarityPairs: [...POLARITY_PAIRS, ...settings.polarityPairs] } : {}),
    };
    this.cache = settings.cache ? new ArticleCache(settings.cache) : null;
  }

  async run(source: ArticleSource): Promise<ArticleOutcome> {
    const notices: Notice[] = [];
    let bytes: Uint8Array | null = null;
    let read: ReadResult;
    if (source.text !== undefined) {
      read = readGiven(source.text, this.settings.maxFileSize);
      if (read.ok && this.cache) bytes = typeof source.text === 'string' ? Buffer.from(source.text, 'utf8') : source.text;
    } else {
      const r = await readBytes(source.abs!, this.settings.maxFileSize);
      if (!r.ok) read = r;
      else {
        bytes = r.bytes;
        read = decode(r.bytes);
      }
    }
    if (!read.ok) return { analysis: null, notices: [{ path: source.rel, level: 'skipped', message: read.reason }], cached: false };
    for (const w of read.warnings) notices.push({ path: source.rel, level: 'warning', message: w });
    const key = this.cache && bytes ? this.cache.keyOf(bytes) : null;
    if (key) {
      const hit = this.cache!.get(key);
      if (hit) return { analysis: { path: source.rel, ...hit, text: read.text } as ArticleAnalysis, notices, cached: true };
    }
    try {
      // Directives are analysed as blanks, but the article keeps its text (for excerpts and the directives).
      const masked = maskDirectives(read.text, lineStarts(read.text));
      const a = analyzeArticle(source.rel, masked, this.options);
      const analysis = masked === read.text ? a : { ...a, text: read.text };
      if (key && cacheable(analysis)) this.cache!.set(key, analysis);
      return { analysis, notices, cached: false };
    } catch (e) {
      notices.push({ path: source.rel, level: 'error', message: `internal error while analysing: ${(e as Error).message}` });
      return { analysis: null, notices, cached: false };
    }
  }
}

/**
 * JSON (the cache's and the extraction records' format) turns Infinity and NaN into null; a figure too large
 * for a double ("1" and 400 zeros) would come back changed, so such an article is not cached.
 */
export function cacheable(a: ArticleAnalysis): boolean {
  return a.figures.every((f) => Number.isFinite(f.value) && Number.isFinite(f.precision) && (!f.range || (Number.isFinite(f.range[0]) && Number.isFinite(f.range[1]))));
}
