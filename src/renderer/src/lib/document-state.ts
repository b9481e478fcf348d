import type { HandbookMeta, PageEntry } from '@shared/handbook-data';

/** The window title: the page's, then the handbook's, so a taskbar shows which page is open. */
export function documentTitle(
  page: Pick<PageEntry, 'title'> | undefined,
  meta: Pick<HandbookMeta, 'title'>,
): string {
  return page ? `${page.title} — ${meta.title}` : meta.title;
}
