import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { serialQueue, writeFileAtomic, writeFileAtomicSync } from './atomic-write';
import { parseWindowState, type WindowState } from './window-bounds';

export const WINDOW_STATE_FILE = 'window-state.json';

/** Reads window-state.json from `dir`; a missing or damaged file just means "use defaults". */
export async function loadWindowState(dir: string): Promise<WindowState | null> {
  try {
    return parseWindowState(JSON.parse(await fs.readFile(join(dir, WINDOW_STATE_FILE), 'utf8')));
  } catch {
    return null;
  }
}

type TrackedWindow = Pick<
  BrowserWindow,
  'on' | 'getNormalBounds' | 'isMaximized' | 'isFullScreen' | 'isDestroyed'
>;

/**
 * Saves size, position and maximised state (atomically) after the window stops moving or
 * resizing, and once more when it closes. Returns a function that saves now.
 */
export function trackWindowState(win: TrackedWindow, dir: string, delayMs = 500): () => Promise<void> {
  const queue = serialQueue();
  let timer: NodeJS.Timeout | undefined;
  let last: WindowState | null = null;

  const snapshot = (): WindowState | null => {
    if (win.isDestroyed()) return last;
    // Normal bounds: the size to return to when un-maximised, not the maximised size.
    const { x, y, width, height } = win.getNormalBounds();
    last = { x, y, width, height, maximized: win.isMaximized() || win.isFullScreen() };
    return last;
  };
  const save = (): Promise<void> => {
    clearTimeout(timer);
    const state = snapshot();
    if (!state) return Promise.resolve();
    return queue(() => writeFileAtomic(join(dir, WINDOW_STATE_FILE), `${JSON.stringify(state)}\n`)).catch(
      () => {},
    );
  };
  const later = () => {
    clearTimeout(timer);
    snapshot();
    timer = setTimeout(() => void save(), delayMs);
  };

  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', later);
  win.on('unmaximize', later);
  // The last save is synchronous: the process may exit right after the window closes.
  win.on('close', () => {
    clearTimeout(timer);
    const state = snapshot();
    try {
      if (state) writeFileAtomicSync(join(dir, WINDOW_STATE_FILE), `${JSON.stringify(state)}\n`);
    } catch {
      // Not being able to remember the window's place is no reason to stop closing it.
    }
  });
  return save;
}
