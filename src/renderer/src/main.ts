// First: it starts loading the opening page while the rest of this script is evaluated.
import { openingPageBody } from './content/opening-page';
import './styles/tokens.css';
import './styles/base.css';
import './styles/article.css';
import './styles/drawings.css';
import { mount } from 'svelte';
import { joinPage, type HandbookData } from '@shared/handbook-data';
import App from './App.svelte';
import StartupProblem from './components/StartupProblem.svelte';
import { chooseBridge } from './platform/choose-bridge';
import { loadContent } from './content/load-content';
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

openReader()
  .then(({ source, bridge, prefs, restoreScroll }) => {
    performance.mark('handbook:data-ready');
    target.replaceChildren();
    // The app's state lives in these few objects, created once here and passed down. The reader
    // sets the theme, text size and layout on <html> before its first frame (App.svelte).
    mount(App, { target, props: { source, bridge, prefs, restoreScroll, router: new Router() } });
    performance.mark('handbook:mounted');
  })
  .catch((error: unknown) => {
    // The data ships with the app, so this means a damaged install: say so plainly.
    console.warn(error);
    document.documentElement.dataset.theme = 'light';
    target.replaceChildren();
    mount(StartupProblem, { target });
  });
