import type { WebPreferences } from 'electron';

/**
 * The only webPreferences a handbook window is created with. Listed explicitly, even where
 * they match Electron's defaults, so a review (and the unit test) sees every one.
 */
export function secureWebPreferences(preload: string, options: { devTools: boolean }): WebPreferences {
  return {
    preload,
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
    safeDialogs: true,
    spellcheck: false,
    devTools: options.devTools,
  };
}

/**
 * The properties that must hold for any web contents we keep. Checked by the unit tests against
 * the options every window is created with (mainWindowOptions); Electron has no public API to
 * read back the preferences a running web contents got, so there is no run-time check.
 */
export function hasSecurePreferences(prefs: WebPreferences | null): boolean {
  return (
    prefs !== null &&
    prefs.contextIsolation !== false &&
    prefs.sandbox === true &&
    prefs.nodeIntegration !== true &&
    prefs.nodeIntegrationInWorker !== true &&
    prefs.nodeIntegrationInSubFrames !== true &&
    prefs.webSecurity !== false &&
    prefs.allowRunningInsecureContent !== true &&
    prefs.webviewTag !== true
  );
}
