import type { Plugin } from 'vite';
import { OPENING_SCRIPT_FILE, openingScreenScript } from '../shared/opening-screen.ts';

/**
 * Writes the desktop's opening script into the renderer build (see opening-screen.ts in shared):
 * a file of its own, since the Content Security Policy allows no inline script.
 */
export function openingScreenScriptFile(): Plugin {
  return {
    name: 'handbook:opening-screen-script',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: OPENING_SCRIPT_FILE, source: openingScreenScript() });
    },
  };
}

/**
 * For the main process's build of the reader, which only draws markup: it leaves out the styles
 * (the page has them) and the search worker (started by an effect, and drawing runs none).
 */
export function drawingOnly(): Plugin {
  const NOTHING = '\0handbook:drawing-only';
  return {
    name: 'handbook:drawing-only',
    enforce: 'pre',
    resolveId: (id) => (/\.css$|\?worker(&url)?$/.test(id) ? NOTHING : null),
    load: (id) => (id === NOTHING ? 'export default "";' : null),
  };
}
