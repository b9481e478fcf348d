import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';
import { BOOST, groupMatches, planQuery, type Vocabulary } from './plan';
import { parseQuery } from './query';
import { Synonyms } from './synonyms';

/** The query plan's rules one by one, each on a vocabulary made to show it. */
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

describe('parseQuery', () => {
  it('makes phrases only of quoted runs of two words or more', () => {
    expect(parseQuery('lower back pain').phrases).toEqual([]);
    expect(parseQuery('"back" pain').phrases).toEqual([]);
    expect(parseQuery('a "lower back" b "pins needles" c').phrases).toEqual([
      ['lower', 'back'],
      ['pins', 'needles'],
    ]);
  });

  it('treats the last word as still being typed only when the text ends inside it', () => {
    expect(parseQuery('back!').words[0]!.prefix).toBe(false);
    expect(parseQuery('"back"').words[0]!.prefix).toBe(false);
    expect(parseQuery('back2').words[0]!.prefix).toBe(true);
  });
});

describe('planQuery', () => {
  it('keeps the highest boost when two words reach the same term, and prefix and exact apart', () => {
    expect(clauses('back bakc ', vocab(['back']))).toEqual([`=back:${BOOST.exact}`, `=bakc:${BOOST.exact}`]);
    expect(clauses('bakc back ', vocab(['back']))).toEqual([`=back:${BOOST.exact}`, `=bakc:${BOOST.exact}`]);
    expect(clauses('back back', vocab(['back']))).toEqual([`*back:${BOOST.prefix}`, `=back:${BOOST.exact}`]);
  });

  it('completes a word being typed from two letters on, and then looks for no typo in it', () => {
    expect(clauses('b', vocab(['back']))).toEqual([`=b:${BOOST.exact}`]);
    expect(clauses('ba', vocab(['back']))).toEqual([`*ba:${BOOST.prefix}`, `=ba:${BOOST.exact}`]);
    expect(clauses('spas', vocab(['spasm', 'spam', 'spat']))).toEqual([
      `*spas:${BOOST.prefix}`,
      `=spa:${BOOST.exact}`,
    ]);
  });

  it('looks for no typo in a word the index knows', () => {
    const known = plan('back ', vocab(['back', 'pack', 'bank']));
    expect(known.clauses.map((c) => c.term)).toEqual(['back']);
    expect(known.corrections.size).toBe(0);
  });

  it('a stop word being typed counts only as the start of a longer word', () => {
    const typed = plan('back the', vocab(['back', 'therapi']));
    expect(typed.groups.map((g) => g.prefixes)).toEqual([[], ['the']]);
    expect(plan('back the ', vocab(['back', 'therapi'])).groups).toHaveLength(1);
  });

  it('keeps only corrections within the allowance, even from a vocabulary that offers more', () => {
    const generous: Vocabulary = {
      ...vocab(['spasm', 'spxxm', 'zzzzz']),
      fuzzy: () => ['spasm', 'spxxm', 'zzzzz'],
    };
    // The typed word matches nothing, so its one correction within the allowance counts as the word.
    expect(clauses('spazm ', generous)).toEqual([`=spasm:${BOOST.exact}`, `=spazm:${BOOST.exact}`]);
  });

  it('offers the closest corrections, most common first, then in alphabetical order, four at most', () => {
    const v = vocab(['crampa', 'crampb', 'crampc', 'crampd', 'crampe', 'cramq'], { crampd: 9, crampc: 5 });
    expect(plan('crampx ', v).corrections.get(0)).toEqual(['crampd', 'crampc', 'crampa', 'crampb']);
  });

  it('offers no did-you-mean for a two-letter word or when nothing is near', () => {
    expect(plan('ba ', vocab(['be'])).corrections.size).toBe(0);
    expect(plan('zzzzzz ', vocab(['back'])).corrections.size).toBe(0);
    expect(plan('bak ', vocab(['back'])).corrections.get(0)).toEqual(['back']);
  });

  it('adds a synonym only where the index has it', () => {
    expect(plan('pins and needles ', vocab(['pin', 'needl'])).clauses.map((c) => c.term)).not.toContain(
      'tingl',
    );
    expect(plan('pins and needles ', vocab(['pin', 'needl', 'tingl'])).clauses.map((c) => c.term)).toContain(
      'tingl',
    );
  });

  it('makes one group per different word, in order', () => {
    expect(plan('back back ', vocab(['back'])).groups).toHaveLength(1);
    expect(plan('back spasm ', vocab(['back', 'spasm'])).groups.map((g) => [...g.terms])).toEqual([
      ['back'],
      ['spasm'],
    ]);
  });
});

describe('groupMatches', () => {
  const group = { terms: new Set(['back']), prefixes: ['preg'], primary: ['back'] };
  it('is true when any matched term is one of the group’s, or starts with its prefix', () => {
    expect(groupMatches(group, ['back'])).toBe(true);
    expect(groupMatches(group, ['zzz', 'back'])).toBe(true);
    expect(groupMatches(group, ['pregnant'])).toBe(true);
    expect(groupMatches(group, ['zzz', 'pregnant'])).toBe(true);
    expect(groupMatches(group, ['notpreg'])).toBe(false);
    expect(groupMatches(group, ['spasm'])).toBe(false);
    expect(groupMatches(group, [])).toBe(false);
    expect(groupMatches({ terms: new Set(), prefixes: [], primary: [] }, ['back'])).toBe(false);
  });
});
