import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';
import { BOOST, planQuery, type Vocabulary } from './plan';
import { parseQuery } from './query';
import { Synonyms } from './synonyms';

function vocab(terms: string[]): Vocabulary {
  const set = new Set(terms);
  return {
    has: (t) => set.has(t),
    hasPrefix: (p) => terms.some((t) => t.startsWith(p)),
    fuzzy: (w, d) => terms.filter((t) => editDistance(w, t, d) <= d),
    docFrequency: () => 1,
  };
}

describe('parseQuery', () => {
  it('normalises words and marks the last one as a prefix while typing', () => {
    const q = parseQuery('Back CRAMP');
    expect(q.words.map((w) => [w.word, w.term, w.prefix])).toEqual([
      ['back', 'back', false],
      ['cramp', 'cramp', true],
    ]);
    expect(parseQuery('back cramp ').words[1]!.prefix).toBe(false);
  });
  it('extracts quoted phrases and ignores an unclosed quote', () => {
    expect(parseQuery('"pins and needles" leg').phrases).toEqual([['pins', 'and', 'needles']]);
    expect(parseQuery('“lower back”').phrases).toEqual([['lower', 'back']]);
    expect(parseQuery('"lower back').phrases).toEqual([]);
    expect(parseQuery('"lower back').words).toHaveLength(2);
  });
  it('returns nothing for empty, whitespace or pure syntax', () => {
    for (const q of ['', '   \n\t', ':', '~^+-*"', '😣😣']) expect(parseQuery(q).words).toEqual([]);
  });
  it('caps length and word count', () => {
    expect(parseQuery('back '.repeat(5000)).words.length).toBeLessThanOrEqual(10);
  });
});

describe('planQuery', () => {
  const v = vocab(['back', 'cramp', 'spasm', 'sciatica', 'pregnant', 'pregnanc', 'kidney', 'tingl', 'muscl']);
  const synonyms = new Synonyms([
    ['pins and needles', 'tingling'],
    ['cramp', 'spasm', 'muscle cramp'],
  ]);
  it('boosts exact above prefix, and the prefix goes only on the last word', () => {
    const plan = planQuery(parseQuery('back pregnan'), v, synonyms);
    expect(plan.clauses).toContainEqual({ term: 'back', boost: BOOST.exact, prefix: false });
    expect(plan.clauses).toContainEqual({ term: 'pregnan', boost: BOOST.prefix, prefix: true });
    expect(plan.clauses.filter((c) => c.prefix)).toHaveLength(1);
    expect(BOOST.exact).toBeGreaterThan(BOOST.prefix);
  });
  it('counts the closest correction of an unknown word as the word itself', () => {
    const plan = planQuery(parseQuery('sciatca '), v, synonyms);
    expect(plan.clauses).toContainEqual({ term: 'sciatica', boost: BOOST.exact, prefix: false });
    expect(plan.corrections.get(0)).toEqual(['sciatica']);
    // "kidny" is one edit from the indexed "kidney" (its own stem, "kidni", is two).
    expect(planQuery(parseQuery('kidny '), v, synonyms).clauses.map((c) => c.term)).toContain('kidney');
  });
  it('does not apply typo tolerance to short words or known words', () => {
    expect(planQuery(parseQuery('bac '), v, synonyms).clauses).toHaveLength(1);
    expect(planQuery(parseQuery('back '), v, synonyms).clauses).toEqual([
      { term: 'back', boost: BOOST.exact, prefix: false },
    ]);
  });
  it('adds synonyms to the group of the words they replace', () => {
    const plan = planQuery(parseQuery('pins and needles '), v, synonyms);
    expect(plan.clauses).toContainEqual({ term: 'tingl', boost: BOOST.synonym, prefix: false });
    expect(plan.groups.every((g) => g.terms.has('tingl'))).toBe(true);
  });
  it('does not search the extra words of a longer form of the typed word', () => {
    const terms = planQuery(parseQuery('cramp '), v, synonyms).clauses.map((c) => c.term);
    expect(terms).toEqual(['cramp', 'spasm']);
  });
  it('skips stop words', () => {
    const plan = planQuery(parseQuery('the back '), v, synonyms);
    expect(plan.groups).toHaveLength(1);
  });
});
