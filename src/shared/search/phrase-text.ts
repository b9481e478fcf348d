import type { SearchDoc } from '../handbook-data';
import { tokenise } from './normalise';

/**
 * The normalised words of every section in one string, for quoted-phrase filtering: one `indexOf`
 * scan over the whole handbook finds every section containing a phrase, where a per-section
 * `includes` costs ~15 ms per query on a 2,000-page handbook. Built on first use (most sessions
 * never quote), at about the cost the per-section check paid the first time.
 */
export class PhraseText {
  readonly #docs: readonly (SearchDoc | undefined)[];
  #text: string | null = null;
  /** Where each document's text starts in `#text`, ascending. */
  #starts: Int32Array | null = null;

  constructor(docs: readonly (SearchDoc | undefined)[]) {
    this.#docs = docs;
  }

  /** Per document (same numbering as the constructor's list): 1 when it contains the phrase. */
  containing(phrase: readonly string[]): Uint8Array {
    const { text, starts } = this.#build();
    const found = new Uint8Array(this.#docs.length);
    const needle = ` ${phrase.join(' ')} `;
    let from = 0;
    for (;;) {
      const at = text.indexOf(needle, from);
      if (at < 0) break;
      // The document whose text holds `at`: the last start at or before it.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (starts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      found[lo] = 1;
      // One hit per document is enough: go on from the next one.
      from = lo + 1 < starts.length ? starts[lo + 1]! : text.length;
    }
    return found;
  }

  #build(): { text: string; starts: Int32Array } {
    if (this.#text === null || this.#starts === null) {
      const parts: string[] = [];
      const starts = new Int32Array(this.#docs.length);
      let length = 0;
      this.#docs.forEach((doc, i) => {
        starts[i] = length;
        // Fields are joined with a double space so a phrase cannot run from a heading into the
        // body, and documents end with a newline so it cannot run into the next document.
        const part = doc
          ? ` ${[doc.title, doc.heading, doc.keywords, doc.body].map((f) => tokenise(f).join(' ')).join('  ')} \n`
          : '\n';
        parts.push(part);
        length += part.length;
      });
      this.#text = parts.join('');
      this.#starts = starts;
    }
    return { text: this.#text, starts: this.#starts };
  }
}
