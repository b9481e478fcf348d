import { parentPort, workerData } from 'node:worker_threads';
import type { SearchData } from '../../shared/handbook-data.ts';
import { SearchEngine } from '../../shared/search/search-engine.ts';

/**
 * bench:search's cold start: in a fresh V8 isolate (this worker thread), loads the index,
 * optionally warms the engine up, then times the searches of one query typed a letter at a time.
 */
const { json, warm, typed } = workerData as { json: string; warm: boolean; typed: string[] };
const engine = SearchEngine.fromData(JSON.parse(json) as SearchData);
if (warm) engine.warmUp();
const times = typed.map((text) => {
  const start = performance.now();
  engine.search(text);
  return performance.now() - start;
});
parentPort!.postMessage(times);
