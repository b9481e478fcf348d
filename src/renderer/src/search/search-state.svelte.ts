import type { SearchResult } from '../../../shared/search/types';
import type { SignMatch } from '../../../shared/search/warning-signs-match';
import type { SearchClient, SearchStatus } from './search-client';

const RESULT_LIMIT = 20;

/** The search box's state: what is typed, what came back, which result the arrow keys are on. */
export class SearchState {
  status = $state<SearchStatus>('loading');
  query = $state('');
  results = $state.raw<SearchResult[]>([]);
  total = $state(0);
  suggestions = $state.raw<string[]>([]);
  /** Warning signs the query describes: their action cards come before the results. */
  signs = $state.raw<SignMatch[]>([]);
  activeIndex = $state(-1);
  /** The query the current results answer (differs from `query` while an answer is on its way). */
  answered = $state('');
  client: SearchClient | null = null;

  hasQuery = $derived(this.query.trim() !== '');
  active = $derived(this.results[this.activeIndex]);

  /** Connects the client; a query typed before this is sent now. */
  attach(client: SearchClient): void {
    this.client = client;
    if (this.hasQuery) void this.setQuery(this.query);
  }

  setStatus(status: SearchStatus): void {
    this.status = status;
    // For `npm run bench:reader`: the moment the whole reader, search included, is usable.
    if (status === 'ready') performance.mark('handbook:search-ready');
  }

  /** Sets the query and asks for results; a query typed while loading is answered once ready. */
  async setQuery(query: string): Promise<void> {
    this.query = query;
    this.activeIndex = -1;
    if (!this.hasQuery) return this.#apply(query, [], 0, [], []);
    // The index normally loads once the article is on screen; someone typing needs it now.
    this.client?.start();
    const response = await this.client?.search(query, RESULT_LIMIT);
    // An answer to an older query (e.g. one cleared meanwhile) must not come back.
    if (response && query === this.query)
      this.#apply(query, response.results, response.total, response.suggestions, response.signs);
  }

  move(delta: number): void {
    const n = this.results.length;
    if (n === 0) return;
    this.activeIndex = this.activeIndex < 0 ? (delta > 0 ? 0 : n - 1) : (this.activeIndex + delta + n) % n;
  }

  #apply(
    query: string,
    results: SearchResult[],
    total: number,
    suggestions: string[],
    signs: SignMatch[],
  ): void {
    this.answered = query;
    this.signs = signs;
    this.results = results;
    this.total = total;
    this.suggestions = suggestions;
  }
}
