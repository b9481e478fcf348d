import type { StoreLoadResult } from './bridge.ts';
import type { HandbookStart, PageBody } from './handbook-data.ts';

/**
 * The desktop app's first screen arrives already drawn. Its main process knows what the reader
 * will show (the page the person last read, their theme and text size, their bookmarks), so it
 * renders the reader there with Svelte's server renderer and serves that as index.html; the
 * reader's script then hydrates the markup instead of building it again. The article is on screen
 * before the script has even run (`npm run bench:reader`, "desktop start").
 *
 * The web edition cannot do this: its server never sees the route (a `#` fragment) nor the
 * person's settings (localStorage), so it keeps drawing its first screen in the page.
 */

/** What the main process gives the reader's server renderer. */
export interface OpeningScreenInput {
  start: HandbookStart;
  loaded: StoreLoadResult;
  /** Reads the body of the page to be drawn. */
  readBody(slug: string): Promise<PageBody>;
  /** Whether the system asks for dark colours, which the "system" theme follows. */
  prefersDark: boolean;
  /** The window's width in CSS pixels, which decides the layout; null when unknown. */
  viewportWidth: number | null;
}

/** A drawn first screen: the reader's markup, and the state of the page it belongs to. */
export interface OpeningScreen {
  /** The route drawn, as the reader writes it: "#/page/self-care", or "#/" for home. */
  route: string;
  /** Where that page was scrolled to when the person left it. */
  scroll: number;
  title: string;
  language: string;
  /** What the reader keeps on `<html>`: it styles the whole page, so it must be there at once. */
  theme: 'light' | 'dark' | 'contrast';
  layout: 'narrow' | 'wide' | null;
  /** Text size, per cent. */
  fontScale: number;
  /** Svelte's server output, for the document's head and for the reader's root element. */
  head: string;
  body: string;
}

/** The reader's server renderer, built as `out/main/opening-screen.js`. */
export type DrawOpeningScreen = (input: OpeningScreenInput) => Promise<OpeningScreen>;

/** The built renderer's file that puts the page where the drawn screen expects it. */
export const OPENING_SCRIPT_FILE = 'opening-screen.js';

/** Attributes on `<html>` that tell the reader's script what was drawn. */
export const OPENING_ATTRIBUTES = {
  route: 'data-opening-route',
  scroll: 'data-opening-scroll',
  /** Set when the page was opened at another route than the one drawn: the drawing stays hidden. */
  stale: 'data-opening-stale',
  /** Set while the drawing waits to be scrolled to where the person left it, hidden meanwhile. */
  placing: 'data-opening-placing',
} as const;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/**
 * index.html (the built template) with `screen` drawn into it: the reader's markup inside its
 * root element, the `<html>` attributes the reader would set, the title, and the opening script
 * first in the head. Throws if the template is not the reader's.
 */
export function openingDocument(template: string, screen: OpeningScreen): string {
  const htmlTag = /<html\b[^>]*>/.exec(template);
  const appRoot = /<div id="app">[\s\S]*?<\/div>/.exec(template);
  const title = /<title>[\s\S]*?<\/title>/.exec(template);
  if (!htmlTag || !appRoot || !title || !template.includes('</head>'))
    throw new Error('index.html is not the reader: no <html>, <title>, </head> or <div id="app">');
  const attributes: [string, string][] = [
    ['lang', screen.language],
    ['data-theme', screen.theme],
    ...(screen.layout ? ([['data-layout', screen.layout]] as [string, string][]) : []),
    ['style', `--font-scale: ${screen.fontScale / 100}`],
    [OPENING_ATTRIBUTES.route, screen.route],
    [OPENING_ATTRIBUTES.scroll, String(Math.max(0, Math.round(screen.scroll)))],
  ];
  const html = `<html ${attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ')}>`;
  // Functions as replacements, so a `$` in the markup is never read as a pattern.
  // The opening script comes before the stylesheet, so it need not wait for it.
  return template
    .replace(htmlTag[0], () => html)
    .replace(
      title[0],
      () =>
        `<title>${escapeText(screen.title)}</title>\n    <script src="./${OPENING_SCRIPT_FILE}"></script>`,
    )
    .replace('</head>', () => `${screen.head}</head>`)
    .replace(appRoot[0], () => `<div id="app">${screen.body}</div>`);
}

/**
 * Plain JavaScript for OPENING_SCRIPT_FILE, which runs first in the head, before any frame:
 * - it gives the address the drawn route (the desktop opens index.html with none);
 * - if the page was opened at another route, it keeps the drawing hidden (app.css), and the
 *   reader's script draws that route instead;
 * - if the person had scrolled down the page, the drawing stays hidden while the document is
 *   parsed, which the browser may show in frames of its own, and is scrolled there and shown as
 *   soon as it is whole: its first frame is the place the person left, never the top.
 */
export function openingScreenScript(): string {
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
  root.setAttribute(${JSON.stringify(placing)}, '');
  // Fired when parsing ends, before any deferred script runs.
  document.addEventListener('readystatechange', function place() {
    document.removeEventListener('readystatechange', place);
    scrollTo(0, top);
    root.removeAttribute(${JSON.stringify(placing)});
  });
})();
`;
}
