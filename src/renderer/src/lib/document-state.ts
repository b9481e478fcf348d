import type { ThemeChoice } from '@shared/bridge';
import type { HandbookMeta, PageEntry } from '@shared/handbook-data';

/**
 * What the reader writes on the document itself rather than in its markup: the theme shown and
 * the window title. One definition, for the reader in the page and for the desktop's first
 * screen, which the main process draws before the page has run any script.
 */

/** The theme shown for a choice: "system" follows the system's light or dark preference. */
export function shownTheme(choice: ThemeChoice, systemDark: boolean): Exclude<ThemeChoice, 'system'> {
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}

/** The window title: the page's, then the handbook's, so a taskbar shows which page is open. */
export function documentTitle(
  page: Pick<PageEntry, 'title'> | undefined,
  meta: Pick<HandbookMeta, 'title'>,
): string {
  return page ? `${page.title} — ${meta.title}` : meta.title;
}
