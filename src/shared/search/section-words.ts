import type { SearchDoc } from '../handbook-data';
import { wordTerms } from './normalise';
import { findWords, type WordSpan } from './snippet';

/** A section's words, found once and kept: each keystroke shows many of the same sections again. */
interface Words {
  body: WordSpan[];
  /** Each different word of title, heading and body, in the order it first appears. */
  distinct: { text: string; terms: string[] }[];
  /** Where each body word stands in `body`. */
  inBody: Map<string, number[]>;
}

/** What a shown section has of the query: the words to highlight, and the body's matched words. */
export interface SectionHits {
  /** Lower case, in the order they appear, at most `maxTerms`. */
  terms: string[];
  body: WordSpan[];
  /** Indices into `body` of its matched words, in order. */
  bodyHits: number[];
}

/**
 * Finds a shown section's matched words by looking at each different word once, not at every
 * word: a long section says "back" forty times. Remembers the most recently used `keep` sections.
 */
export class SectionWords {
  readonly #keep: number;
  readonly #cache = new Map<string, Words>();

  constructor(keep: number) {
    this.#keep = keep;
  }

  /** `matched`: the index terms the query matched; a word is a hit when one of its terms is one. */
  hits(doc: SearchDoc, matched: ReadonlySet<string>, maxTerms: number): SectionHits {
    const { body, distinct, inBody } = this.#words(doc);
    const terms = new Set<string>();
    const bodyHits: number[] = [];
    for (const word of distinct) {
      if (!word.terms.some((t) => matched.has(t))) continue;
      if (terms.size < maxTerms) terms.add(word.text.toLowerCase());
      const at = inBody.get(word.text);
      if (at) for (const i of at) bodyHits.push(i);
    }
    return { terms: [...terms], body, bodyHits: bodyHits.sort((a, b) => a - b) };
  }

  /** Finds and keeps a section's words ahead of time (while nobody waits for an answer). */
  prepare(doc: SearchDoc): void {
    this.#words(doc);
  }

  #words(doc: SearchDoc): Words {
    let words = this.#cache.get(doc.id);
    if (!words) {
      const body = findWords(doc.body);
      const inBody = new Map<string, number[]>();
      body.forEach((w, i) => {
        const at = inBody.get(w.text);
        if (at) at.push(i);
        else inBody.set(w.text, [i]);
      });
      const distinct = new Set<string>();
      for (const w of findWords(doc.title)) distinct.add(w.text);
      for (const w of findWords(doc.heading)) distinct.add(w.text);
      for (const text of inBody.keys()) distinct.add(text);
      words = { body, distinct: [...distinct].map((text) => ({ text, terms: wordTerms(text) })), inBody };
      if (this.#cache.size >= this.#keep) this.#cache.delete(this.#cache.keys().next().value!);
      this.#cache.set(doc.id, words);
    }
    return words;
  }
}
