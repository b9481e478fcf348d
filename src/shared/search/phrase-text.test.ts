import { describe, expect, it } from 'vitest';
import type { SearchDoc } from '../handbook-data';
import { PhraseText } from './phrase-text';

const doc = (id: string, title: string, heading: string, body: string): SearchDoc => ({
  id,
  slug: id,
  anchor: '',
  title,
  heading,
  keywords: '',
  body,
});

const docs = [
  doc('a', 'Lower back', 'Why', 'Cramps in the lower back, often at night.'),
  doc('b', 'Sleep', 'Lower', 'Back pain when lying down. Don’t panic.'),
  undefined,
  doc('c', 'Heat', 'Hot water bottle', 'A warm bath helps the LOWER BACK relax; lower back again.'),
  doc('d', 'Back', '', 'Ends with lower'),
  doc('e', 'back pain', '', ''),
];

const hits = (phrase: string[]): number[] =>
  [...new PhraseText(docs).containing(phrase)].flatMap((v, i) => (v ? [i] : []));

describe('PhraseText', () => {
  it('finds every document containing the phrase, in any field, normalised', () => {
    expect(hits(['lower', 'back'])).toEqual([0, 3]);
    expect(hits(['dont', 'panic'])).toEqual([1]);
    expect(hits(['hot', 'water', 'bottle'])).toEqual([3]);
    expect(hits(['back', 'pain'])).toEqual([1, 5]);
  });

  it('does not run a phrase across fields or documents', () => {
    // "Lower" ends b's heading and "Back" starts its body; d ends with "lower", e starts with "back".
    expect(hits(['why', 'cramps'])).toEqual([]);
    expect(hits(['lower', 'back', 'pain'])).toEqual([]);
    expect(hits(['nowhere', 'here'])).toEqual([]);
  });
});
