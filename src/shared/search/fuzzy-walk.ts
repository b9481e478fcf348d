/**
 * Typo-tolerant lookup over lunr's vocabulary automaton (its `TokenSet`, a minimised trie).
 * lunr's own `TokenSet.fromFuzzyString` builds an automaton that grows exponentially with the word
 * (≈100 ms for a 40-letter word at distance 2), so we walk the vocabulary instead, carrying one row
 * of the edit-distance table per trie edge and pruning a branch as soon as every cell exceeds `max`.
 */

export interface TrieNode {
  final: boolean;
  edges: Record<string, TrieNode>;
}

export function fuzzyWalk(root: TrieNode, word: string, max: number): string[] {
  const out: string[] = [];
  const n = word.length;
  const first = Array.from({ length: n + 1 }, (_, j) => j);
  const visit = (
    node: TrieNode,
    prefix: string,
    prev: number[],
    prevPrev: number[] | null,
    prevChar: string,
  ): void => {
    for (const ch of Object.keys(node.edges)) {
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
      const child = node.edges[ch]!;
      if (child.final && row[n]! <= max) out.push(prefix + ch);
      if (rowMin <= max) visit(child, prefix + ch, row, prev, ch);
    }
  };
  if (root.final && n <= max) out.push('');
  visit(root, '', first, null, '');
  return out;
}

/** True when some vocabulary word starts with `prefix`: every trie node leads to at least one word. */
export function hasPrefix(root: TrieNode, prefix: string): boolean {
  let node: TrieNode | undefined = root;
  for (let i = 0; node && i < prefix.length; i++) node = node.edges[prefix[i]!];
  return node !== undefined && (node.final || Object.keys(node.edges).length > 0);
}
