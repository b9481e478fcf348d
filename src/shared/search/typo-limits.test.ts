import { describe, expect, it } from 'vitest';
import { allowedTypos, editDistance } from './edit-distance';
import { fuzzyWalk } from './fuzzy-walk';
import { BOOST, planQuery, type Vocabulary } from './plan';
import { parseQuery } from './query';
import { Synonyms } from './synonyms';

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
    expect(fuzzyWalk([...words].sort(), word, max).sort()).toEqual(expected);
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
  const plan = planQuery(parseQuery(`${query} `), vocab(terms), new Synonyms([]));
  return Object.fromEntries(plan.clauses.map((c) => [c.term, c.boost]));
}

describe('typo tolerance in the query plan', () => {
  it('a word of 8 letters or more finds a term two typos away, at the lowest boost', () => {
    // "sceatika": two letters wrong in "sciatica".
    expect(searched('sceatika', ['sciatica'])).toHaveProperty('sciatica');
    expect(
      planQuery(parseQuery('sceatika '), vocab(['sciatica']), new Synonyms([])).corrections.get(0),
    ).toEqual(['sciatica']);
  });

  it('a word of 4 to 7 letters finds a term one typo away, not two', () => {
    expect(searched('spazm', ['spasm'])).toHaveProperty('spasm');
    expect(searched('spazn', ['spasm'])).not.toHaveProperty('spasm');
    // Seven letters, two typos: not a match ("crampes" is one typo from "cramps").
    expect(searched('krampez', ['cramps'])).not.toHaveProperty('cramps');
    expect(searched('crampes', ['cramps'])).toHaveProperty('cramps');
  });

  it('a word under 4 letters gets no typo tolerance, only a did-you-mean', () => {
    const plan = planQuery(parseQuery('bak '), vocab(['back']), new Synonyms([]));
    expect(plan.clauses.map((c) => c.term)).toEqual(['bak']);
    expect(plan.corrections.get(0)).toEqual(['back']);
  });

  it('one typo outranks two: the closer correction gets the higher boost and is offered alone', () => {
    const plan = planQuery(
      parseQuery('sciatixa '),
      vocab(['sciatica', 'sciatixxx', 'sceatixa']),
      new Synonyms([]),
    );
    const boosts = Object.fromEntries(plan.clauses.map((c) => [c.term, c.boost]));
    // The typed word is not indexed, so its closest corrections stand for it (issue 20); a farther
    // one keeps a typo's lower boost.
    expect(boosts).toMatchObject({ sciatica: BOOST.exact, sceatixa: BOOST.exact, sciatixxx: BOOST.typo2 });
    expect(plan.corrections.get(0)).toEqual(['sceatixa', 'sciatica']);
    expect(BOOST.typo1).toBeGreaterThan(BOOST.typo2);
  });
});
