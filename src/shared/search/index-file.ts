/**
 * The search index as the content build writes it into `content/search.json`: already in the form
 * the reader ranks with, so loading it is one pass into typed arrays (no lunr on the reader side).
 *
 * Lunr builds it (tokens, stop words, stemmer, BM25 weights per term, field and section); this
 * module turns lunr's serialized index (`index.toJSON()`, its public output) into postings lists.
 *
 * Format (version 2):
 * ```
 * {
 *   v: 2,
 *   fields: string[],     // field names, in lunr's order
 *   refs: string[],       // section ids, in the order they were indexed
 *   terms: string,        // sorted vocabulary, front-coded: entries joined by ' ', each entry is one
 *                         // char 'A'+p (p = prefix shared with the previous term, at most 25)
 *                         // followed by the rest of the term
 *   postings: number[][]  // postings[t], for the t-th term: [dCode, weight, dCode, weight, ...];
 *                         // code = field × refs.length + ref, ascending, delta-coded (first from -1);
 *                         // weight = lunr's BM25 weight × 1000 (lunr rounds to 3 decimals: exact)
 * }
 * ```
 */

export interface IndexFile {
  v: 2;
  fields: string[];
  refs: string[];
  terms: string;
  postings: number[][];
}

/** The loaded index: postings of term `t` are `[start[t], start[t + 1])` in doc/field/weight. */
export interface RankingIndex {
  fields: string[];
  refs: string[];
  /** Sorted; a term's number is its position here. */
  terms: string[];
  start: Int32Array;
  doc: Int32Array;
  field: Uint8Array;
  weight: Float64Array;
}

/** The part of lunr's serialized index (`lunr.Index#toJSON()`) the build reads. */
export interface SerializedLunrIndex {
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, { _index: number }][];
}

const MAX_PREFIX = 25;

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length, MAX_PREFIX);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Build side: lunr's serialized index → the file. */
export function encodeIndex(serialized: SerializedLunrIndex): IndexFile {
  const { fields, fieldVectors, invertedIndex } = serialized;
  const sorted = invertedIndex.map(([term]) => term).sort();
  const position = new Map(sorted.map((t, i) => [t, i]));
  const byLunrNumber = new Map<number, number>();
  for (const [term, posting] of invertedIndex) {
    if (term.includes(' ')) throw new Error(`search index: term contains a space: ${JSON.stringify(term)}`);
    byLunrNumber.set(posting._index, position.get(term)!);
  }

  const refs: string[] = [];
  const refNumber = new Map<string, number>();
  const vectors = fieldVectors.map(([fieldRef, elements]) => {
    const slash = fieldRef.indexOf('/');
    const ref = fieldRef.slice(slash + 1);
    if (!refNumber.has(ref)) {
      refNumber.set(ref, refs.length);
      refs.push(ref);
    }
    return { field: fields.indexOf(fieldRef.slice(0, slash)), ref: refNumber.get(ref)!, elements };
  });

  // Field-major, then by ref: each term's codes come out ascending.
  vectors.sort((a, b) => a.field - b.field || a.ref - b.ref);
  const lists: number[][] = sorted.map(() => []);
  const last = new Int32Array(sorted.length).fill(-1);
  for (const { field, ref, elements } of vectors) {
    const code = field * refs.length + ref;
    for (let i = 0; i < elements.length; i += 2) {
      const t = byLunrNumber.get(elements[i]!)!;
      lists[t]!.push(code - last[t]!, Math.round(elements[i + 1]! * 1000));
      last[t] = code;
    }
  }

  let terms = '';
  let previous = '';
  sorted.forEach((term, i) => {
    const p = commonPrefix(previous, term);
    terms += (i ? ' ' : '') + String.fromCharCode(65 + p) + term.slice(p);
    previous = term;
  });
  return { v: 2, fields: [...fields], refs, terms, postings: lists };
}

/** Expands the front-coded vocabulary back to the sorted term list. */
export function decodeTerms(terms: string): string[] {
  if (terms === '') return [];
  const out: string[] = [];
  let previous = '';
  for (const entry of terms.split(' ')) {
    const term = previous.slice(0, entry.charCodeAt(0) - 65) + entry.slice(1);
    out.push(term);
    previous = term;
  }
  return out;
}

function malformed(): never {
  throw new Error('search index: unsupported or malformed format');
}

/** Reader side: the file → typed postings. Throws on data it does not understand. */
export function loadIndex(data: unknown): RankingIndex {
  const file = data as Partial<IndexFile> | null;
  if (!file || file.v !== 2 || typeof file.terms !== 'string') malformed();
  const { fields, refs, postings } = file;
  if (!Array.isArray(fields) || !Array.isArray(refs) || !Array.isArray(postings)) malformed();
  const terms = decodeTerms(file.terms);
  if (postings.length !== terms.length || fields.length > 255) malformed();

  const start = new Int32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) {
    const list = postings[t];
    if (!Array.isArray(list) || list.length % 2) malformed();
    start[t + 1] = start[t]! + list.length / 2;
  }
  const total = start[terms.length]!;
  const doc = new Int32Array(total);
  const field = new Uint8Array(total);
  const weight = new Float64Array(total);
  const docs = refs.length;
  const codes = fields.length * docs;
  let at = 0;
  for (const list of postings) {
    let code = -1;
    for (let i = 0; i < list.length; i += 2) {
      code += list[i]!;
      if (!(code >= 0 && code < codes)) malformed();
      const f = Math.floor(code / docs);
      field[at] = f;
      doc[at] = code - f * docs;
      weight[at++] = list[i + 1]! / 1000;
    }
  }
  return { fields, refs, terms, start, doc, field, weight };
}
