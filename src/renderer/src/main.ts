import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { chooseBridge } from './platform/choose-bridge';
import { loadContent } from './content/load-content';
import { Router } from './state/router.svelte';
import { ReaderPrefs } from './state/reader-prefs.svelte';

const target = document.getElementById('app')!;

loadContent('handbook')
  .then((data) => {
    const bridge = chooseBridge(window as unknown as Parameters<typeof chooseBridge>[0], {
      appVersion: __APP_VERSION__,
      contentEdition: data.meta.edition,
    });
    target.replaceChildren();
    // The app's state lives in these few objects, created once here and passed down.
    mount(App, { target, props: { data, bridge, router: new Router(), prefs: new ReaderPrefs(bridge) } });
    // For `npm run bench:reader`: the first frame after mounting has the article in it.
    requestAnimationFrame(() => setTimeout(() => performance.mark('handbook:first-article-paint'), 0));
  })
  .catch((error: unknown) => {
    // The data ships with the app, so this means a damaged install: say so plainly.
    console.warn(error);
    target.innerHTML =
      '<main class="startup-problem"><h1>The handbook could not be opened</h1>' +
      '<p>Its pages seem to be missing or damaged. Please reinstall the handbook.</p>' +
      '<p>If you need medical help now, call your local emergency number.</p></main>';
  });
