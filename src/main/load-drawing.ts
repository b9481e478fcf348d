import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DrawOpeningScreen } from '../shared/opening-screen.ts';

/** The reader's drawing of its first screen, as the main build writes it beside index.js. */
export const DRAWING_FILE = 'draw-opening-screen.js';

/**
 * Loads the reader's server renderer from `dir` at run time. It is a separate build of the
 * reader's components (electron.vite.config.ts), not part of the main process's own code.
 */
export async function loadDrawing(dir: string): Promise<DrawOpeningScreen> {
  const module = (await import(pathToFileURL(join(dir, DRAWING_FILE)).href)) as Record<string, unknown>;
  if (typeof module.drawOpeningScreen !== 'function')
    throw new Error(`${DRAWING_FILE} has no drawOpeningScreen: is it from another build?`);
  return module.drawOpeningScreen as DrawOpeningScreen;
}
