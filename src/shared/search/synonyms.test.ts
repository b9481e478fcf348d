import { describe, expect, it } from 'vitest';
import { stem, tokenise } from './normalise';
import { findSynonyms } from './synonyms';

const stems = (text: string): string[] => tokenise(text).map(stem);

describe('synonyms', () => {
  it('maps single words both ways', () => {
    const [m] = findSynonyms(stems('back spasm'));
    expect(m).toMatchObject({ start: 1, end: 1 });
    expect(m!.alternatives).toContainEqual([stem('cramp')]);
    expect(findSynonyms(stems('acetaminophen'))[0]!.alternatives).toContainEqual([stem('paracetamol')]);
  });
  it('matches multi-word phrases, stop words included', () => {
    const [m] = findSynonyms(stems('pins and needles in my leg'));
    expect(m).toMatchObject({ start: 0, end: 2, alternatives: [[stem('tingling')]] });
  });
  it('knows A&E, GP, slipped disc and kidney', () => {
    expect(findSynonyms(stems('A&E'))[0]!.alternatives).toContainEqual([stem('emergency')]);
    expect(findSynonyms(stems('see a GP'))[0]!.alternatives).toContainEqual([stem('doctor')]);
    expect(findSynonyms(stems('slipped discs'))[0]!.alternatives).toContainEqual(stems('herniated disc'));
    expect(findSynonyms(stems('renal'))[0]!.alternatives).toContainEqual([stem('kidney')]);
  });
  it('finds nothing in unrelated text', () => {
    expect(findSynonyms(stems('gentle stretches'))).toEqual([]);
  });
});
