/** Below this window width, at the normal text size, the contents become a button. */
const NARROW_AT_NORMAL_TEXT_PX = 1000;

/**
 * The layout for a window `width` px wide at `fontScale` per cent text. The threshold grows with
 * the text, so at a large text size the header's controls still fit in one window width: the
 * page never scrolls sideways and "Urgent help" never leaves the screen.
 *
 * Decided here rather than by a CSS query: a media query's rem ignores the text size the reader
 * sets, and Chromium does not re-evaluate a container query when only the root font size changes.
 */
export function layoutFor(width: number, fontScale: number): 'narrow' | 'wide' {
  return width <= (NARROW_AT_NORMAL_TEXT_PX * fontScale) / 100 ? 'narrow' : 'wide';
}
