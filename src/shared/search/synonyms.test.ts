import { describe, expect, it } from 'vitest';
import { stem, tokenise } from './normalise';
import { Synonyms, synonymGroups } from './synonyms';

const stems = (text: string): string[] => tokenise(text).map(stem);
const synonyms = new Synonyms([
  ['cramp', 'spasm'],
  ['pins and needles', 'tingling'],
  ['A&E', 'emergency department'],
  ['slipped disc', 'herniated disc'],
]);

describe('Synonyms', () => {
  it('maps single words both ways', () => {
    const [m] = synonyms.find(stems('back spasm'));
    expect(m).toMatchObject({ start: 1, end: 1, alternatives: [[stem('cramp')]] });
    expect(synonyms.find(stems('cramps'))[0]!.alternatives).toEqual([[stem('spasm')]]);
  });
  it('matches multi-word phrases, stop words included', () => {
    const [m] = synonyms.find(stems('pins and needles in my leg'));
    expect(m).toMatchObject({ start: 0, end: 2, alternatives: [[stem('tingling')]] });
    expect(synonyms.find(stems('A&E'))[0]!.alternatives).toEqual([stems('emergency department')]);
    expect(synonyms.find(stems('slipped discs'))[0]!.alternatives).toEqual([stems('herniated disc')]);
  });
  it('finds nothing in unrelated text', () => {
    expect(synonyms.find(stems('gentle stretches'))).toEqual([]);
  });
  it('reads only well-formed groups from data', () => {
    expect(synonymGroups(undefined)).toEqual([]);
    expect(synonymGroups([['a', 'b'], 'c', [1, 'd'], ['e', 'f']])).toEqual([
      ['a', 'b'],
      ['e', 'f'],
    ]);
  });
});
