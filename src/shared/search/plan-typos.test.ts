import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';
import { BOOST, planQuery, type Vocabulary } from './plan';
import { MAX_QUERY_CHARS, MAX_WORDS, parseQuery } from './query';
import { Synonyms } from './synonyms';

/** The plan's typo and synonym rules, each on a small vocabulary with chosen section counts. */
function vocab(terms: string[], frequency: Record<string, number> = {}): Vocabulary {
  const set = new Set(terms);
  return {
    has: (t) => set.has(t),
    hasPrefix: (p) => terms.some((t) => t.startsWith(p)),
    fuzzy: (w, d) => terms.filter((t) => editDistance(w, t, d) <= d),
    docFrequency: (t) => frequency[t] ?? 1,
  };
}
const SYNONYMS = new Synonyms([['pins and needles', 'tingling']]);
const plan = (query: string, v: Vocabulary) => planQuery(parseQuery(query), v, SYNONYMS);
const clauses = (query: string, v: Vocabulary) =>
  plan(query, v)
    .clauses.map((c) => `${c.prefix ? '*' : '='}${c.term}:${c.boost}`)
    .sort();

// "sciatca" is written into the handbook on purpose, as readers type it; it must find the
// sciatica pages, not only the one section that spells it so.
describe('a rare indexed word one typo from a far more common one', () => {
  const sciatica = (rare: number, common: number) =>
    vocab(['sciatca', 'sciatica'], { sciatca: rare, sciatica: common });

  it('counts as the common word: the word a match needs, with a did-you-mean', () => {
    const p = plan('sciatca ', sciatica(1, 4));
    expect(clauses('sciatca ', sciatica(1, 4))).toEqual([
      `=sciatca:${BOOST.typo2}`,
      `=sciatica:${BOOST.exact}`,
    ]);
    expect(p.groups).toEqual([
      { terms: new Set(['sciatca', 'sciatica']), prefixes: [], primary: ['sciatica'] },
    ]);
    expect(p.corrections).toEqual(new Map([[0, ['sciatica']]]));
  });

  it('up to six sections, and only when the other is four times as common', () => {
    expect(plan('sciatca ', sciatica(6, 24)).groups[0]!.primary).toEqual(['sciatica']);
    for (const [rare, common] of [
      [7, 28],
      [1, 3],
    ]) {
      const p = plan('sciatca ', sciatica(rare!, common!));
      expect(clauses('sciatca ', sciatica(rare!, common!))).toEqual([`=sciatca:${BOOST.exact}`]);
      expect(p.groups).toEqual([{ terms: new Set(['sciatca']), prefixes: [], primary: ['sciatca'] }]);
      expect(p.corrections.size).toBe(0);
    }
  });
});

describe('an unknown word', () => {
  it('is matched by its closest corrections; farther ones only add to the score', () => {
    const v = vocab(['abcdefgx', 'abcdefxy']);
    expect(clauses('abcdefgh ', v)).toEqual([
      `=abcdefgh:${BOOST.exact}`,
      `=abcdefgx:${BOOST.exact}`,
      `=abcdefxy:${BOOST.typo2}`,
    ]);
    expect(plan('abcdefgh ', v).groups[0]!.primary).toEqual(['abcdefgx']);
  });
});

describe('one term reached twice', () => {
  it('takes the higher boost when a later word types what an earlier one reached as a correction', () => {
    expect(clauses('abcdefgh abcdefxz ', vocab(['abcdefgx', 'abcdefxz']))).toEqual([
      `=abcdefgh:${BOOST.exact}`,
      `=abcdefgx:${BOOST.exact}`,
      `=abcdefxz:${BOOST.exact}`,
    ]);
  });

  it('keeps its higher boost when a later word reaches it as a far correction', () => {
    // "abcdefxz" typed, then "abcdefgh", two typos from it: it stays a word typed.
    expect(clauses('abcdefxz abcdefgh ', vocab(['abcdefgx', 'abcdefxz']))).toEqual([
      `=abcdefgh:${BOOST.exact}`,
      `=abcdefgx:${BOOST.exact}`,
      `=abcdefxz:${BOOST.exact}`,
    ]);
  });
});

describe('parseQuery', () => {
  it('reads no further than its limit into pasted text', () => {
    expect(parseQuery(`${' '.repeat(MAX_QUERY_CHARS)}back`).words).toEqual([]);
  });

  it('makes a phrase only of the quoted words, not of the words before the quote', () => {
    expect(parseQuery('lower back "pins needles" now').phrases).toEqual([['pins', 'needles']]);
  });

  it('makes no phrase of an unclosed quote', () => {
    expect(parseQuery('pain "lower back').phrases).toEqual([]);
    expect(parseQuery('pain "lower back').words.map((w) => w.word)).toEqual(['pain', 'lower', 'back']);
  });

  it('treats no kept word as being typed when the words beyond the limit were cut', () => {
    const words = Array.from({ length: MAX_WORDS + 1 }, (_, i) => `word${i}`).join(' ');
    const parsed = parseQuery(words);
    expect(parsed.words).toHaveLength(MAX_WORDS);
    expect(parsed.words.some((w) => w.prefix)).toBe(false);
  });
});

describe('words and groups', () => {
  it('gives stop words no group of their own', () => {
    const p = plan('pain in the back!', vocab(['pain', 'back']));
    expect(p.groups.map((g) => [...g.terms])).toEqual([['pain'], ['back']]);
  });

  it('lets a one-word synonym stand for the phrase it replaces, word by word', () => {
    const p = plan('pins and needles!', vocab(['pin', 'needl', 'tingl']));
    expect(p.groups.map((g) => [...g.terms])).toEqual([
      ['pin', 'tingl'],
      ['needl', 'tingl'],
    ]);
  });

  it('never lets a longer synonym, or one the index lacks, stand for a word', () => {
    // Only "pin" of "pins and needles" is indexed: it still does not stand for "tingling".
    expect(plan('tingling!', vocab(['tingl', 'pin'])).groups.map((g) => [...g.terms])).toEqual([['tingl']]);
    expect(plan('pins and needles!', vocab(['pin', 'needl'])).groups.map((g) => [...g.terms])).toEqual([
      ['pin'],
      ['needl'],
    ]);
  });
});
