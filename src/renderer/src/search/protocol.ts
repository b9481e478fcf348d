import type { SearchResponse } from '../../../shared/search/types';

/** Messages between the page and the search worker. */
export type WorkerRequest =
  /** `url`: absolute URL of `content/search.js`; the worker's own URL is not the page's. */
  { type: 'init'; url: string } | { type: 'search'; id: number; query: string; limit: number };

export type WorkerResponse =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'results'; id: number; response: SearchResponse };
