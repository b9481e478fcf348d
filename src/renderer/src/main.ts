import './app.css';
import { mount } from 'svelte';
import type { HandbookData } from '@shared/handbook-data';
import App from './App.svelte';
import { chooseBridge } from './platform/choose-bridge';
import { loadContent, loadPageBody } from './content/load-content';
import { parseRoute } from './lib/route';
import { HandbookSource } from './state/handbook-source.svelte';
import { Router } from './state/router.svelte';
import { ReaderPrefs } from './state/reader-prefs.svelte';

const target = document.getElementById('app')!;

/**
 * The first page needs only the start file and its own body; print routes (the handouts CLI)
 * need every page at once.
 */
async function openHandbook(): Promise<HandbookSource> {
  if (location.hash.startsWith('#/print/')) return new HandbookSource(await loadContent('handbook'), true);
  const route = parseRoute(location.hash);
  const start = await loadContent('start');
  const slug = route.name === 'page' ? route.slug : start.meta.home;
  // Only pages that exist: an old link must show the friendly not-found page, not a failed load.
  const known = start.pages.some((p) => p.slug === slug);
  const body = known ? await loadPageBody(slug).catch(() => null) : null;
  const data: HandbookData = body
    ? { ...start, pages: start.pages.map((p) => (p.slug === slug ? { ...p, html: body.html } : p)) }
    : start;
  return new HandbookSource(data, false);
}

openHandbook()
  .then((source) => {
    const bridge = chooseBridge(window as unknown as Parameters<typeof chooseBridge>[0], {
      appVersion: __APP_VERSION__,
      contentEdition: source.data.meta.edition,
    });
    target.replaceChildren();
    // The app's state lives in these few objects, created once here and passed down.
    mount(App, { target, props: { source, bridge, router: new Router(), prefs: new ReaderPrefs(bridge) } });
    requestAnimationFrame(() =>
      setTimeout(() => {
        // For `npm run bench:reader`: the first frame after mounting has the article in it.
        performance.mark('handbook:first-article-paint');
        source.loadAll().catch((error: unknown) => console.warn('could not load every page', error));
      }, 0),
    );
  })
  .catch((error: unknown) => {
    // The data ships with the app, so this means a damaged install: say so plainly.
    console.warn(error);
    target.innerHTML =
      '<main class="startup-problem"><h1>The handbook could not be opened</h1>' +
      '<p>Its pages seem to be missing or damaged. Please reinstall the handbook.</p>' +
      '<p>If you need medical help now, call your local emergency number.</p></main>';
  });
