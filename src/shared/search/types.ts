import type { SnippetPart } from './snippet';
import type { SignMatch } from './warning-signs-match';

/** The search API shared by the worker, the main-thread fallback and the CLI. */

export interface SearchResult {
  id: string;
  slug: string;
  anchor: string;
  title: string;
  heading: string;
  /** Ranking score (higher is better), rounded to 6 decimals. */
  score: number;
  /** A short excerpt of the section, its matched words marked. */
  snippet: SnippetPart[];
  /** Words of this section that matched, for highlighting them in the article. */
  terms: string[];
}

export interface SearchResponse {
  results: SearchResult[];
  /** Number of matching sections (results are cut to the requested limit). */
  total: number;
  /** "Did you mean" queries, with unknown words replaced by readable index words. */
  suggestions: string[];
  /** Warning signs the query describes, most urgent first (at most three): shown before any result. */
  signs: SignMatch[];
}

export const EMPTY_RESPONSE: SearchResponse = Object.freeze({
  results: [],
  total: 0,
  suggestions: [],
  signs: [],
});
