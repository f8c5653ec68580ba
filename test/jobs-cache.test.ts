/**
 * Worker threads and the article cache, through the library API of the compiled build (worker threads run
 * the compiled worker module; `npm test` builds first). The report must not depend on either.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, type CredenceOptions, type RunStats } from '../dist/index.js';
import { json } from '../dist/formatters/json.js';
import { defaultCacheDir } from '../dist/cache.js';
import { MIN_ARTICLES_PER_THREAD, threadsFor } from '../dist/engine.js';
import { ROOT } from './helpers.js';
import { workspace, write } from './workspace.js';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});
function temp(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'credence-cache-'));
  temps.push(d);
  return d;
}

async function run(paths: string[], opts: CredenceOptions): Promise<{ out: string; stats: RunStats }> {
  const stats = {} as RunStats;
  const report = await analyze(paths, { ...opts, stats });
  return { out: json(report, { color: false }), stats };
}

/** Every file under `dir`, relative, sorted. */
function listing(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string): void => {
    for (const e of readdirSync(d).sort()) {
      const p = path.join(d, e);
      if (statSync(p).isDirectory()) visit(p);
      else out.push(path.relative(dir, p));
    }
  };
  visit(dir);
  return out;
}

/** `n` short articles that share figures, so the cross-check has work; plus what cannot be analysed. */
function corpus(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const town = ['Leeds', 'Bristol', 'Cardiff', 'Belfast'][i % 4];
    files[`news/a${String(i).padStart(3, '0')}.txt`] =
      `${town} council approves budget ${i}\n\nThe ${town} council approved a budget of £${100 + (i % 7)}m on Monday, ` +
      `officials said. About ${1200 + (i % 5) * 10} jobs depend on it, the union said.\n`;
  }
  return files;
}

