// First: it starts loading the opening page while the rest of this script is evaluated.
import { openingPageBody } from './content/opening-page';
import './app.css';
import { hydrate, mount, type ComponentProps } from 'svelte';
import { joinPage, type HandbookData } from '@shared/handbook-data';
import App from './App.svelte';
import { chooseBridge } from './platform/choose-bridge';
import { loadContent } from './content/load-content';
import { OPENING_ATTRIBUTES, storeFingerprint } from '@shared/opening-screen';
import { discardDrawnScreen, editsBeforeTakeover, keepDrawnScreen } from './opening-screen/drawn-screen';
import { openingRoute, parseRoute } from './lib/route';
import { HandbookSource } from './state/handbook-source.svelte';
import { Router } from './state/router.svelte';
import { ReaderPrefs } from './state/reader-prefs.svelte';

const target = document.getElementById('app')!;

/**
 * Everything the first frame needs, and nothing more: the start file (already loading beside
 * this script), the person's settings (so the first frame has their theme and text size), and
 * the body of the one page being opened. Other pages load when they are opened or printed.
 * Print routes (the handouts CLI) need every page at once.
 */
async function openReader() {
  const printing = location.hash.startsWith('#/print/');
  const start = printing ? null : await loadContent('start');
  const full = printing ? await loadContent('handbook') : null;
  const meta = (start ?? full)!.meta;
  const bridge = chooseBridge(window as unknown as Parameters<typeof chooseBridge>[0], {
    appVersion: __APP_VERSION__,
    contentEdition: meta.edition,
  });
  const prefs = new ReaderPrefs(bridge);
  const prefsLoaded = prefs.load();
  if (full) {
    await prefsLoaded;
    return { source: new HandbookSource(full, true), bridge, prefs, restoreScroll: 0 };
  }

  const entries = start!.pages;
  const exists = (slug: string) => entries.some((p) => p.slug === slug);
  let restoreScroll = 0;
  // Only a start with no link reopens the last page, so only then wait for the settings first.
  if (!location.hash || location.hash === '#') {
    await prefsLoaded;
    const opening = openingRoute(location.hash, prefs.settings.lastRoute, exists);
    if (opening) {
      history.replaceState(history.state, '', opening);
      restoreScroll = prefs.settings.lastScroll;
    }
  }
  const route = parseRoute(location.hash);
  const slug = route.name === 'page' ? route.slug : start!.meta.home;
  // Only pages that exist: an old link must show the friendly not-found page, not a failed load.
  const body = exists(slug) ? await openingPageBody(slug).catch(() => null) : null;
  await prefsLoaded;
  const data: HandbookData = {
    ...start!,
    signs: [],
    pages: entries.map((entry) => joinPage(entry, entry.slug === slug && body ? body : undefined)),
  };
  return { source: new HandbookSource(data, false), bridge, prefs, restoreScroll };
}

/**
 * Takes over the first screen the desktop drew, if it is the one to show (see drawn-screen.ts),
 * keeping what the person did on it before the reader ran. False if there is none to take over.
 */
function takeOverDrawnScreen(props: ComponentProps<typeof App>): boolean {
  const store = storeFingerprint(props.prefs.store, props.prefs.notice);
  if (!keepDrawnScreen(document.documentElement, location.hash, store)) return false;
  const replayEdits = editsBeforeTakeover(target);
  try {
    // Where the page is now (placed by the opening script, or scrolled since): nothing moves.
    hydrate(App, { target, props: { ...props, restoreScroll: scrollY } });
  } catch (error) {
    console.warn('[handbook] the drawn first screen could not be taken over; drawing it again', error);
    return false;
  }
  replayEdits();
  return true;
}

/** Draws the reader afresh, over a drawn screen that is not the one to keep, if there was one. */
function drawReader(props: ComponentProps<typeof App>): void {
  const drawnHere = document.documentElement.getAttribute(OPENING_ATTRIBUTES.route) === location.hash;
  discardDrawnScreen(document.documentElement);
  target.replaceChildren();
  // A drawing of this very page (from another store) was where the person was reading.
  mount(App, { target, props: drawnHere ? { ...props, restoreScroll: scrollY } : props });
}

openReader()
  .then(({ source, bridge, prefs, restoreScroll }) => {
    performance.mark('handbook:data-ready');
    // The app's state lives in these few objects, created once here and passed down.
    const props = { source, bridge, prefs, restoreScroll, router: new Router() };
    const tookOver = takeOverDrawnScreen(props);
    if (!tookOver) drawReader(props);
    // When the article then reaches the screen, its heading's element timing tells. The detail
    // says whether the reader kept a screen the desktop drew (bench:reader checks it did).
    performance.mark('handbook:mounted', { detail: { tookOver } });
  })
  .catch((error: unknown) => {
    // The data ships with the app, so this means a damaged install: say so plainly.
    console.warn(error);
    discardDrawnScreen(document.documentElement);
    target.innerHTML =
      '<main class="startup-problem"><h1>The handbook could not be opened</h1>' +
      '<p>Its pages seem to be missing or damaged. Please reinstall the handbook.</p>' +
      '<p>If you need medical help now, call your local emergency number.</p></main>';
  });
