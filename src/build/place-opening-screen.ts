import type { Plugin } from 'vite';
import { OPENING_ATTRIBUTES, PLACING_SCRIPT_FILE } from '../shared/opening-screen.ts';

/**
 * Plain JavaScript for the desktop's drawn first screen (src/shared/opening-screen.ts). The page
 * the main process serves loads it first in the head, so it runs before any frame:
 * - it gives the address the drawn route (the desktop opens index.html with none);
 * - if the page was opened at another route, it keeps the drawing hidden (app.css), and the
 *   reader's script draws that route instead;
 * - if the person had scrolled down the page, the drawing stays hidden until it is there: frames
 *   the browser draws while the page is still arriving would show its top. Once the document is
 *   parsed, the first animation frame (which waits for the stylesheet) scrolls and shows it.
 */
export function placeOpeningScreenScript(): string {
  const { route, scroll, stale, placing } = OPENING_ATTRIBUTES;
  return `(function () {
  var root = document.documentElement;
  var route = root.getAttribute(${JSON.stringify(route)});
  if (!route) return;
  var hash = location.hash === '#' ? '' : location.hash;
  if (hash && hash !== route) {
    root.setAttribute(${JSON.stringify(stale)}, '');
    return;
  }
  if (!hash) history.replaceState(history.state, '', route);
  var top = Number(root.getAttribute(${JSON.stringify(scroll)}));
  if (!(top > 0)) return;
  history.scrollRestoration = 'manual';
  root.setAttribute(${JSON.stringify(placing)}, '');
  document.addEventListener('readystatechange', function parsed() {
    document.removeEventListener('readystatechange', parsed);
    requestAnimationFrame(function () {
      scrollTo(0, top);
      root.removeAttribute(${JSON.stringify(placing)});
    });
  });
})();
`;
}

/**
 * Writes the placing script into the renderer build: a file of its own, since the Content
 * Security Policy allows no inline script. The web edition carries it too, and never loads it.
 */
export function placeOpeningScreenFile(): Plugin {
  return {
    name: 'handbook:place-opening-screen',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: PLACING_SCRIPT_FILE, source: placeOpeningScreenScript() });
    },
  };
}