describe('--jobs', () => {
  it('gives byte-identical JSON with 1 and 2 threads on fixtures/ and seeds/', async () => {
    const one = await run(['fixtures'], { cwd: ROOT, jobs: 1 });
    const two = await run(['fixtures'], { cwd: ROOT, jobs: 2 });
    expect(one.stats.threads).toBe(1);
    expect(two.stats.threads).toBe(2);
    expect(two.out).toBe(one.out);
    // seeds/ alone is too small for threads: analysed together with fixtures/, its articles go through them
    const seedsOne = await run(['seeds', 'fixtures'], { cwd: ROOT, jobs: 1 });
    const seedsTwo = await run(['seeds', 'fixtures'], { cwd: ROOT, jobs: 2 });
    expect(seedsTwo.stats.threads).toBe(2);
    expect(seedsTwo.out).toBe(seedsOne.out);
    expect(JSON.parse(seedsTwo.out).articles.filter((a: { path: string }) => a.path.startsWith('seeds/')).length).toBe(5);
  }, 180_000); // four runs over every fixture set, the disclosure sets dense with triggers

  it('keeps a bad file its own notice in a threaded run', async () => {
    const dir = workspace(corpus(70));
    write(dir, 'news/empty.txt', '');
    writeFileSync(path.join(dir, 'news', 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    const one = await run(['news'], { cwd: dir, jobs: 1 });
    const two = await run(['news'], { cwd: dir, jobs: 2 });
    expect(two.stats.threads).toBe(2);
    expect(two.out).toBe(one.out);
    const report = JSON.parse(two.out);
    expect(report.summary.articles).toBe(70);
    expect(report.notices.map((n: { path: string; level: string }) => `${n.path} ${n.level}`)).toEqual(['news/empty.txt skipped', 'news/image.txt skipped']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('uses threads only when there are enough articles to repay starting them', () => {
    expect(threadsFor(undefined, 10_000)).toBe(1); // the library's default is the calling thread
    expect(threadsFor(4, 2 * MIN_ARTICLES_PER_THREAD - 1)).toBe(1);
    expect(threadsFor(4, 2 * MIN_ARTICLES_PER_THREAD)).toBe(2);
    expect(threadsFor(2, 10_000)).toBe(2);
  });

  it('hands articles to onArticle in path order, whatever thread finished first', async () => {
    const dir = workspace(corpus(80));
    const seen: string[] = [];
    const { stats } = await run(['news'], { cwd: dir, jobs: 2, onArticle: (a) => seen.push(a.path) });
    expect(stats.threads).toBe(2);
    expect(seen.length).toBe(80);
    expect(seen).toEqual([...seen].sort());
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('--cache', () => {
  it('reuses unchanged articles, re-analyses only what changed, and gives the same report', async () => {
    const dir = workspace(corpus(12));
    const cacheLocation = temp();
    const before = listing(dir);
    const fresh = await run(['news'], { cwd: dir });
    const first = await run(['news'], { cwd: dir, cache: true, cacheLocation });
    expect(first.stats).toMatchObject({ analysed: 12, cached: 0, cacheDir: cacheLocation, cacheWriteError: null });
    expect(first.out).toBe(fresh.out);
    const second = await run(['news'], { cwd: dir, cache: true, cacheLocation });
    expect(second.stats).toMatchObject({ analysed: 0, cached: 12 });
    expect(second.out).toBe(fresh.out);

    write(dir, 'news/a003.txt', 'Leeds council rejects budget\n\nThe Leeds council rejected a budget of £104m on Monday, officials said.\n');
    const third = await run(['news'], { cwd: dir, cache: true, cacheLocation });
    expect(third.stats).toMatchObject({ analysed: 1, cached: 11 });
    expect(third.out).toBe((await run(['news'], { cwd: dir })).out);
    // the cache lives where it was told to, never among the articles
    expect(listing(dir)).toEqual(before);
    rmSync(dir, { recursive: true, force: true });
  });

  it('is keyed by content, not by path or time: a copy or a touched file hits', async () => {
    const dir = workspace(corpus(3));
    const cacheLocation = temp();
    await run(['news'], { cwd: dir, cache: true, cacheLocation });
    write(dir, 'copy/same.txt', readFileSync(path.join(dir, 'news/a001.txt'), 'utf8'));
    const again = await run(['news', 'copy'], { cwd: dir, cache: true, cacheLocation });
    expect(again.stats).toMatchObject({ analysed: 0, cached: 4 });
    expect(JSON.parse(again.out).articles.map((a: { path: string }) => a.path)).toContain('copy/same.txt');
    rmSync(dir, { recursive: true, force: true });
  });

  it('misses when an analysis option changes (reference date, configured patterns)', async () => {
    const dir = workspace(corpus(3));
    const cacheLocation = temp();
    await run(['news'], { cwd: dir, cache: true, cacheLocation });
    const dated = await run(['news'], { cwd: dir, cache: true, cacheLocation, referenceDate: '2024-05-01' });
    expect(dated.stats).toMatchObject({ analysed: 3, cached: 0 });
    const pairs = await run(['news'], {
      cwd: dir, cache: true, cacheLocation, polarityPairs: [{ family: 'shelving', positive: '\\brevived\\b', negative: '\\bshelved\\b' }],
    });
    expect(pairs.stats).toMatchObject({ analysed: 3, cached: 0 });
    expect((await run(['news'], { cwd: dir, cache: true, cacheLocation })).stats).toMatchObject({ analysed: 0, cached: 3 });
    rmSync(dir, { recursive: true, force: true });
  });

  it('ignores corrupt entries and runs on when the cache cannot be written', async () => {
    const dir = workspace(corpus(4));
    const cacheLocation = temp();
    const fresh = await run(['news'], { cwd: dir, cache: true, cacheLocation });
    const entries = listing(cacheLocation);
    expect(entries.length).toBe(4);
    writeFileSync(path.join(cacheLocation, entries[0]!), '{"format":1,"analysis":{"title":');
    writeFileSync(path.join(cacheLocation, entries[1]!), JSON.stringify({ format: 1, analysis: { title: 7 } }));
    const healed = await run(['news'], { cwd: dir, cache: true, cacheLocation });
    expect(healed.stats).toMatchObject({ analysed: 2, cached: 2 });
    expect(healed.out).toBe(fresh.out);
    expect((await run(['news'], { cwd: dir, cache: true, cacheLocation })).stats).toMatchObject({ analysed: 0, cached: 4 });

    const blocked = path.join(temp(), 'a-file');
    writeFileSync(blocked, 'not a folder');
    const unwritable = await run(['news'], { cwd: dir, cache: true, cacheLocation: blocked });
    expect(unwritable.stats.cacheWriteError).toMatch(/ENOTDIR|EEXIST/);
    expect(unwritable.out).toBe(fresh.out);
    rmSync(dir, { recursive: true, force: true });
  });

  it('works from worker threads, with the same entries as the calling thread', async () => {
    const dir = workspace(corpus(70));
    const cacheLocation = temp();
    const threaded = await run(['news'], { cwd: dir, jobs: 2, cache: true, cacheLocation });
    expect(threaded.stats).toMatchObject({ threads: 2, analysed: 70, cached: 0 });
    const inline = await run(['news'], { cwd: dir, jobs: 1, cache: true, cacheLocation });
    expect(inline.stats).toMatchObject({ threads: 1, analysed: 0, cached: 70 });
    expect(inline.out).toBe(threaded.out);
    rmSync(dir, { recursive: true, force: true });
  });

  it('defaults to node_modules/.cache of the nearest package, else the user cache folder', () => {
    const pkg = workspace({ 'package.json': '{}', 'articles/a.txt': 'x' });
    expect(defaultCacheDir(path.join(pkg, 'articles'))).toBe(path.join(pkg, 'node_modules', '.cache', 'credence'));
    const bare = workspace({ 'articles/a.txt': 'x' });
    const saved = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = path.join(bare, 'xdg');
    try {
      const dir = defaultCacheDir(path.join(bare, 'articles'));
      // no package.json above a temporary folder: the user's cache folder, outside the articles
      if (![tmpdir(), path.parse(bare).root].some((d) => existsSync(path.join(d, 'package.json')))) expect(dir).toBe(path.join(bare, 'xdg', 'credence'));
    } finally {
      if (saved === undefined) delete process.env.XDG_CACHE_HOME;
      else process.env.XDG_CACHE_HOME = saved;
    }
    rmSync(pkg, { recursive: true, force: true });
    rmSync(bare, { recursive: true, force: true });
  });
});
