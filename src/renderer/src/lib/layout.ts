/** The window width, at the normal text size, at or below which the contents become a button. */
const NARROW_AT_NORMAL_TEXT_PX = 1000;
/** …and at or below which a header that stays on screen would cover much of a phone-sized window. */
const SMALL_AT_NORMAL_TEXT_PX = 600;

export type Layout = 'wide' | 'narrow' | 'small';

/**
 * The layout for a window `width` px wide at `fontScale` per cent text. The thresholds grow with
 * the text, so at a large text size the header's controls still fit in one window width: the
 * page never scrolls sideways and "Urgent help" never leaves the screen.
 *
 * Decided here rather than by a CSS query: a media query's rem ignores the text size the reader
 * sets, and Chromium does not re-evaluate a container query when only the root font size changes.
 */
export function layoutFor(width: number, fontScale: number): Layout {
  const atNormalText = (width * 100) / fontScale;
  if (atNormalText > NARROW_AT_NORMAL_TEXT_PX) return 'wide';
  return atNormalText > SMALL_AT_NORMAL_TEXT_PX ? 'narrow' : 'small';
}
