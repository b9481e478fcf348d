import type { SearchEngine } from '../../../shared/search/search-engine';
import type { SearchResponse } from '../../../shared/search/types';
import type { WorkerRequest, WorkerResponse } from './protocol';

export type SearchStatus = 'loading' | 'ready' | 'failed';

/** Where queries go: the worker, or (opened from disk) the same engine on the main thread. */
export interface SearchBackendOptions {
  /** Absolute URL of `content/search.js`. */
  dataUrl: string;
  /** Creates the worker; returns null where workers cannot run (file:// pages). */
  createWorker: () => Worker | null;
  /** Main-thread fallback: loads the data (by `<script>` on file://) and builds the engine. */
  loadEngine: () => Promise<SearchEngine>;
  onStatus: (status: SearchStatus) => void;
}

/**
 * Typed request/response over the worker with request ids. Latest query wins: `search` resolves
 * to null when a newer query was sent before this one was answered, so the UI never shows results
 * for text the user has already changed.
 */
export class SearchClient {
  #options: SearchBackendOptions;
  #worker: Worker | null = null;
  #started = false;
  #engine: Promise<SearchEngine> | null = null;
  #nextId = 1;
  #latest = 0;
  #latestQuery: { query: string; limit: number } = { query: '', limit: 0 };
  #pending = new Map<number, (response: SearchResponse | null) => void>();

  constructor(options: SearchBackendOptions) {
    this.#options = options;
  }

  start(): void {
    if (this.#started) return;
    this.#started = true;
    try {
      this.#worker = this.#options.createWorker();
    } catch {
      this.#worker = null;
    }
    if (!this.#worker) return this.#fallBack();
    this.#worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.#receive(event.data);
    // A worker that cannot start (blocked script, odd protocol) is not a broken search.
    this.#worker.onerror = (event) => {
      event.preventDefault();
      this.#fallBack();
    };
    this.#post({ type: 'init', url: this.#options.dataUrl });
    // A query typed before loading began goes out now; the worker answers it once the data is in.
    if (this.#pending.has(this.#latest))
      this.#post({ type: 'search', id: this.#latest, ...this.#latestQuery });
  }

  search(query: string, limit = 20): Promise<SearchResponse | null> {
    const id = this.#nextId++;
    this.#latest = id;
    this.#latestQuery = { query, limit };
    // Everything older is superseded now.
    for (const [old, resolve] of this.#pending) if (old < id) resolve(null);
    for (const old of [...this.#pending.keys()]) if (old < id) this.#pending.delete(old);
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      if (this.#engine) void this.#answerLocally(id, query, limit);
      else this.#post({ type: 'search', id, query, limit });
    });
  }

  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
    for (const resolve of this.#pending.values()) resolve(null);
    this.#pending.clear();
  }

  #post(message: WorkerRequest): void {
    this.#worker?.postMessage(message);
  }

  #receive(message: WorkerResponse): void {
    if (message.type === 'ready') this.#options.onStatus('ready');
    else if (message.type === 'failed') this.#fallBack();
    else this.#settle(message.id, message.response);
  }

  #settle(id: number, response: SearchResponse): void {
    const resolve = this.#pending.get(id);
    this.#pending.delete(id);
    resolve?.(id === this.#latest ? response : null);
  }

  #fallBack(): void {
    if (this.#engine) return;
    this.#worker?.terminate();
    this.#worker = null;
    this.#engine = this.#options.loadEngine();
    this.#engine.then(
      () => this.#options.onStatus('ready'),
      (error: unknown) => {
        console.warn('search could not load', error);
        this.#options.onStatus('failed');
        for (const resolve of this.#pending.values()) resolve(null);
        this.#pending.clear();
      },
    );
    // A query sent to the worker that gave up is answered here instead; only the latest matters.
    if (this.#pending.has(this.#latest)) {
      void this.#answerLocally(this.#latest, this.#latestQuery.query, this.#latestQuery.limit);
    }
  }

  async #answerLocally(id: number, query: string, limit: number): Promise<void> {
    let engine: SearchEngine;
    try {
      engine = await this.#engine!;
    } catch {
      // Reported once through onStatus('failed'); this query just gets no answer.
      this.#pending.get(id)?.(null);
      this.#pending.delete(id);
      return;
    }
    if (id === this.#latest) this.#settle(id, engine.search(query, { limit }));
  }
}
