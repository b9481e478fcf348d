/// <reference lib="webworker" />
import type { SearchData } from '../../../shared/handbook-data';
import { SearchEngine } from '../../../shared/search/search-engine';
import type { WorkerRequest, WorkerResponse } from './protocol';

/**
 * Loads and decodes the index off the UI thread and answers queries. Only the newest query waiting
 * for the data is kept: older ones are stale by the time it arrives.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let engine: SearchEngine | null = null;
let waiting: Extract<WorkerRequest, { type: 'search' }> | null = null;

function post(message: WorkerResponse): void {
  scope.postMessage(message);
}

function answer(request: Extract<WorkerRequest, { type: 'search' }>): void {
  post({
    type: 'results',
    id: request.id,
    response: engine!.search(request.query, { limit: request.limit }),
  });
}

async function init(url: string): Promise<void> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`could not load ${url} (${response.status})`);
    engine = SearchEngine.fromData((await response.json()) as SearchData);
    post({ type: 'ready' });
    if (waiting) answer(waiting);
    waiting = null;
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'init') void init(request.url);
  else if (engine) answer(request);
  else waiting = request;
};
