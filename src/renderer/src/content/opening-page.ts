import type { PageBody } from '@shared/handbook-data';
import { parseRoute } from '../lib/route';
import { loadedContent, loadPageBody } from './load-content';

/**
 * The opening page's body, requested the moment the app's script starts, before the rest of the
 * script (the framework, the components) has even been evaluated: the request then overlaps that
 * work instead of following it. main.ts imports this module first for that reason.
 *
 * Only for a link to a page the start file lists: a stale link must not cost a failed request,
 * and a start without a link reopens the last page read, which only the saved settings know.
 */
let early: { slug: string; body: Promise<PageBody> } | null = null;

function requestOpeningPage(): void {
  const route = parseRoute(location.hash);
  const start = loadedContent('start');
  if (route.name !== 'page' || !start?.pages.some((p) => p.slug === route.slug)) return;
  const body = loadPageBody(route.slug);
  // Whoever takes it handles failure; until then, an early failure is not an unhandled one.
  body.catch(() => {});
  early = { slug: route.slug, body };
}

performance.mark('handbook:script-start');
requestOpeningPage();

/** The body of `slug`: the early request if it was for this page, else a new one. */
export function openingPageBody(slug: string): Promise<PageBody> {
  if (early?.slug !== slug) return loadPageBody(slug);
  const { body } = early;
  early = null;
  return body;
}
