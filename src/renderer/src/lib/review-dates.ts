import { formatDate } from './format-date';

/** Today's date as `YYYY-MM-DD` in the reader's own time zone (a review falls due on a local day). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether a text's next review date has passed: the day after it, not the day itself. */
export function isPastReview(nextReview: string, today = todayIso()): boolean {
  return nextReview !== '' && today > nextReview;
}

/** "Last reviewed 25 November 2026 · Next review due 25 November 2027", as the NHS writes it. */
export function reviewLine(reviewed: string, nextReview: string, language: string): string {
  const last = lastReviewed(reviewed, language);
  return nextReview ? `${last} · Next review due ${formatDate(nextReview, language)}` : last;
}

/**
 * The review words in the running footer of every printed sheet. A printout made after its review
 * date says so there, on every sheet, where it takes no room from a one-page handout.
 */
export function sheetReviewLine(
  reviewed: string,
  nextReview: string,
  language: string,
  today = todayIso(),
): string {
  const last = lastReviewed(reviewed, language);
  return isPastReview(nextReview, today) ? `${last} · Due for review: may be out of date` : last;
}

const lastReviewed = (reviewed: string, language: string) =>
  `Last reviewed ${formatDate(reviewed, language)}`;
