import lunr from 'lunr';

/**
 * Text normalisation shared by the index build and the query side. Both MUST use these functions,
 * otherwise a query word and the indexed word it should match end up as different terms.
 */

/** Longest token kept; longer runs are garbage (pasted hashes, 10 kB strings) and only cost time. */
const MAX_TOKEN_LENGTH = 40;

/**
 * Lower-cases, strips accents (NFD then drop combining marks), and removes apostrophes and
 * in-word ampersands so "don’t" → "dont" and "A&E" → "ae" (otherwise "a" is dropped as a stop word).
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/(?<=[\p{L}\p{N}])['’‘`&](?=[\p{L}\p{N}])/gu, '')
    .replace(/['’‘`]/gu, '');
}

/** Splits normalised text into words: runs of letters and digits. Everything else separates. */
export function tokenise(text: string): string[] {
  const out: string[] = [];
  for (const m of normaliseText(text).matchAll(/[\p{L}\p{N}]+/gu)) {
    if (m[0].length <= MAX_TOKEN_LENGTH) out.push(m[0]);
  }
  return out;
}

export function isStopWord(word: string): boolean {
  return lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;
}

/** The indexed term for one normalised word: lunr's English stemmer, as the builder pipeline runs it. */
export function stem(word: string): string {
  return lunr.stemmer(new lunr.Token(word, {})).toString();
}

// Snippets and highlights stem every word of every shown section; the Porter stemmer is a pile of
// regexes, so remember answers. Bounded, so a long session or a fuzz run cannot grow it forever.
const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 50_000;

/** Word → term as the index stores it, or null for a stop word (the index never contains those). */
export function toTerm(word: string): string | null {
  let term = termCache.get(word);
  if (term === undefined) {
    term = isStopWord(word) ? null : stem(word);
    if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
    termCache.set(word, term);
  }
  return term;
}

const wordCache = new Map<string, string[]>();

/**
 * Index terms of one word as written in a document ("Don’t" → ["dont"], "A&E" → ["ae"]), cached:
 * snippets and article highlighting ask this for every word they show.
 */
export function wordTerms(word: string): string[] {
  let terms = wordCache.get(word);
  if (terms === undefined) {
    terms = tokenise(word).flatMap((w) => toTerm(w) ?? []);
    if (wordCache.size >= TERM_CACHE_LIMIT) wordCache.clear();
    wordCache.set(word, terms);
  }
  return terms;
}
