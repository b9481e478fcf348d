/**
 * Typo-tolerant lookup over the sorted vocabulary. A sorted word list is a trie laid flat: a word
 * shares its prefix with the one before it. So we keep one row of the edit-distance table per
 * letter of the current word, reuse the rows of the shared prefix, and when every cell of a row
 * exceeds `max`, skip every word with that prefix. Each distinct prefix is computed once, as a
 * walk over a trie would, without building one when the index loads.
 */
export function fuzzyWalk(terms: readonly string[], word: string, max: number): string[] {
  const out: string[] = [];
  const n = word.length;
  // rows[k]: the table's row after the first k letters of `path`; rows[0] is the empty prefix.
  const rows: number[][] = [Array.from({ length: n + 1 }, (_, j) => j)];
  let path = '';
  let i = 0;
  while (i < terms.length) {
    const term = terms[i]!;
    let k = 0;
    const shared = Math.min(rows.length - 1, term.length);
    while (k < shared && term.charCodeAt(k) === path.charCodeAt(k)) k++;
    rows.length = k + 1;
    path = term;
    let pruned = false;
    for (; k < term.length; k++) {
      const prev = rows[k]!;
      const prevPrev = k > 0 ? rows[k - 1]! : null;
      const ch = term[k]!;
      const prevChar = k > 0 ? term[k - 1]! : '';
      const row = [prev[0]! + 1];
      let rowMin = row[0]!;
      for (let j = 1; j <= n; j++) {
        let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (word[j - 1] === ch ? 0 : 1));
        // Adjacent transposition ("sicatica"), as lunr's fuzzy matching allows.
        if (prevPrev && j > 1 && word[j - 1] === prevChar && word[j - 2] === ch)
          d = Math.min(d, prevPrev[j - 2]! + 1);
        row.push(d);
        if (d < rowMin) rowMin = d;
      }
      rows.push(row);
      if (rowMin > max) {
        // No word continuing this prefix can come back within `max`: jump past all of them.
        i = nextWithout(terms, term.slice(0, k + 1), i);
        pruned = true;
        break;
      }
    }
    if (pruned) continue;
    if (rows[term.length]![n]! <= max) out.push(term);
    i++;
  }
  return out;
}

/** Position of the first term after `from` that does not start with `prefix` (terms are sorted). */
function nextWithout(terms: readonly string[], prefix: string, from: number): number {
  let lo = from + 1;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]!.startsWith(prefix)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when some vocabulary word starts with `prefix`. */
export function hasPrefix(terms: readonly string[], prefix: string): boolean {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < terms.length && terms[lo]!.startsWith(prefix);
}
