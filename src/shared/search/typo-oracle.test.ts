import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';
import { fuzzyWalk, hasPrefix } from './fuzzy-walk';

/**
 * The typo distance and the vocabulary walk against the textbook definition, on every word of
 * up to four letters from a three-letter alphabet: small enough to try all of them, and full of
 * repeated letters and swaps, where a wrong index or guard shows. (fuzzy-walk.test.ts holds the
 * handbook's own words and the timing test.)
 */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

const WORDS = ['a', 'b', 'c'].reduce<string[]>(
  (all) => [
    ...new Set([...all, ...all.flatMap((w) => (w.length < 4 ? ['a', 'b', 'c'].map((l) => w + l) : []))]),
  ],
  [''],
);
const VOCABULARY = WORDS.filter((w) => w !== '').sort();

describe('the typo distance', () => {
  it('is the optimal-string-alignment distance for every pair of short words', () => {
    const wrong: string[] = [];
    for (const a of WORDS)
      for (const b of WORDS) if (editDistance(a, b) !== reference(a, b)) wrong.push(`${a}/${b}`);
    expect(wrong).toEqual([]);
  });

  it('with a limit, is exact within it and above it beyond (it may stop early there)', () => {
    const wrong: string[] = [];
    for (const a of WORDS)
      for (const b of WORDS)
        for (const max of [0, 1, 2]) {
          const [d, r] = [editDistance(a, b, max), reference(a, b)];
          if (r <= max ? d !== r : d <= max) wrong.push(`${a}/${b}/${max}: ${d}`);
        }
    expect(wrong).toEqual([]);
  });
});

describe('the vocabulary walk', () => {
  it('finds exactly the words within 0, 1 or 2 typos, for every short word', () => {
    for (const word of WORDS)
      for (const max of [0, 1, 2]) {
        const expected = VOCABULARY.filter((t) => reference(word, t) <= max);
        expect(fuzzyWalk(VOCABULARY, word, max), `${word} ${max}`).toEqual(expected);
      }
  });

  it('finds them in a vocabulary with gaps, where whole runs of words are skipped', () => {
    const sparse = VOCABULARY.filter((_, i) => i % 3 !== 1);
    for (const word of ['abca', 'cab', 'bbbb', 'acb'])
      for (const max of [1, 2])
        expect(fuzzyWalk(sparse, word, max)).toEqual(sparse.filter((t) => reference(word, t) <= max));
  });

  it('tells whether any word starts with a prefix', () => {
    const sparse = VOCABULARY.filter((w) => !w.startsWith('ba'));
    for (const prefix of ['a', 'ab', 'ba', 'bab', 'bb', 'cc', 'ccc', 'cccc', 'ccccc', 'd'])
      expect(hasPrefix(sparse, prefix), prefix).toBe(sparse.some((w) => w.startsWith(prefix)));
  });
});
