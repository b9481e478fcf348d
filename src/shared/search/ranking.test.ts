import { describe, expect, it } from 'vitest';
import { finalScore, spreadPages, weightOf, wordWeights } from './ranking';

describe('ranking', () => {
  it('weighs a word by how few sections have it', () => {
    // 10 pages of two sections: word 0 ("back") is on every page, word 1 ("pregnant") on pages 0 and 1.
    const docs = Int32Array.from({ length: 20 }, (_, i) => i);
    const pageOf = Int32Array.from(docs, (d) => d >> 1);
    const masks = Int32Array.from(docs, (d) => (d < 4 ? 3 : 1));
    const weights = wordWeights(docs, masks, pageOf, 10, [null, null]);
    expect(weights[1]!).toBeGreaterThan(10 * weights[0]!);
    expect(wordWeights(docs, masks, pageOf, 10, [null, 2])).toEqual(weights);
    expect(weightOf(3, weights)).toBeCloseTo(weights[0]! + weights[1]!);
    expect(weightOf(0, weights)).toBe(0);
  });

  it('rewards covering the query and holding its words in the heading', () => {
    expect(finalScore(1, 1, 0)).toBeGreaterThan(finalScore(1, 0.5, 0));
    expect(finalScore(1, 1, 1)).toBe(4 * finalScore(1, 1, 0));
  });

  it('shows at most two sections of a page before every other page', () => {
    const hit = (slug: string, n: number) => ({ slug, id: `${slug}${n}` });
    const ranked = [
      hit('a', 1),
      hit('a', 2),
      hit('b', 1),
      hit('a', 3),
      hit('c', 1),
      hit('b', 2),
      hit('b', 3),
    ];
    expect(spreadPages(ranked).map((h) => h.id)).toEqual(['a1', 'a2', 'b1', 'c1', 'b2', 'a3', 'b3']);
  });
});
