/**
 * `--jobs N`: per-article analysis spread over N worker threads. Articles are independent (the cross-check
 * comes after, in the main thread), so the work is a queue; each worker keeps a few articles in flight so it
 * never waits for the main thread between two. Results are handed back by position, so the caller sees the
 * same order whatever thread finished first.
 *
 * Hand-written rather than piscina or tinypool: what is needed is a fixed set of threads, a per-worker model
 * load, a FIFO queue and crash handling — about a hundred lines — while those pools bring task cancellation,
 * idle timeouts, resizing and their own dependency trees, none of which this job uses.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleOutcome, ArticleSource, TaskSettings } from './task.js';

const WORKER_URL = new URL('./analyze-worker.js', import.meta.url);
/** Articles queued per worker: enough to hide the round trip, few enough to share the tail evenly. */
const IN_FLIGHT = 4;

/** Worker threads need the compiled worker module: absent when running from the TypeScript sources. */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

interface Reply {
  id: number;
  outcome: ArticleOutcome;
  cacheError: string | null;
}

export interface PoolRun {
  /** Called once per source, in completion order, with the source's position. */
  onOutcome: (index: number, outcome: ArticleOutcome) => void;
  onCacheError?: (message: string) => void;
}

/**
 * Analyses `sources` on `jobs` threads. Resolves with the positions no thread could take (every thread died
 * before finishing an article, e.g. the worker module failed to load): the caller analyses those itself.
 */
export async function runInWorkers(sources: ArticleSource[], settings: TaskSettings, jobs: number, run: PoolRun): Promise<number[]> {
  if (sources.length === 0) return [];
  /** Positions not yet handed to a thread, in order. */
  const queue = sources.map((_, i) => i);
  let remaining = sources.length;
  const threads = Math.max(1, Math.min(jobs, sources.length));
  return new Promise<number[]>((resolve) => {
    const live = new Map<Worker, () => void>();
    let settled = false;
    const end = (leftovers: number[]): void => {
      if (settled) return;
      settled = true;
      for (const w of live.keys()) void w.terminate();
      resolve(leftovers);
    };
    const finish = (i: number, outcome: ArticleOutcome): void => {
      run.onOutcome(i, outcome);
      if (--remaining === 0) end([]);
    };
    const start = (): void => {
      const worker = new Worker(WORKER_URL, { workerData: settings });
      const inFlight = new Set<number>();
      let completed = 0;
      const feed = (): void => {
        while (inFlight.size < IN_FLIGHT && queue.length > 0) {
          const id = queue.shift()!;
          inFlight.add(id);
          worker.postMessage({ id, source: sources[id] });
        }
      };
      live.set(worker, feed);
      worker.on('message', (reply: Reply) => {
        inFlight.delete(reply.id);
        completed++;
        if (reply.cacheError) run.onCacheError?.(reply.cacheError);
        feed();
        finish(reply.id, reply.outcome);
      });
      // A thread that dies after doing work (out of memory, a bug outside the per-article try) fails only the
      // articles it held, and a fresh thread takes its place. One that dies before finishing anything would
      // die again: its articles go back to the queue for the other threads, and when no thread is left, to
      // the caller.
      const fail = (message: string): void => {
        if (settled || !live.delete(worker)) return;
        const lost = [...inFlight].sort((a, b) => a - b);
        inFlight.clear();
        if (completed === 0) {
          queue.unshift(...lost);
          if (live.size === 0) end([...queue]);
          else for (const feedOther of live.values()) feedOther();
          return;
        }
        if (queue.length > 0) start();
        for (const id of lost) {
          finish(id, { analysis: null, cached: false, notices: [{ path: sources[id]!.rel, level: 'error', message: `internal error while analysing: ${message}` }] });
        }
      };
      worker.on('error', (e) => fail(`worker thread failed: ${e.message}`));
      worker.on('exit', (code) => fail(`worker thread exited with code ${code}`));
      feed();
    };
    for (let t = 0; t < threads; t++) start();
  });
}
