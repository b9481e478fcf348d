import type { BrowserWindow, BrowserWindowConstructorOptions, Screen } from 'electron';
import { fitBoundsToDisplays, MIN_SIZE } from './window-bounds';
import { loadWindowState, trackWindowState } from './window-state';
import { secureWebPreferences } from './web-preferences';

export interface MainWindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;
  /** Folder for window-state.json (userData). */
  stateDir: string;
  preload: string;
  devTools: boolean;
  title: string;
  /** The person's theme's background, shown until the reader paints. */
  backgroundColor: string;
  icon?: string;
}

/** The options every handbook window is created with (tested: secure webPreferences, no frame tricks). */
export function mainWindowOptions(
  deps: Pick<MainWindowDeps, 'preload' | 'devTools' | 'title' | 'backgroundColor' | 'icon'>,
): BrowserWindowConstructorOptions {
  return {
    title: deps.title,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    backgroundColor: deps.backgroundColor,
    autoHideMenuBar: false,
    ...(deps.icon ? { icon: deps.icon } : {}),
    webPreferences: secureWebPreferences(deps.preload, { devTools: deps.devTools }),
  };
}

/**
 * Creates the reader window where it was last time (or centred if that place is gone),
 * maximised again if it was, and saves its state as it changes.
 */
export async function createMainWindow(deps: MainWindowDeps, url: string): Promise<BrowserWindow> {
  const saved = await loadWindowState(deps.stateDir);
  const primary = deps.screen.getPrimaryDisplay();
  const displays = [primary, ...deps.screen.getAllDisplays().filter((d) => d.id !== primary.id)];
  const bounds = fitBoundsToDisplays(saved, displays);
  const win = new deps.BrowserWindow({ ...mainWindowOptions(deps), ...bounds });
  trackWindowState(win, deps.stateDir);
  win.once('ready-to-show', () => {
    // Maximising before the first paint would flash an empty window on some platforms.
    if (saved?.maximized) win.maximize();
    win.show();
  });
  // Returned before loading finishes, so a second launch meanwhile can already focus it.
  win.loadURL(url).catch((error: unknown) => {
    // Show the window anyway (Chromium's error page) rather than leave an invisible process.
    console.error('[handbook] could not load the reader:', error);
    if (!win.isDestroyed()) win.show();
  });
  return win;
}
