import type { SearchEngine } from '../../../shared/search/search-engine';

/**
 * The search engine's code ships once, in the search worker's script. Opened from disk, where
 * Chromium refuses workers, the page runs that same script with a `<script>` element, and the
 * script then leaves the engine here instead of answering messages (see search.worker.ts). So
 * the page's own script never carries the engine, nor pays to load it at start.
 */
const GLOBAL = '__HANDBOOK_SEARCH_ENGINE__';

type Engine = typeof SearchEngine;
type Holder = Record<typeof GLOBAL, Engine | undefined>;

export function offerEngine(engine: Engine): void {
  (globalThis as unknown as Holder)[GLOBAL] = engine;
}

export function offeredEngine(): Engine | undefined {
  return (globalThis as unknown as Holder)[GLOBAL];
}
