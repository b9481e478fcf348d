import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/fixtures/search/synthetic-corpus';
import { topK } from './top-k';

describe('topK', () => {
  it('returns the k best, best first, like a full sort would', () => {
    const random = seededRandom(3);
    for (const n of [0, 1, 2, 5, 20, 21, 100, 1000]) {
      // Many ties on score, broken by position: the engine's order (score desc, then document order).
      const scores = Array.from({ length: n }, () => Math.floor(random() * 10));
      const better = (a: number, b: number): boolean =>
        scores[a] !== scores[b] ? scores[a]! > scores[b]! : a < b;
      const sorted = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
      for (const k of [0, 1, 3, 20, n, n + 5]) {
        expect(topK(n, k, better)).toEqual(sorted.slice(0, Math.max(0, k)));
      }
    }
  });
});
