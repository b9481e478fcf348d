import { createHash } from 'node:crypto';
import { OPENING_ATTRIBUTES } from '../shared/opening-screen.ts';

/** Marks the preload link of the reader's own script in the drawn page (see opening-html.ts). */
export const READER_SCRIPT_ATTRIBUTE = 'data-reader-script';

/**
 * Plain JavaScript for the desktop's drawn first screen (src/shared/opening-screen.ts), written
 * into the page first in its head (see opening-html.ts), so it runs before any frame:
 * - it gives the address the drawn route (the desktop opens index.html with none);
 * - if the page was opened at another route, it keeps the drawing hidden (app.css), and the
 *   reader's script draws that route instead;
 * - if the person had scrolled down the page, the drawing stays hidden until it is there: frames
 *   the browser draws while the page is still arriving would show its top. Once the document is
 *   parsed, the first animation frame (which waits for the stylesheet) scrolls and shows it;
 * - it starts the reader's own script (preloaded meanwhile) only after that frame. A deferred
 *   script that is ready, as it is from V8's code cache on every start after the first, runs
 *   before the first frame and holds the drawn screen back by as long as it runs.
 */
export function placeOpeningScreenScript(): string {
  const { route, scroll, stale, placing } = OPENING_ATTRIBUTES;
  return `(function () {
  var root = document.documentElement;
  document.addEventListener('DOMContentLoaded', function () {
    var reader = document.querySelector('link[${READER_SCRIPT_ATTRIBUTE}]');
    if (!reader) return;
    requestAnimationFrame(function () {
      setTimeout(function () {
        var script = document.createElement('script');
        script.src = reader.getAttribute('href');
        document.head.appendChild(script);
      });
    });
  });
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

/** The placing script as the page carries it. */
export const PLACING_SCRIPT = placeOpeningScreenScript();

/**
 * The Content Security Policy source that allows exactly that script inline, and no other. Inline
 * rather than a file of its own, so the first frame waits on no request but the page itself.
 */
export const PLACING_SCRIPT_SOURCE = `'sha256-${createHash('sha256').update(PLACING_SCRIPT).digest('base64')}'`;
