/**
 * A worker thread of `--jobs N`: loads the NLP model once, then analyses the articles the pool sends it,
 * one message each way per article. Only plain data crosses the thread boundary.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { warmUp } from '../nlp.js';
import { ArticleAnalyser, type ArticleSource, type TaskSettings } from './task.js';

export interface TaskMessage {
  id: number;
  source: ArticleSource;
}

const analyser = new ArticleAnalyser(workerData as TaskSettings);
warmUp();
// A job posts its result back; the pool keeps the order by `id`, so arrival order is free to vary.
parentPort!.on('message', (msg: TaskMessage) => {
  void analyser.run(msg.source).then((outcome) => {
    parentPort!.postMessage({ id: msg.id, outcome, cacheError: analyser.cache?.writeError ?? null });
  });
});
