import type { SearchDoc } from '../handbook-data';
import { fuzzyWalk, hasPrefix } from './fuzzy-walk';
import { tokenise, toTerm } from './normalise';
import type { Vocabulary } from './plan';
import type { Postings } from './postings';

/** The index's vocabulary, plus a way back from a stem to a word a reader knows. */
export class IndexVocabulary implements Vocabulary {
  readonly #postings: Postings;
  /** By `Postings` ref number. */
  readonly #docs: readonly (SearchDoc | undefined)[];
  readonly #readable = new Map<string, string>();

  constructor(postings: Postings, docs: readonly (SearchDoc | undefined)[]) {
    this.#postings = postings;
    this.#docs = docs;
  }

  has(term: string): boolean {
    return this.#postings.has(term);
  }

  hasPrefix(prefix: string): boolean {
    return hasPrefix(this.#postings.terms, prefix);
  }

  fuzzy(word: string, distance: number): string[] {
    if (distance <= 0) return this.has(word) ? [word] : [];
    return fuzzyWalk(this.#postings.terms, word, distance);
  }

  docFrequency(term: string): number {
    return this.#postings.docFrequency(term);
  }

  /** The most common word in the documents that stems to `term` ("sciatica" for "sciatica", "kidney" for "kidnei"). */
  readable(term: string): string {
    const cached = this.#readable.get(term);
    if (cached) return cached;
    const counts = new Map<string, number>();
    for (const ref of this.#postings.docsOf(term).slice(0, 5)) {
      const doc = this.#docs[ref];
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
