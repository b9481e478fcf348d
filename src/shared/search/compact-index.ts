/**
 * Compact, JSON-able encoding of a serialized lunr 2.3 index (`index.toJSON()`).
 *
 * lunr's own serialization stores everything twice: `fieldVectors` holds, for every field of
 * every document, the (term index, BM25 score) pairs, and `invertedIndex` holds, for every term,
 * every (field, document) it occurs in — which is exactly the same information turned around.
 * With no metadata whitelisted the inverted index carries nothing else, so we drop it and rebuild
 * it from the vectors on decode.
 *
 * Format (version 1):
 * ```
 * {
 *   v: 1,
 *   fields: string[],          // field names, in lunr's order
 *   pipeline: string[],        // search pipeline labels (registered lunr functions)
 *   refs: string[],            // document refs, in insertion order
 *   terms: string,             // sorted vocabulary, front-coded: entries joined by ' ', each entry is
 *                              // one char 'A'+p (p = shared prefix length with the previous term,
 *                              // capped at 25) followed by the rest of the term
 *   vectors: number[][][]      // vectors[field][ref] = [dTerm, score, dTerm, score, ...] where the
 *                              // term number is the position in `terms`, delta-encoded from the
 *                              // previous one (first from -1), and score = round(lunr score × 1000)
 * }
 * ```
 * lunr already rounds vector scores to 3 decimals, so the round trip is exact. Terms are renumbered
 * by sorted position, which changes nothing observable: `_index` only pairs query and field vectors.
 */

export interface CompactIndex {
  v: 1;
  fields: string[];
  pipeline: string[];
  refs: string[];
  terms: string;
  vectors: number[][][];
}

/** The subset of lunr's serialized index we read and write. */
export interface SerializedLunrIndex {
  version: string;
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, unknown>][];
  pipeline: string[];
}

const MAX_PREFIX = 25;
const LUNR_VERSION = '2.3.9';

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length, MAX_PREFIX);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

export function encode(serialized: SerializedLunrIndex | object): CompactIndex {
  const s = serialized as SerializedLunrIndex;
  const { fields } = s;
  const oldTerms: string[] = s.invertedIndex.map(([term]) => term);
  const sorted = [...oldTerms].sort();
  const newNumber = new Map(sorted.map((t, i) => [t, i]));
  // Old `_index` → new sorted position.
  const remap = new Map<number, number>();
  for (const [term, posting] of s.invertedIndex) {
    if (term.includes(' ')) throw new Error(`compact index: term contains a space: ${JSON.stringify(term)}`);
    remap.set(posting._index as number, newNumber.get(term)!);
  }

  const refs: string[] = [];
  const refNumber = new Map<string, number>();
  const byField = new Map<string, Map<string, number[]>>(fields.map((f) => [f, new Map()]));
  for (const [fieldRef, elements] of s.fieldVectors) {
    const slash = fieldRef.indexOf('/');
    const field = fieldRef.slice(0, slash);
    const ref = fieldRef.slice(slash + 1);
    if (!refNumber.has(ref)) {
      refNumber.set(ref, refs.length);
      refs.push(ref);
    }
    byField.get(field)!.set(ref, elements);
  }

  const vectors = fields.map((field) =>
    refs.map((ref) => {
      const elements = byField.get(field)!.get(ref) ?? [];
      const pairs: [number, number][] = [];
      for (let i = 0; i < elements.length; i += 2) pairs.push([remap.get(elements[i]!)!, elements[i + 1]!]);
      pairs.sort((a, b) => a[0] - b[0]);
      const out: number[] = [];
      let prev = -1;
      for (const [term, score] of pairs) {
        out.push(term - prev, Math.round(score * 1000));
        prev = term;
      }
      return out;
    }),
  );

  let terms = '';
  let previous = '';
  sorted.forEach((term, i) => {
    const p = commonPrefix(previous, term);
    terms += (i ? ' ' : '') + String.fromCharCode(65 + p) + term.slice(p);
    previous = term;
  });

  return { v: 1, fields: [...fields], pipeline: [...s.pipeline], refs, terms, vectors };
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

export function decode(compact: CompactIndex): SerializedLunrIndex {
  if (!compact || compact.v !== 1) throw new Error('compact index: unsupported format');
  const terms = decodeTerms(compact.terms);
  const postings = terms.map((_, i) => {
    const posting: Record<string, unknown> = { _index: i };
    for (const f of compact.fields) posting[f] = {};
    return posting;
  });
  const fieldVectors: [string, number[]][] = [];
  compact.fields.forEach((field, f) => {
    compact.refs.forEach((ref, r) => {
      const packed = compact.vectors[f]?.[r] ?? [];
      const elements: number[] = [];
      let term = -1;
      for (let i = 0; i < packed.length; i += 2) {
        term += packed[i]!;
        elements.push(term, packed[i + 1]! / 1000);
        (postings[term]![field] as Record<string, object>)[ref] = {};
      }
      fieldVectors.push([`${field}/${ref}`, elements]);
    });
  });
  return {
    version: LUNR_VERSION,
    fields: [...compact.fields],
    fieldVectors,
    invertedIndex: terms.map((t, i) => [t, postings[i]!]),
    pipeline: [...compact.pipeline],
  };
}
