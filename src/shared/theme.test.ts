import { describe, expect, it } from 'vitest';
import { shownTheme } from './theme';

describe('shownTheme', () => {
  it('follows the system for "system", and the choice otherwise', () => {
    expect(shownTheme('system', true)).toBe('dark');
    expect(shownTheme('system', false)).toBe('light');
    expect(shownTheme('contrast', true)).toBe('contrast');
    expect(shownTheme('light', true)).toBe('light');
  });
});
