import { describe, expect, it } from 'vitest';
import { documentTitle } from './document-state';

describe('documentTitle', () => {
  it('names the page first, then the handbook; the handbook alone where there is no page', () => {
    expect(documentTitle({ title: 'Self-care' }, { title: 'Handbook' })).toBe('Self-care — Handbook');
    expect(documentTitle(undefined, { title: 'Handbook' })).toBe('Handbook');
  });
});
