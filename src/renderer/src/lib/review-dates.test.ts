import { describe, expect, it } from 'vitest';
import { isPastReview, reviewLine, sheetReviewLine, todayIso } from './review-dates';

describe('review dates', () => {
  it('writes both dates the way the NHS does', () => {
    expect(reviewLine('2026-11-25', '2027-11-25', 'en-GB')).toBe(
      'Last reviewed 25 November 2026 · Next review due 25 November 2027',
    );
  });

  it('is past review only from the day after the next review date', () => {
    expect(isPastReview('2027-11-25', '2027-11-25')).toBe(false);
    expect(isPastReview('2027-11-25', '2027-11-26')).toBe(true);
    expect(isPastReview('2027-11-25', '2026-12-02')).toBe(false);
  });

  it('says on every printed sheet when a printout was made after its review date', () => {
    expect(sheetReviewLine('2026-11-25', '2027-11-25', 'en-GB', '2027-11-25')).toBe(
      'Last reviewed 25 November 2026',
    );
    expect(sheetReviewLine('2026-11-25', '2027-11-25', 'en-GB', '2027-11-26')).toBe(
      'Last reviewed 25 November 2026 · Due for review: may be out of date',
    );
  });

  it("takes today from the reader's own calendar day", () => {
    expect(todayIso(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});
