import { describe, expect, it } from 'vitest';
import { allowedTypos, editDistance } from './edit-distance';
import { fuzzyWalk, type TrieNode } from './fuzzy-walk';
import { BOOST, planQuery, type Vocabulary } from './plan';
import { parseQuery } from './query';

/** The limits of typo tolerance: how many typos a word may carry, and what counts as one. */
describe('allowedTypos', () => {
  it.each([
    ['', 0],
    ['leg', 0],
    ['back', 1],
    ['cramps', 1],
    ['pregnan', 1],
    ['sciatica', 2],
    ['physiotherapist', 2],
  ])('%j may carry %i typos', (word, typos) => {
    expect(allowedTypos(word)).toBe(typos);
  });
});

describe('editDistance', () => {
  it.each([
    ['back', 'back', 0],
    ['back', 'pack', 1], // substitution
    ['back', 'bak', 1], // deletion
    ['bak', 'back', 1], // insertion
    ['sicatica', 'sciatica', 1], // adjacent transposition counts as one typo
    ['acb', 'bca', 2], // transposition of non-neighbours does not
    ['', 'abc', 3],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
  ])('%j to %j is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops early: past `max` it answers max + 1, whatever the true distance', () => {
    expect(editDistance('back', 'spasm', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('sciatica', 'sceatika', 2)).toBe(2);
    expect(editDistance('sciatica', 'sceatika', 1)).toBe(2);
  });
});

function trie(words: string[]): TrieNode {
  const root: TrieNode = { final: false, edges: {} };
  for (const word of words) {
    let node = root;
    for (const ch of word) node = node.edges[ch] ??= { final: false, edges: {} };
    node.final = true;
  }
  return root;
}

describe('fuzzyWalk', () => {
  const words = ['back', 'bake', 'sciatica', 'spasm', 'cramp', 'cramps', 'a'];
  it.each([
    ['bakc', 1],
    ['sceatika', 2],
    ['cramp', 1],
    ['cramp', 0],
    ['', 1],
    ['spams', 1],
  ])('finds exactly the words editDistance allows for %j within %i', (word, max) => {
    const expected = words.filter((w) => editDistance(word, w) <= max).sort();
    expect(fuzzyWalk(trie(words), word, max).sort()).toEqual(expected);
  });
});

function vocab(terms: string[]): Vocabulary {
  const set = new Set(terms);
  return {
    has: (t) => set.has(t),
    hasPrefix: (p) => terms.some((t) => t.startsWith(p)),
    fuzzy: (w, d) => terms.filter((t) => editDistance(w, t, d) <= d),
    docFrequency: () => 1,
  };
}

/** Index terms a finished query (trailing space: no completion) searches for, with their boosts. */
function searched(query: string, terms: string[]): Record<string, number> {
  const plan = planQuery(parseQuery(`${query} `), vocab(terms));
  return Object.fromEntries(plan.clauses.map((c) => [c.term, c.boost]));
}

describe('typo tolerance in the query plan', () => {
  it('a word of 8 letters or more finds a term two typos away, at the lowest boost', () => {
    // "sceatika": two letters wrong in "sciatica".
    expect(searched('sceatika', ['sciatica'])).toMatchObject({ sciatica: BOOST.typo2 });
    expect(planQuery(parseQuery('sceatika '), vocab(['sciatica'])).corrections.get(0)).toEqual(['sciatica']);
  });

  it('a word of 4 to 7 letters finds a term one typo away, not two', () => {
    expect(searched('spazm', ['spasm'])).toMatchObject({ spasm: BOOST.typo1 });
    expect(searched('spazn', ['spasm'])).not.toHaveProperty('spasm');
    // Seven letters, two typos: not a match ("crampes" is one typo from "cramps").
    expect(searched('krampez', ['cramps'])).not.toHaveProperty('cramps');
    expect(searched('crampes', ['cramps'])).toMatchObject({ cramps: BOOST.typo1 });
  });

  it('a word under 4 letters gets no typo tolerance, only a did-you-mean', () => {
    const plan = planQuery(parseQuery('bak '), vocab(['back']));
    expect(plan.clauses.map((c) => c.term)).toEqual(['bak']);
    expect(plan.corrections.get(0)).toEqual(['back']);
  });

  it('one typo outranks two: the closer correction gets the higher boost and is offered alone', () => {
    const plan = planQuery(parseQuery('sciatixa '), vocab(['sciatica', 'sciatixxx', 'sceatixa']));
    const boosts = Object.fromEntries(plan.clauses.map((c) => [c.term, c.boost]));
    expect(boosts).toMatchObject({ sciatica: BOOST.typo1, sceatixa: BOOST.typo1, sciatixxx: BOOST.typo2 });
    expect(plan.corrections.get(0)).toEqual(['sceatixa', 'sciatica']);
    expect(BOOST.typo1).toBeGreaterThan(BOOST.typo2);
  });
});
