import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './main-window';
import { hasSecurePreferences, secureWebPreferences } from './web-preferences';

describe('BrowserWindow webPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs', { devTools: false });

  it('isolates, sandboxes and keeps Node out of the page', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: false,
    });
    expect(hasSecurePreferences(prefs)).toBe(true);
  });

  it('the main window uses exactly these preferences', () => {
    const options = mainWindowOptions({
      preload: '/p.cjs',
      devTools: false,
      title: 'T',
      backgroundColor: '#000000',
    });
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs', { devTools: false }));
    expect(hasSecurePreferences(options.webPreferences ?? null)).toBe(true);
    expect(options.show).toBe(false);
  });

  it.each([
    { nodeIntegration: true },
    { contextIsolation: false },
    { sandbox: false },
    { webSecurity: false },
    { allowRunningInsecureContent: true },
    { webviewTag: true },
    { nodeIntegrationInWorker: true },
  ])('flags an insecure change: %o', (change) => {
    expect(hasSecurePreferences({ ...prefs, ...change })).toBe(false);
  });
});
