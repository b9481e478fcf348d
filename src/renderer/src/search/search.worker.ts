/// <reference lib="webworker" />
import { loadedData } from '../../../shared/data-script';
import type { SearchData } from '../../../shared/handbook-data';
import { SearchEngine } from '../../../shared/search/search-engine';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { offerEngine } from './engine-offer';

/**
 * Loads and decodes the index off the UI thread and answers queries. Only the newest query is
 * answered: queries that piled up while the data loaded, or while a slow query ran, are stale
 * (the page has already dropped them: latest query wins).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let engine: SearchEngine | null = null;
type SearchRequest = Extract<WorkerRequest, { type: 'search' }>;
let next: SearchRequest | null = null;
let scheduled = false;

function post(message: WorkerResponse): void {
  scope.postMessage(message);
}

/** Answers the newest request once the message queue is drained, so a burst of keystrokes costs one search. */
function schedule(): void {
  if (scheduled || !engine) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    const request = next;
    next = null;
    if (request && engine) {
      post({
        type: 'results',
        id: request.id,
        response: engine.search(request.query, { limit: request.limit }),
      });
    }
  }, 0);
}

/** One step per task, each after any query waiting: it only spends idle worker time. */
function inIdleSteps(steps: Iterator<void>): void {
  setTimeout(() => {
    if (next || !steps.next().done) inIdleSteps(steps);
  }, 0);
}

async function init(url: string): Promise<void> {
  try {
    // The index's data file (see data-script.ts), loaded as the page loads it: a classic script.
    scope.importScripts(url);
    const data = loadedData('search');
    if (!data) throw new Error(`${url} did not define the search data`);
    const loaded = SearchEngine.fromData(data as SearchData);
    // Ready means fast: the first keystrokes must not pay for compiling the query pipeline.
    loaded.warmUp();
    engine = loaded;
    post({ type: 'ready' });
    schedule();
    inIdleSteps(loaded.findWordsAhead());
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

function answer(event: MessageEvent<WorkerRequest>): void {
  const request = event.data;
  if (request.type === 'init') return void init(request.url);
  next = request;
  schedule();
}

// In a page (opened from disk, where workers are refused), this script only offers the engine.
if (typeof WorkerGlobalScope === 'undefined') offerEngine(SearchEngine);
else scope.onmessage = answer;
