import { pageFile, scriptCopy } from './handbook-data.ts';

/** Marks the script element the start file adds for the opening page; its value is the slug. */
export const OPENING_PAGE_ATTRIBUTE = 'data-opening-page';
/** Set on that element when its load failed, for a reader that looks after the fact. */
export const OPENING_PAGE_FAILED = 'data-failed';

/**
 * Plain JavaScript that the start file runs right after defining its data: it asks for the
 * opening page's text straight away. index.html runs the start file just before the app's
 * script, so the request goes out while that larger script is still compiling; by the time the
 * app wants the page, it is there or on its way.
 *
 * It mirrors parseRoute's page links (`#/page/<slug>`, optionally `#<anchor>` after) and asks
 * only for pages the start file lists, so a stale link costs no failed request. It loads the
 * page's classic-script copy, which works over http, on app:// and from disk alike. Nothing in a
 * worker (which may import the same file) or without a page link.
 */
export function openingPageRequest(): string {
  const [before, after] = scriptCopy(pageFile('\u0000')).split('\u0000') as [string, string];
  return `(function () {
  if (typeof document === 'undefined') return;
  var match = /^#\\/page\\/([a-z0-9-]+)\\/?(?:#|$)/.exec(location.hash);
  if (!match) return;
  var slug = match[1];
  var listed = self.__HANDBOOK_CONTENT__.start.pages.some(function (page) { return page.slug === slug; });
  if (!listed) return;
  var script = document.createElement('script');
  script.src = ${JSON.stringify(`./${before}`)} + slug + ${JSON.stringify(after)};
  script.setAttribute(${JSON.stringify(OPENING_PAGE_ATTRIBUTE)}, slug);
  script.onerror = function () { script.setAttribute(${JSON.stringify(OPENING_PAGE_FAILED)}, ''); };
  document.head.appendChild(script);
})();
`;
}
