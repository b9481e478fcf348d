import { CONTENT_FILES, type SearchData } from '../../../shared/handbook-data';
import { loadContent, loadScript } from '../content/load-content';
import { offeredEngine } from './engine-offer';
import { SearchClient, type SearchStatus } from './search-client';
import workerUrl from './search.worker.ts?worker&url';

/**
 * The reader's search client: a worker over http(s) and app://; on file:// pages, where Chromium
 * refuses workers, the same engine on the main thread, from the worker's own script (see
 * engine-offer.ts), with the same data file (see `loadContent`).
 */
export function createSearchClient(onStatus: (status: SearchStatus) => void): SearchClient {
  const fromDisk = location.protocol === 'file:';
  return new SearchClient({
    dataUrl: new URL(CONTENT_FILES.search, document.baseURI).href,
    createWorker: () =>
      fromDisk || typeof Worker === 'undefined' ? null : new Worker(workerUrl, { type: 'classic' }),
    loadEngine: async () => {
      const [Engine, data] = await Promise.all([
        loadScript(workerUrl, offeredEngine, 'the search engine'),
        loadContent('search'),
      ]);
      return Engine.fromData(data as SearchData);
    },
    onStatus,
  });
}
