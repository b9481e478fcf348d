import { render } from 'svelte/server';
import type { HandbookBridge } from '@shared/bridge';
import { joinPage, type HandbookData } from '@shared/handbook-data';
import { storeFingerprint, type DrawOpeningScreen } from '@shared/opening-screen';
import App from '../App.svelte';
import { documentTitle, shownTheme } from '../lib/document-state';
import { layoutFor } from '@shared/layout';
import { openingRoute, parseRoute, routeHref } from '../lib/route';
import { HandbookSource } from '../state/handbook-source.svelte';
import { ReaderPrefs } from '../state/reader-prefs.svelte';
import { fixedRouter } from '../state/router.svelte';

/** Drawing runs no effects and no event handlers, so nothing may reach the platform. */
const notWhileDrawing = () => Promise.reject(new Error('the platform is not available while drawing'));
const NO_BRIDGE: HandbookBridge = {
  getAppInfo: notWhileDrawing,
  loadStore: notWhileDrawing,
  saveStore: notWhileDrawing,
  print: notWhileDrawing,
  saveAsPdf: notWhileDrawing,
  openExternal: notWhileDrawing,
  onMenuCommand: () => () => {},
};

/**
 * The reader's first screen on the desktop, drawn in the main process (see opening-screen.ts in
 * shared), which runs this in Node: the page the reader will open (the one last read, else home)
 * with everything the person's store decides, rendered by the same App component the page then
 * hydrates. It must match what main.ts would mount from the same start data, page body and store;
 * the fingerprint of the store lets the page check that it loaded the same one.
 */
export const drawOpeningScreen: DrawOpeningScreen = async (input) => {
  const { start, loaded } = input;
  const settings = loaded.store.settings;
  const exists = (slug: string) => start.pages.some((p) => p.slug === slug);
  const reopened = openingRoute('', settings.lastRoute, exists);
  const route = parseRoute(reopened);
  const slug = route.name === 'page' ? route.slug : start.meta.home;
  const body = await input.readBody(slug);
  const data: HandbookData = {
    ...start,
    signs: [],
    pages: start.pages.map((entry) => joinPage(entry, entry.slug === slug ? body : undefined)),
  };
  const prefs = new ReaderPrefs(NO_BRIDGE);
  prefs.accept(loaded);
  const { head, body: markup } = render(App, {
    props: {
      source: new HandbookSource(data, false),
      bridge: NO_BRIDGE,
      prefs,
      router: fixedRouter(route),
      viewportWidth: input.viewportWidth ?? undefined,
    },
  });
  return {
    route: routeHref(route),
    slug,
    scroll: reopened ? settings.lastScroll : 0,
    store: storeFingerprint(prefs.store, prefs.notice),
    title: documentTitle(
      start.pages.find((p) => p.slug === slug),
      start.meta,
    ),
    language: start.meta.language,
    theme: shownTheme(settings.theme, input.prefersDark),
    layout: input.viewportWidth === null ? null : layoutFor(input.viewportWidth, settings.fontScale),
    fontScale: settings.fontScale,
    head,
    body: markup,
  };
};
