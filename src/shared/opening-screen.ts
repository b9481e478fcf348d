import type { ReaderStore, StoreLoadResult } from './bridge.ts';
import type { HandbookStart, PageBody } from './handbook-data.ts';

/**
 * The desktop app's first screen arrives already drawn. Its main process knows what the reader
 * will show (the page the person last read, their theme and text size, their bookmarks), so it
 * renders the reader there with Svelte's server renderer and serves that as index.html; the
 * reader's script then hydrates the markup instead of building it again. The article is on screen
 * without waiting for the reader's script (`npm run bench:reader`, "desktop start").
 *
 * The web edition cannot do this: its server never sees the route (a `#` fragment) nor the
 * person's settings (localStorage), so it keeps drawing its first screen in the page.
 *
 * This is the contract between the three parts: the drawing (src/renderer/src/server, run by the
 * main process), the page the main process serves (src/main/opening-html.ts), and the reader's
 * script, which takes the drawn screen over (src/renderer/src/opening-screen).
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
  /** The page it shows (the home page's, for home). */
  slug: string;
  /** Where that page was scrolled to when the person left it. */
  scroll: number;
  /** What of the person's store the markup was drawn from (see storeFingerprint). */
  store: string;
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

/** The reader's server renderer, built as out/main/draw-opening-screen.js. */
export type DrawOpeningScreen = (input: OpeningScreenInput) => Promise<OpeningScreen>;

/**
 * The article heading's `elementtiming` name (ArticleView): its paint is when the article is on
 * screen, which the reader's heavier work waits for (search, the desktop's taking over), and which
 * `npm run bench:reader` times.
 */
export const ARTICLE_TIMING = 'article';

/** Attributes on `<html>` that tell the reader's script what was drawn. */
export const OPENING_ATTRIBUTES = {
  route: 'data-opening-route',
  scroll: 'data-opening-scroll',
  store: 'data-opening-store',
  /** Set when the page was opened at another route than the one drawn: the drawing stays hidden. */
  stale: 'data-opening-stale',
  /** Set while the drawing waits to be scrolled to where the person left it, hidden meanwhile. */
  placing: 'data-opening-placing',
} as const;

/**
 * A short fingerprint of what the reader draws from the store: the person's data and the notice
 * shown about it. The drawn screen is kept only when the page loads the same: Svelte repairs a
 * differing text or attribute when it takes markup over, but never the article's own HTML, which
 * carries the region's emergency numbers, and a different list would mean a different screen.
 */
export function storeFingerprint(store: ReaderStore, notice: string | null): string {
  const text = JSON.stringify([store, notice]);
  // FNV-1a: a difference shows, and the attribute stays short.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${(hash >>> 0).toString(36)}.${text.length.toString(36)}`;
}
