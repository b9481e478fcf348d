const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The first Intl.DateTimeFormat a page builds costs about 80 ms in Chromium (it loads locale
 * data), which would hold up the first paint of every article. English, the language of every
 * handbook so far, is written out by hand (the unit test checks it against Intl); other
 * languages still get Intl, built once.
 */
const DAY_FIRST = new Set(['en-gb', 'en-au', 'en-ie', 'en-nz', 'en-in', 'en-za']);
const MONTH_FIRST = new Set(['en', 'en-us', 'en-ca']);
const formatters = new Map<string, Intl.DateTimeFormat>();

function intlFormat(date: Date, language: string): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(language, formatter);
  }
  return formatter.format(date);
}

/** Shows an ISO date as people write it, e.g. "25 November 2026"; the raw text if it is not a date. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const lang = language.toLowerCase();
  const [day, month, year] = [date.getUTCDate(), MONTHS[date.getUTCMonth()], date.getUTCFullYear()];
  if (DAY_FIRST.has(lang)) return `${day} ${month} ${year}`;
  if (MONTH_FIRST.has(lang)) return `${month} ${day}, ${year}`;
  return intlFormat(date, language);
}

/** The current time as an ISO timestamp, for bookmarks and recent pages. */
export function nowIso(): string {
  return new Date().toISOString();
}
