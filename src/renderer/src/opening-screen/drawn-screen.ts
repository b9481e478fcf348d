import { OPENING_ATTRIBUTES } from '@shared/opening-screen';

/**
 * The first screen the desktop's main process drew into the page (see opening-screen.ts in
 * shared), if it is the one to keep: drawn for the route the page is now at. The opening script
 * has given the address that route, so a different one means the person followed a link before
 * the reader's script ran, or the page was opened at another route; the reader then draws that.
 */
export function drawnScreen(
  root: Pick<Element, 'getAttribute' | 'hasAttribute'>,
  hash: string,
): { scroll: number } | null {
  const route = root.getAttribute(OPENING_ATTRIBUTES.route);
  if (!route || root.hasAttribute(OPENING_ATTRIBUTES.stale) || hash !== route) return null;
  return { scroll: Number(root.getAttribute(OPENING_ATTRIBUTES.scroll)) || 0 };
}

/** Lets the reader show what it draws itself, where a drawn screen was kept hidden (app.css). */
export function discardDrawnScreen(root: Pick<Element, 'removeAttribute'>): void {
  root.removeAttribute(OPENING_ATTRIBUTES.stale);
  root.removeAttribute(OPENING_ATTRIBUTES.placing);
}
