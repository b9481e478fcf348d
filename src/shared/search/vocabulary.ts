import type lunr from 'lunr';
import type { SearchDoc } from '../handbook-data';
import { fuzzyWalk, hasPrefix, type TrieNode } from './fuzzy-walk';
import { internals, type IndexInternals } from './lunr-internals';
import { tokenise, toTerm } from './normalise';
import type { Vocabulary } from './plan';
import { Postings } from './postings';

/** The index's inverted-index vocabulary, plus a way back from a stem to a word a reader knows. */
export class IndexVocabulary implements Vocabulary {
  readonly #index: IndexInternals;
  readonly #docs: Map<string, SearchDoc>;
  readonly #postings: Postings;
  readonly #readable = new Map<string, string>();

  constructor(index: lunr.Index, docs: Map<string, SearchDoc>, postings = new Postings(index)) {
    this.#index = internals(index);
    this.#docs = docs;
    this.#postings = postings;
  }

  has(term: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.#index.invertedIndex, term);
  }

  hasPrefix(prefix: string): boolean {
    return hasPrefix(this.#index.tokenSet as unknown as TrieNode, prefix);
  }

  fuzzy(word: string, distance: number): string[] {
    if (distance <= 0) return this.has(word) ? [word] : [];
    return fuzzyWalk(this.#index.tokenSet as unknown as TrieNode, word, distance);
  }

  #refs(term: string): string[] {
    if (!this.has(term)) return [];
    const posting = this.#index.invertedIndex[term]!;
    const refs = new Set<string>();
    for (const field of this.#index.fields) {
      const p = posting[field];
      if (p && typeof p === 'object') for (const ref of Object.keys(p)) refs.add(ref);
    }
    return [...refs];
  }

  docFrequency(term: string): number {
    return this.#postings.docFrequency(term);
  }

  /** The most common word in the documents that stems to `term` ("sciatica" for "sciatica", "kidney" for "kidnei"). */
  readable(term: string): string {
    const cached = this.#readable.get(term);
    if (cached) return cached;
    const counts = new Map<string, number>();
    for (const ref of this.#refs(term).slice(0, 5)) {
      const doc = this.#docs.get(ref);
      if (!doc) continue;
      for (const word of tokenise(`${doc.title} ${doc.heading} ${doc.keywords} ${doc.body}`)) {
        if (toTerm(word) === term) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
    let best = term;
    let bestCount = 0;
    for (const [word, n] of counts) if (n > bestCount) [best, bestCount] = [word, n];
    this.#readable.set(term, best);
    return best;
  }
}
