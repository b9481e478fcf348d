import { describe, expect, it } from 'vitest';
import { documentTitle, shownTheme } from './document-state';

describe('shownTheme', () => {
  it('follows the system for "system", and the choice otherwise', () => {
    expect(shownTheme('system', true)).toBe('dark');
    expect(shownTheme('system', false)).toBe('light');
    expect(shownTheme('contrast', true)).toBe('contrast');
    expect(shownTheme('light', true)).toBe('light');
  });
});

describe('documentTitle', () => {
  it('names the page first, then the handbook; the handbook alone where there is no page', () => {
    expect(documentTitle({ title: 'Self-care' }, { title: 'Handbook' })).toBe('Self-care — Handbook');
    expect(documentTitle(undefined, { title: 'Handbook' })).toBe('Handbook');
  });
});
