import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';
import { fuzzyWalk, hasPrefix } from './fuzzy-walk';

const words = [
  'back',
  'backach',
  'bake',
  'sciatica',
  'pregnant',
  'pregnanc',
  'kidney',
  'cramp',
  'camp',
  'ramp',
].sort();
const root = words;

describe('fuzzyWalk', () => {
  it('finds exactly the vocabulary words within the distance', () => {
    for (const [w, d] of [
      ['bcak', 1],
      ['sciatca', 1],
      ['preganant', 2],
      ['kidny', 1],
      ['cramp', 1],
      ['zzzz', 2],
    ] as const) {
      const expected = words.filter((t) => editDistance(w, t, d) <= d);
      expect(fuzzyWalk(root, w, d).sort()).toEqual(expected);
    }
  });
  it('is fast on long words', () => {
    const t = performance.now();
    fuzzyWalk(root, 'abcdefghijklmnopqrstuvwxyzabcdefghijklmn', 2);
    expect(performance.now() - t).toBeLessThan(50);
  });
  it('tells whether a prefix continues', () => {
    expect(hasPrefix(root, 'preg')).toBe(true);
    expect(hasPrefix(root, 'back')).toBe(true);
    expect(hasPrefix(root, 'x')).toBe(false);
  });
});
