/**
 * The per-article extraction cache (`--cache`). What one article yields depends only on its bytes, the code
 * that analyses it and the analysis options, so an entry is keyed by a SHA-256 of exactly those: a file
 * touched but unchanged, a fresh CI checkout (new mtimes) or a renamed file all hit; any edit, another
 * version of credence, an edited analysis module or another `--date` / pattern list misses. Metadata (mtime,
 * size) is never trusted, which is what makes a cache restored in CI safe.
 *
 * One small JSON file per entry, under a two-character fan-out (like git objects): workers read and write
 * entries in parallel, a crash or a concurrent run leaves no half-written entry (write to a temporary name,
 * then rename), and a corrupt entry costs one re-analysis, never the run. The cache is never pruned; entries
 * of other versions or settings are only unused: delete the folder to reclaim the space.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DisclosurePattern } from './analyze/disclosure-patterns.js';
import type { PolarityPair } from './analyze/claims.js';
import type { ArticleAnalysis } from './types.js';
import { VERSION } from './version.js';

/** Bumped when the entry layout changes. */
const ENTRY_FORMAT = 1;

export interface CacheSettings {
  dir: string;
  /** Digest of everything but the bytes that decides an article's analysis (see cacheNamespace). */
  namespace: string;
}

/** What the analysis of one article depends on besides its bytes. */
export interface AnalysisInputs {
  referenceDate: string | null;
  disclosurePatterns: DisclosurePattern[];
  polarityPairs: PolarityPair[];
}

/** An article's analysis as stored: without its path (the same bytes may live at several paths) and text (re-read). */
export type CachedAnalysis = Omit<ArticleAnalysis, 'path' | 'text'>;

const here = path.dirname(fileURLToPath(import.meta.url));
const packageRoot = path.resolve(here, '..');

/** Modules whose code decides what an article yields (relative to this file's folder; folders are taken whole). */
const ANALYSIS_CODE = ['analyze', 'text', 'nlp', 'read', 'suppress', 'types', 'workers/task'];

let fingerprint: string | null = null;

/**
 * A digest of the analysis code and of the installed versions of the libraries it calls. The version
 * number alone would keep serving stale entries to anyone running credence from a checkout between releases.
 */
export function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const h = createHash('sha256').update(`credence ${VERSION}\n`);
  const files: string[] = [];
  for (const entry of ANALYSIS_CODE) {
    const abs = path.join(here, entry);
    let isDir = false;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      /* a single module: found with its extension below */
    }
    if (isDir) for (const f of readdirSync(abs).sort()) files.push(path.join(abs, f));
    else for (const ext of ['.js', '.ts']) files.push(abs + ext);
  }
  for (const f of files) {
    if (/\.(?:d\.ts|map)$/.test(f)) continue;
    try {
      h.update(`${path.relative(here, f)}\n`).update(readFileSync(f));
    } catch {
      /* .ts next to .js, or the other way round: whichever exists counts */
    }
  }
  try {
    const pkg = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const name of Object.keys(pkg.dependencies ?? {}).sort()) {
      let version = pkg.dependencies![name]!;
      try {
        version = (JSON.parse(readFileSync(path.join(packageRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
      } catch {
        /* installed elsewhere (hoisted): the declared range stands in */
      }
      h.update(`${name}@${version}\n`);
    }
  } catch {
    /* no package.json beside dist: the version and the code still count */
  }
  fingerprint = h.digest('hex');
  return fingerprint;
}

export function cacheNamespace(inputs: AnalysisInputs): string {
  return createHash('sha256')
    .update(`${ENTRY_FORMAT}\n${codeFingerprint()}\n`)
    .update(JSON.stringify([inputs.referenceDate, inputs.disclosurePatterns, inputs.polarityPairs]))
    .digest('hex');
}

/**
 * The default location, as babel-loader, ESLint's and Prettier's ecosystem put theirs: `node_modules/.cache/
 * credence` of the nearest folder (from `cwd` up) with a package.json, else the user's cache folder
 * ($XDG_CACHE_HOME or ~/.cache). Both lie in folders credence never walks (node_modules, hidden folders), so
 * the cache never lands among the articles it analyses.
 */
export function defaultCacheDir(cwd: string): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    try {
      if (statSync(path.join(dir, 'package.json')).isFile()) return path.join(dir, 'node_modules', '.cache', 'credence');
    } catch {
      /* keep climbing */
    }
    if (path.dirname(dir) === dir) break;
  }
  const base = process.env.XDG_CACHE_HOME && path.isAbsolute(process.env.XDG_CACHE_HOME) ? process.env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(base, 'credence');
}

const ARRAY_FIELDS = ['lineStarts', 'lineRoles', 'sentences', 'entities', 'figures', 'dates', 'disclosures', 'artifacts', 'claims', 'events', 'shingles'] as const;

/** The top-level shape of an analysis read back from JSON (cache entries, extraction records). */
export function hasAnalysisShape(a: unknown): a is CachedAnalysis {
  if (typeof a !== 'object' || a === null) return false;
  const r = a as Record<string, unknown>;
  return typeof r.title === 'string' && (r.date === null || typeof r.date === 'string') && ARRAY_FIELDS.every((k) => Array.isArray(r[k]));
}

/** A parsed entry is used only when it has the shape of an analysis; anything else is a miss. */
function validEntry(x: unknown): x is { format: number; analysis: CachedAnalysis } {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as { format?: unknown; analysis?: unknown };
  return e.format === ENTRY_FORMAT && hasAnalysisShape(e.analysis);
}

export class ArticleCache {
  private readonly madeDirs = new Set<string>();
  /** The first write that failed (read-only folder, full disk); later writes are not attempted. */
  writeError: string | null = null;

  constructor(readonly settings: CacheSettings) {}

  keyOf(bytes: Uint8Array): string {
    return createHash('sha256').update(this.settings.namespace).update(bytes).digest('hex');
  }

  private file(key: string): string {
    return path.join(this.settings.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The stored analysis, or null when absent, unreadable or corrupt. */
  get(key: string): CachedAnalysis | null {
    let raw: string;
    try {
      raw = readFileSync(this.file(key), 'utf8');
    } catch {
      return null;
    }
    try {
      const parsed: unknown = JSON.parse(raw);
      return validEntry(parsed) ? parsed.analysis : null;
    } catch {
      return null;
    }
  }

  set(key: string, analysis: ArticleAnalysis): void {
    if (this.writeError) return;
    const { path: _path, text: _text, ...stored } = analysis;
    void _path;
    void _text;
    const file = this.file(key);
    try {
      const dir = path.dirname(file);
      if (!this.madeDirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        this.madeDirs.add(dir);
      }
      // a unique temporary name, then an atomic rename: readers see the old entry or the whole new one
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(tmp, JSON.stringify({ format: ENTRY_FORMAT, analysis: stored }));
      renameSync(tmp, file);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      this.writeError = `${err.code ?? err.message} writing ${this.settings.dir}`;
    }
  }
}
