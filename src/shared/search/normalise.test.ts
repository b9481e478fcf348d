import { describe, expect, it } from 'vitest';
import { isStopWord, normaliseText, stem, tokenise, toTerm } from './normalise';

describe('normalise', () => {
  it('lower-cases and strips accents', () => {
    expect(normaliseText('Café NAÏVE Ångström')).toBe('cafe naive angstrom');
  });
  it('removes apostrophes and in-word ampersands', () => {
    expect(tokenise('Don’t go to A&E, it’s "fine"')).toEqual(['dont', 'go', 'to', 'ae', 'its', 'fine']);
    expect(tokenise("children's")).toEqual(['childrens']);
  });
  it('splits on punctuation and lunr syntax characters', () => {
    expect(tokenise('foo:bar~2 ^3 +back -pain *x "q"')).toEqual([
      'foo',
      'bar',
      '2',
      '3',
      'back',
      'pain',
      'x',
      'q',
    ]);
  });
  it('drops emoji and lone surrogates, keeps other scripts', () => {
    expect(tokenise('back 😣 \uD800 pain')).toEqual(['back', 'pain']);
    expect(tokenise('ألم الظهر')).toEqual(['الم', 'الظهر']);
  });
  it('drops absurdly long tokens', () => {
    expect(tokenise('x'.repeat(1000) + ' back')).toEqual(['back']);
  });
  it('stems like the index and knows stop words', () => {
    expect(stem('cramps')).toBe(stem('cramp'));
    expect(stem('pregnancy')).toBe('pregnanc');
    expect(isStopWord('the')).toBe(true);
    expect(toTerm('the')).toBeNull();
    expect(toTerm('kidneys')).toBe('kidney');
  });
});
