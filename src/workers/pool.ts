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

export async function runInWorkers(sources: ArticleSource[], settings: TaskSettings, jobs: number, run: PoolRun): Promise<void> {
  let next = 0;
  let remaining = sources.length;
  if (remaining === 0) return;
  const threads = Math.max(1, Math.min(jobs, sources.length));
  await new Promise<void>((resolve) => {
    const live = new Set<Worker>();
    const finish = (i: number, outcome: ArticleOutcome): void => {
      run.onOutcome(i, outcome);
      if (--remaining === 0) {
        for (const w of live) void w.terminate();
        resolve();
      }
    };
    const start = (): void => {
      const worker = new Worker(WORKER_URL, { workerData: settings });
      const inFlight = new Set<number>();
      live.add(worker);
      const feed = (): void => {
        while (inFlight.size < IN_FLIGHT && next < sources.length) {
          const id = next++;
          inFlight.add(id);
          worker.postMessage({ id, source: sources[id] });
        }
      };
      worker.on('message', (reply: Reply) => {
        inFlight.delete(reply.id);
        if (reply.cacheError) run.onCacheError?.(reply.cacheError);
        feed();
        finish(reply.id, reply.outcome);
      });
      // A thread that dies (out of memory, a bug outside the per-article try) fails only its own articles;
      // the queue goes on with a fresh thread.
      const fail = (message: string): void => {
        if (!live.delete(worker)) return;
        const lost = [...inFlight];
        inFlight.clear();
        if (next < sources.length) start();
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
