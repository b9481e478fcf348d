import { allowedTypos, editDistance } from './edit-distance';
import { isStopWord } from './normalise';
import { queryStems, type ParsedQuery } from './query';
import type { Synonyms } from './synonyms';

/** What the planner needs to know about the index's terms. */
export interface Vocabulary {
  has(term: string): boolean;
  hasPrefix(prefix: string): boolean;
  /** Index terms within `distance` edits of `word`. */
  fuzzy(word: string, distance: number): string[];
  /** Number of documents containing the term; ranks candidate corrections. */
  docFrequency(term: string): number;
}

/**
 * Exact words (and the closest corrections of a word the index does not have) win over synonyms,
 * synonyms over completions, completions over further corrections.
 */
export const BOOST = { exact: 10, synonym: 5, prefix: 3, typo1: 2, typo2: 1 } as const;
const MAX_CORRECTIONS = 4;
/** A word in at most this many sections, with a correction in COMMON_FACTOR times as many, is a typo. */
const RARE_TYPO_SECTIONS = 6;
const COMMON_FACTOR = 4;
const MIN_PREFIX = 2;

export interface Clause {
  term: string;
  boost: number;
  /** Trailing wildcard: `term` is a prefix, not a stem. */
  prefix: boolean;
}

/** One query word and everything that counts as matching it (for "how many words did a doc match"). */
export interface WordGroup {
  terms: Set<string>;
  prefixes: string[];
  /** The terms that stand for the typed word: itself when indexed, else its closest corrections. */
  primary: string[];
}

export interface QueryPlan {
  clauses: Clause[];
  groups: WordGroup[];
  /** Query word position → index terms to suggest instead ("did you mean"), best first. */
  corrections: Map<number, string[]>;
}

/**
 * Vocabulary terms within `limit(base)` edits of the typed word or of its stem, each base judged by
 * its own length (a stem is shorter, so it earns fewer typos), closest and most common first.
 */
function corrections(
  word: string,
  term: string,
  limit: (base: string) => number,
  vocab: Vocabulary,
): [string, number][] {
  const found = new Map<string, number>();
  for (const base of new Set([word, term])) {
    const max = limit(base);
    if (max === 0) continue;
    for (const c of vocab.fuzzy(base, max)) {
      const d = editDistance(base, c, max);
      if (d <= max && d < (found.get(c) ?? Infinity)) found.set(c, d);
    }
  }
  return [...found]
    .sort(
      (a, b) => a[1] - b[1] || vocab.docFrequency(b[0]) - vocab.docFrequency(a[0]) || (a[0] < b[0] ? -1 : 1),
    )
    .slice(0, MAX_CORRECTIONS);
}

export function planQuery(parsed: ParsedQuery, vocab: Vocabulary, synonyms: Synonyms): QueryPlan {
  const clauses = new Map<string, Clause>();
  const add = (term: string, boost: number, prefix = false): void => {
    const key = (prefix ? '*' : '=') + term;
    const old = clauses.get(key);
    if (!old || old.boost < boost) clauses.set(key, { term, boost, prefix });
  };
  const groupOf: (WordGroup | undefined)[] = [];
  const fixes = new Map<number, string[]>();

  parsed.words.forEach(({ word, term, prefix }, i) => {
    const group: WordGroup = { terms: new Set(), prefixes: [], primary: [] };
    const completes = prefix && word.length >= MIN_PREFIX && vocab.hasPrefix(word);
    if (completes) {
      add(word, BOOST.prefix, true);
      group.prefixes.push(word);
    }
    if (term === null) {
      // A stop word is not indexed; it only counts while it may be the start of a longer word.
      if (completes) groupOf[i] = group;
      return;
    }
    group.terms.add(term);
    groupOf[i] = group;
    if (vocab.has(term)) {
      // A rare word one typo from a far more common one is most likely that typo, written into
      // the handbook on purpose as a reader's phrasing ("sciatca"): the common word counts as the
      // word typed, the rare one only a little.
      const df = vocab.docFrequency(term);
      const common =
        df > RARE_TYPO_SECTIONS
          ? []
          : corrections(word, term, allowedTypos, vocab).filter(
              ([c, d]) => d > 0 && vocab.docFrequency(c) >= COMMON_FACTOR * df,
            );
      add(term, common.length ? BOOST.typo2 : BOOST.exact);
      for (const [c] of common) {
        add(c, BOOST.exact);
        group.terms.add(c);
      }
      group.primary.push(...(common.length ? common.map(([c]) => c) : [term]));
      if (common.length)
        fixes.set(
          i,
          common.map(([c]) => c),
        );
      return;
    }
    add(term, BOOST.exact);
    if (completes) return;
    // Unknown word: lunr's own fuzzy terms skip stemming, so match the typed word and its stem
    // against the vocabulary ourselves and add what we find as exact terms with a lower boost.
    // The typed form matches nothing, so the closest corrections count as the word itself.
    const found = corrections(word, term, allowedTypos, vocab);
    for (const [c, d] of found) {
      const closest = d === found[0]![1];
      add(c, closest ? BOOST.exact : d <= 1 ? BOOST.typo1 : BOOST.typo2);
      group.terms.add(c);
      if (closest) group.primary.push(c);
    }
    // Too short for typo tolerance ("foo") still earns a did-you-mean; only the closest are offered.
    const near = found.length ? found : corrections(word, term, (b) => (b.length >= 3 ? 1 : 0), vocab);
    const best = near[0]?.[1];
    if (best !== undefined)
      fixes.set(
        i,
        near.filter(([, d]) => d === best).map(([c]) => c),
      );
  });

  for (const match of synonyms.find(queryStems(parsed))) {
    for (const alternative of match.alternatives) {
      const known = alternative.filter((s) => !isStopWord(s) && vocab.has(s));
      for (const s of known) add(s, BOOST.synonym);
      // Only a one-word synonym covers the query word: "nerve pain" for "sciatica" must not count
      // every section that says "pain" (its words still add to the score).
      if (alternative.length !== 1 || known.length !== 1) continue;
      for (let i = match.start; i <= match.end; i++) groupOf[i]?.terms.add(known[0]!);
    }
  }

  // Repeated words form one group, so "back back" does not demand two matches.
  const seen = new Set<string>();
  const groups = groupOf.filter((g): g is WordGroup => {
    if (!g) return false;
    const key = [...g.terms, '*', ...g.prefixes].join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { clauses: [...clauses.values()], groups, corrections: fixes };
}

/** True when a document whose matched index terms are `matched` covers this query word. */
export function groupMatches(group: WordGroup, matched: string[]): boolean {
  return matched.some((t) => group.terms.has(t) || group.prefixes.some((p) => t.startsWith(p)));
}
