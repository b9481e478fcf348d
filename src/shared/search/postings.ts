import type { RankingIndex } from './index-file';

/**
 * The index's postings lists (as `loadIndex` reads them from the file), and a scorer over them that
 * gives exactly the scores `lunr.Index#query` gives for the same exact-term and trailing-wildcard
 * clauses.
 *
 * Why: lunr's query step allocates a `FieldRef`, a `MatchData` and a string key per matching
 * (document, field), then walks the whole field vector of each one to score it. For a common word
 * on a 2,000-page handbook (~9,000 sections) that is ~100 ms per query. Here a query costs one pass
 * over the postings of the terms it uses, into preallocated typed arrays.
 *
 * lunr's scoring, reproduced: every clause adds its boost to every term it expands to, in every
 * field, so all fields share one query vector `q`. A section's score is, summed over its fields,
 * `Σ q[t] × w[t, field, section] / |q|` where `w` is the BM25 weight stored in the index and the
 * terms are added in ascending term number (lunr's `Vector#dot` order). Fields are then added in
 * field order where lunr adds them in the order it first met them, which can change the last bit
 * of a score: far below the 6 decimals the engine rounds to.
 */

/** One query clause: an index term, or with `prefix` every index term starting with it. */
export interface ScoreClause {
  term: string;
  boost: number;
  prefix: boolean;
}

/** The answer of `Postings#score`. Its arrays are reused: read them before the next call. */
export interface Scored {
  /** Matching documents (index ref numbers, see `Postings.refs`) in no particular order. */
  docs: Int32Array;
  /** lunr's score of each matching document. */
  scores: Float64Array;
  /** OR of `termMask(term)` over the terms each document matched. */
  masks: Int32Array;
  /** The same, over the terms matched in the fields `headFields` names (e.g. title and heading). */
  heads: Int32Array;
  /** Every index term the clauses expanded to that some document contains. */
  terms: Set<string>;
}

const NO_MATCH: Scored = {
  docs: new Int32Array(0),
  scores: new Float64Array(0),
  masks: new Int32Array(0),
  heads: new Int32Array(0),
  terms: new Set(),
};

export class Postings {
  /** Document refs, numbered in the order the index lists them. */
  readonly refs: string[];
  /** Index terms, sorted: a term's number is its position. */
  readonly #terms: string[];
  readonly #fields: number;
  /** Postings of term `t` are `[#start[t], #start[t + 1])` in the three arrays below. */
  readonly #start: Int32Array;
  readonly #doc: Int32Array;
  readonly #field: Uint8Array;
  readonly #weight: Float64Array;
  /** Number of distinct documents per term number, counted on first use (-1: not yet). */
  readonly #df: Int32Array;
  // Scratch space for one query, reused: per (field, doc) dot products and per doc group masks.
  readonly #dot: Float64Array;
  readonly #mask: Int32Array;
  readonly #head: Int32Array;
  readonly #seenAt: Uint32Array;
  // The answer of one query, reused too (see `Scored`).
  readonly #matched: Int32Array;
  readonly #scores: Float64Array;
  readonly #masks: Int32Array;
  readonly #heads: Int32Array;
  #stamp = 0;

  constructor(index: RankingIndex) {
    this.refs = index.refs;
    this.#terms = index.terms;
    this.#fields = index.fields.length;
    this.#start = index.start;
    this.#doc = index.doc;
    this.#field = index.field;
    this.#weight = index.weight;
    const docs = this.refs.length;
    this.#dot = new Float64Array(docs * this.#fields);
    this.#mask = new Int32Array(docs);
    this.#head = new Int32Array(docs);
    this.#heads = new Int32Array(docs);
    this.#seenAt = new Uint32Array(docs);
    this.#matched = new Int32Array(docs);
    this.#scores = new Float64Array(docs);
    this.#masks = new Int32Array(docs);
    this.#df = new Int32Array(this.#terms.length).fill(-1);
  }

