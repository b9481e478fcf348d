/** Shows an ISO date as people write it, e.g. "25 November 2026"; the raw text if it is not a date. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** The current time as an ISO timestamp, for bookmarks and recent pages. */
export function nowIso(): string {
  return new Date().toISOString();
}
