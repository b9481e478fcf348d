import { describe, expect, it } from 'vitest';
import type { SearchDoc } from '../handbook-data';
import { SectionWords } from './section-words';

const doc = (id: string, body: string): SearchDoc => ({
  id,
  slug: 'self-care',
  anchor: id,
  title: 'Self-care',
  heading: 'Heat and Cramps',
  keywords: '',
  body,
});
const BODY = 'A cramp eases with heat. Cramps come back; heat helps each cramp.';

describe('SectionWords', () => {
  it("finds each matched word's places in the body, and the words to highlight in reading order", () => {
    const { terms, body, bodyHits } = new SectionWords(10).hits(
      doc('a', BODY),
      new Set(['heat', 'cramp']),
      16,
    );
    expect(bodyHits.map((i) => body[i]!.text)).toEqual(['cramp', 'heat', 'Cramps', 'heat', 'cramp']);
    expect(bodyHits).toEqual([...bodyHits].sort((a, b) => a - b));
    // Heading first ("Heat", "Cramps"), lower case, each once.
    expect(terms).toEqual(['heat', 'cramps', 'cramp']);
  });

  it('keeps at most maxTerms words to highlight, but marks every place in the body', () => {
    const { terms, bodyHits } = new SectionWords(10).hits(doc('a', BODY), new Set(['heat', 'cramp']), 1);
    expect(terms).toEqual(['heat']);
    expect(bodyHits).toHaveLength(5);
  });

  it('finds nothing in a section without the matched terms', () => {
    expect(new SectionWords(10).hits(doc('a', BODY), new Set(['midwif']), 16)).toMatchObject({
      terms: [],
      bodyHits: [],
    });
  });

  it('keeps only the most recent sections, and a changed body is read again once evicted', () => {
    const words = new SectionWords(1);
    const matched = new Set(['heat']);
    words.hits(doc('a', 'heat'), matched, 16);
    words.hits(doc('b', 'heat'), matched, 16); // evicts "a"
    expect(words.hits(doc('a', 'no warmth here, then heat'), matched, 16).bodyHits).toEqual([4]);
  });
});
