import type { Plugin } from 'vite';

const refuse = (name: string) =>
  `export function ${name}() { throw new Error(${JSON.stringify(`${name} does not run while drawing`)}); }`;

/**
 * What the reader's drawing for the main process leaves out, by module: only effects and event
 * handlers use them, and drawing runs none. So the main process carries no search engine (nor the
 * Lunr stemmer the article's search highlights use), no worker and no styles (the page has them).
 */
const LEFT_OUT: [RegExp, string][] = [
  [/\.css$|\?worker(&url)?$/, 'export default "";'],
  [/\/create-search-client(\.ts)?$/, refuse('createSearchClient')],
  [/\/highlight-terms(\.ts)?$/, `${refuse('highlightTerms')}\n${refuse('clearHighlights')}`],
];

/** For the main process's build of the reader (out/main/draw-opening-screen.js), which only draws. */
export function drawingOnly(): Plugin {
  const PREFIX = '\0handbook:left-out:';
  return {
    name: 'handbook:drawing-only',
    enforce: 'pre',
    resolveId(id) {
      const at = LEFT_OUT.findIndex(([pattern]) => pattern.test(id));
      return at < 0 ? null : `${PREFIX}${at}`;
    },
    load(id) {
      return id.startsWith(PREFIX) ? LEFT_OUT[Number(id.slice(PREFIX.length))]![1] : null;
    },
  };
}
