import { CONTENT_FILES, type SearchData } from '../../../shared/handbook-data';
import { SearchEngine } from '../../../shared/search/search-engine';
import { loadContent } from '../content/load-content';
import { SearchClient, type SearchStatus } from './search-client';
import workerUrl from './search.worker.ts?worker&url';

/**
 * The reader's search client: a worker over http(s) and app://; on file:// pages, where Chromium
 * refuses workers, the same engine on the main thread with the same data file (see `loadContent`).
 */
export function createSearchClient(onStatus: (status: SearchStatus) => void): SearchClient {
  const fromDisk = location.protocol === 'file:';
  return new SearchClient({
    dataUrl: new URL(CONTENT_FILES.search, document.baseURI).href,
    createWorker: () =>
      fromDisk || typeof Worker === 'undefined' ? null : new Worker(workerUrl, { type: 'classic' }),
    loadEngine: async () => SearchEngine.fromData((await loadContent('search')) as SearchData),
    onStatus,
  });
}
