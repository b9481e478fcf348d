import { tokenise, toTerm, stem } from './normalise';

/** Longer input is cut: nobody types more, and a pasted 10 kB string must not cost 10 kB of work. */
export const MAX_QUERY_CHARS = 256;
export const MAX_WORDS = 10;

export interface QueryWord {
  /** Normalised word as typed (lower case, no accents or punctuation). */
  word: string;
  /** Indexed form, or null for a stop word (which the index never contains). */
  term: string | null;
  /** The last word while the user is still typing it: also match as a prefix. */
  prefix: boolean;
}

export interface ParsedQuery {
  words: QueryWord[];
  /** Quoted phrases of two or more words, normalised; results must contain each of them. */
  phrases: string[][];
}

const QUOTES = /["“”„«»]/;

/**
 * Parses user text without ever handing it to lunr's query-string parser: quotes delimit phrases
 * (an unclosed quote is ignored), everything else is plain words. Never throws.
 */
export function parseQuery(text: string): ParsedQuery {
  const input = String(text ?? '').slice(0, MAX_QUERY_CHARS);
  const parts = input.split(QUOTES);
  const words: QueryWord[] = [];
  const phrases: string[][] = [];
  parts.forEach((part, i) => {
    const tokens = tokenise(part);
    const quoted = i % 2 === 1 && i < parts.length - 1;
    if (quoted && tokens.length > 1) phrases.push(tokens);
    for (const word of tokens) words.push({ word, term: toTerm(word), prefix: false });
  });
  const kept = words.slice(0, MAX_WORDS);
  const last = kept[kept.length - 1];
  // Still typing when the input ends inside a word (not after a space, quote or punctuation).
  if (last && kept.length === words.length && /[\p{L}\p{N}\p{M}]$/u.test(input)) last.prefix = true;
  return { words: kept, phrases };
}

/** Stems of all words, stop words included, for matching multi-word synonyms like "pins and needles". */
export function queryStems(parsed: ParsedQuery): string[] {
  return parsed.words.map((w) => w.term ?? stem(w.word));
}