  #nextStamp(): number {
    if (++this.#stamp === 0xffffffff) {
      this.#seenAt.fill(0);
      this.#stamp = 1;
    }
    return this.#stamp;
  }

  /** Position of the first term not sorting before `word`. */
  #lowerBound(word: string): number {
    const terms = this.#terms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The term's number, or -1 when the index does not contain it. */
  #number(term: string): number {
    const n = this.#lowerBound(term);
    return this.#terms[n] === term ? n : -1;
  }

  /** The index's vocabulary, sorted. */
  get terms(): readonly string[] {
    return this.#terms;
  }

  has(term: string): boolean {
    return this.#number(term) >= 0;
  }

  /** Number of documents containing `term`. */
  docFrequency(term: string): number {
    const t = this.#number(term);
    if (t < 0) return 0;
    if (this.#df[t]! < 0) this.#df[t] = this.docsOf(term).length;
    return this.#df[t]!;
  }

  /** Refs numbers of the documents containing `term`, in index order. */
  docsOf(term: string): number[] {
    const t = this.#number(term);
    if (t < 0) return [];
    const stamp = this.#nextStamp();
    const out: number[] = [];
    for (let p = this.#start[t]!; p < this.#start[t + 1]!; p++) {
      const d = this.#doc[p]!;
      if (this.#seenAt[d] !== stamp) {
        this.#seenAt[d] = stamp;
        out.push(d);
      }
    }
    return out;
  }

  /** True when some document has `term` in a field whose bit is set in `fields`. */
  inFields(term: string, fields: number): boolean {
    const t = this.#number(term);
    if (t < 0) return false;
    for (let p = this.#start[t]!; p < this.#start[t + 1]!; p++)
      if ((fields >> this.#field[p]!) & 1) return true;
    return false;
  }

  /** Index terms starting with `prefix`, sorted (the prefix itself included when it is a term). */
  withPrefix(prefix: string): string[] {
    const out: string[] = [];
    for (let i = this.#lowerBound(prefix); i < this.#terms.length; i++) {
      const term = this.#terms[i]!;
      if (!term.startsWith(prefix)) break;
      out.push(term);
    }
    return out;
  }

  /**
   * Scores the documents matching any clause, as lunr would. `termMask` tags each expanded term
   * (e.g. with the query words it satisfies); a document's mask is the OR over its terms, and its
   * head mask the OR over the terms found in a field whose bit is set in `headFields`.
   */
  score(clauses: readonly ScoreClause[], termMask: (term: string) => number, headFields = 0): Scored {
    // The query vector: term number → summed boost, in clause order like lunr's `upsert`.
    const boosts = new Map<number, number>();
    for (const c of clauses) {
      const first = c.prefix ? this.#lowerBound(c.term) : this.#number(c.term);
      if (first < 0) continue;
      for (let n = first; n < this.#terms.length; n++) {
        if (c.prefix ? !this.#terms[n]!.startsWith(c.term) : n !== first) break;
        const old = boosts.get(n);
        boosts.set(n, old === undefined ? c.boost : old + c.boost);
      }
    }
    if (boosts.size === 0) return NO_MATCH;
    const query = [...boosts].sort((a, b) => a[0] - b[0]);
    let sumOfSquares = 0;
    for (const [, b] of query) sumOfSquares += b * b;
    const magnitude = Math.sqrt(sumOfSquares);

    const stamp = this.#nextStamp();
    const fields = this.#fields;
    const dot = this.#dot;
    const mask = this.#mask;
    const head = this.#head;
    const seenAt = this.#seenAt;
    const matched = this.#matched;
    let n = 0;
    const terms = new Set<string>();
    for (const [t, boost] of query) {
      const from = this.#start[t]!;
      const to = this.#start[t + 1]!;
      if (from === to) continue;
      const term = this.#terms[t]!;
      terms.add(term);
      const bit = termMask(term);
      for (let p = from; p < to; p++) {
        const d = this.#doc[p]!;
        if (seenAt[d] !== stamp) {
          seenAt[d] = stamp;
          matched[n++] = d;
          mask[d] = 0;
          head[d] = 0;
          dot.fill(0, d * fields, d * fields + fields);
        }
        const field = this.#field[p]!;
        mask[d]! |= bit;
        if ((headFields >> field) & 1) head[d]! |= bit;
        dot[d * fields + field]! += boost * this.#weight[p]!;
      }
    }

    // Views of the scratch space: valid until the next call.
    const out: Scored = {
      docs: matched.subarray(0, n),
      scores: this.#scores.subarray(0, n),
      masks: this.#masks.subarray(0, n),
      heads: this.#heads.subarray(0, n),
      terms,
    };
    for (let i = 0; i < n; i++) {
      const d = matched[i]!;
      let score = 0;
      for (let f = 0; f < fields; f++) {
        const v = dot[d * fields + f]!;
        if (v !== 0) score += v / magnitude || 0;
      }
      out.scores[i] = score;
      out.masks[i] = mask[d]!;
      out.heads[i] = head[d]!;
    }
    return out;
  }
}
