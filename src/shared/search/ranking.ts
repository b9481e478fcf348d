/**
 * How a matching section's final score is made from lunr's score (see `Postings`).
 *
 * In this handbook "back", "pain" and "cramp" are on every page, so a short general section that
 * has them beats the section about the reader's own word ("pregnant", "lifting") on lunr's score
 * alone. Each query word therefore gets a weight, its rarity: the inverse document frequency BM25
 * uses, counted over PAGES (a word on every page tells the pages apart no better than none): the
 * pages holding the word itself, or for a misspelt word the words it was corrected to (`known`,
 * page counts by query word), else, for a word still being typed, the pages matching it. Synonyms
 * do not count: "pregnant" stays as rare as it is whatever it also finds. A section's score is
 *
 *     lunr score × coverage² × (1 + named)²
 *
 * where `coverage` is the share of the query's total weight whose words the section contains (at
 * least 0.1, see `finalScore`), and `named` the share whose words are in its page title, its
 * heading or its page's keywords (what the authors say the section is about). So missing the
 * rarest word costs most, and a section named by the reader's specific word ranks above one that
 * merely mentions it. With one query word: lunr's order, named sections first.
 */
/** Each query word's weight; `known[g]`: the number of pages holding word g, or null to count them. */
export function wordWeights(
  docs: Int32Array,
  masks: Int32Array,
  pageOf: Int32Array,
  pages: number,
  known: readonly (number | null)[],
): Float64Array {
  const words = known.length;
  const seen = new Uint8Array(pages * words);
  const df = Float64Array.from(known, (n) => n ?? 0);
  for (let i = 0; i < docs.length; i++) {
    const at = pageOf[docs[i]!]! * words;
    for (let g = 0, m = masks[i]!; m; g++, m >>>= 1) {
      if (m & 1 && known[g] === null && !seen[at + g]) {
        seen[at + g] = 1;
        df[g]!++;
      }
    }
  }
  return df.map((n) => Math.log(1 + Math.abs(pages - n + 0.5) / (n + 0.5)));
}

const MIN_COVERAGE = 0.1;

/** The sum of the weights of the words whose bits are set in `mask`. */
export function weightOf(mask: number, weights: Float64Array): number {
  let sum = 0;
  for (let g = 0, m = mask; m; g++, m >>>= 1) if (m & 1) sum += weights[g]!;
  return sum;
}

export function finalScore(lunrScore: number, coverage: number, inHeading: number): number {
  // A section found only through a phrase synonym covers no word outright: it keeps a little score.
  const covered = MIN_COVERAGE + (1 - MIN_COVERAGE) * coverage;
  const named = 1 + inHeading;
  return Math.round(lunrScore * covered * covered * named * named * 1e6) / 1e6;
}

/**
 * Results best first, but at most `perPage` sections of one page before every other page's best
 * (the rest follow after), so a few different right answers show at the top. The results list
 * groups neighbouring sections of one page under its title.
 */
export function spreadPages<T extends { slug: string }>(ranked: T[], perPage = 2): T[] {
  const shown = new Map<string, number>();
  const first: T[] = [];
  const later: T[] = [];
  for (const hit of ranked) {
    const n = shown.get(hit.slug) ?? 0;
    shown.set(hit.slug, n + 1);
    (n < perPage ? first : later).push(hit);
  }
  return [...first, ...later];
}
