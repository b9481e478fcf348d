import { createHash } from 'node:crypto';
import { NARROW_AT_NORMAL_TEXT_PX } from '../shared/layout.ts';
import { ARTICLE_TIMING, OPENING_ATTRIBUTES } from '../shared/opening-screen.ts';

/**
 * The name of the `<meta>` elements that list the reader's own scripts in the drawn page (see
 * opening-html.ts), for the placing script to run.
 */
export const READER_SCRIPT_META = 'reader-script';

/**
 * An empty element right after the drawing, in a page drawn scrolled down: the page's first frame
 * waits for it (`<link rel="expect" blocking="render">`), so the drawing is whole by then.
 */
export const DRAWING_END_ID = 'opening-drawn';

/** If the article is not seen on screen by then (a window kept hidden), the reader starts anyway. */
const START_WITHOUT_PAINT_MS = 500;

/**
 * Plain JavaScript for the desktop's drawn first screen (src/shared/opening-screen.ts), written
 * into the page first in its head (see opening-html.ts), so it runs before any frame:
 * - it sets the layout for the window as it is now (the main process drew for the width it had,
 *   which maximising may change) and gives the address the drawn route (the desktop opens
 *   index.html with none);
 * - if the page was opened at another route, it keeps the drawing hidden (app.css), and the
 *   reader's script draws that route instead;
 * - if the person had scrolled down the page, its first frame is drawn there: the page holds that
 *   frame back until the drawing is whole (frames drawn while it is still arriving would show its
 *   top), and this script scrolls just before it;
 * - it fetches and runs the reader's own scripts (in order) only once the article is on screen
 *   (its heading's element timing), as the reader itself waits to load search: deferred scripts
 *   that are ready, as they are from V8's code cache on every start after the first, run before
 *   the first frame and hold it back; scripts run right after it, or even only fetched and
 *   compiled meanwhile (a preload), compete with drawing it, on two cores. Where the drawing
 *   stays hidden, they run at once.
 */
export function placeOpeningScreenScript(): string {
  const { route, scroll, stale, placing } = OPENING_ATTRIBUTES;
  return `(function () {
  var root = document.documentElement;
  var shown = true;
  document.addEventListener('DOMContentLoaded', function () {
    var started = false;
    var start = function () {
      if (started) return;
      started = true;
      var scripts = document.querySelectorAll('meta[name="${READER_SCRIPT_META}"]');
      for (var i = 0; i < scripts.length; i++) {
        var script = document.createElement('script');
        script.src = scripts[i].getAttribute('content');
        script.async = false;
        document.head.appendChild(script);
      }
    };
    if (!shown) return start();
    var timings = typeof PerformanceObserver === 'undefined' ? [] : PerformanceObserver.supportedEntryTypes || [];
    if (timings.indexOf('element') < 0) requestAnimationFrame(function () { setTimeout(start); });
    else
      new PerformanceObserver(function (list, observer) {
        for (var entries = list.getEntries(), i = 0; i < entries.length; i++)
          if (entries[i].identifier === ${JSON.stringify(ARTICLE_TIMING)}) {
            observer.disconnect();
            setTimeout(start);
          }
      }).observe({ type: 'element', buffered: true });
    setTimeout(start, ${START_WITHOUT_PAINT_MS});
  });
  var route = root.getAttribute(${JSON.stringify(route)});
  if (!route) return;
  var scale = parseFloat(root.style.getPropertyValue('--font-scale')) || 1;
  root.setAttribute('data-layout', innerWidth <= ${NARROW_AT_NORMAL_TEXT_PX} * scale ? 'narrow' : 'wide');
  var hash = location.hash === '#' ? '' : location.hash;
  if (hash && hash !== route) {
    root.setAttribute(${JSON.stringify(stale)}, '');
    shown = false;
    return;
  }
  if (!hash) history.replaceState(history.state, '', route);
  // The skip link, followed before the reader runs, moves focus as the reader's own handler does:
  // a jump to its anchor would add a history entry and an address that is no page.
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[href="#main-content"]') : null;
    var main = document.getElementById('main-content');
    if (!link || !main || event.defaultPrevented) return;
    event.preventDefault();
    main.focus();
  });
  var top = Number(root.getAttribute(${JSON.stringify(scroll)}));
  if (!(top > 0)) return;
  history.scrollRestoration = 'manual';
  var place = function () {
    scrollTo(0, top);
    root.removeAttribute(${JSON.stringify(placing)});
  };
  // The first frame: the page holds it back until the drawing is whole (its render-blocking
  // link), so it is drawn where the person left it. A browser that did not wait gets a hidden
  // drawing, shown once the document is parsed and styled.
  requestAnimationFrame(function () {
    if (document.getElementById(${JSON.stringify(DRAWING_END_ID)})) return place();
    root.setAttribute(${JSON.stringify(placing)}, '');
    document.addEventListener('readystatechange', function parsed() {
      document.removeEventListener('readystatechange', parsed);
      requestAnimationFrame(place);
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
