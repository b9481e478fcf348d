import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date';

describe('formatDate', () => {
  it('writes dates as British English readers expect', () => {
    expect(formatDate('2026-11-25', 'en-GB')).toBe('25 November 2026');
    expect(formatDate('2024-02-29', 'en-GB')).toBe('29 February 2024');
  });

  it('agrees with Intl for English, every day of two years, in several regions', () => {
    for (const language of ['en', 'en-GB', 'en-AU', 'en-IE', 'en-NZ', 'en-IN', 'en-ZA', 'en-US', 'en-CA']) {
      const intl = new Intl.DateTimeFormat(language, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      for (let day = 0; day < 731; day++) {
        const date = new Date(Date.UTC(2025, 0, 1 + day));
        const iso = date.toISOString().slice(0, 10);
        expect(formatDate(iso, language), `${language} ${iso}`).toBe(intl.format(date));
      }
    }
  });

  it('uses Intl for other languages and regions', () => {
    expect(formatDate('2026-11-25', 'de-DE')).toBe('25. November 2026');
    expect(formatDate('2026-11-25', 'en-PH')).toBe(
      new Intl.DateTimeFormat('en-PH', { day: 'numeric', month: 'long', year: 'numeric' }).format(
        new Date(Date.UTC(2026, 10, 25, 12)),
      ),
    );
  });

  it('shows text that is not a date as it is', () => {
    expect(formatDate('soon', 'en-GB')).toBe('soon');
  });
});
