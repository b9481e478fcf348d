/**
 * Wiring test for src/main/index.ts with a recording fake of the `electron` module (the real
 * runtime cannot be downloaded here). It checks the order and arguments of the calls that
 * matter for security: what happens before `ready`, what is installed on the session, which
 * IPC channels exist, and how the window is created and loaded. It runs as a development
 * build (import.meta.env.DEV); index.release.test.ts runs the same wiring as a release.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '@shared/bridge';
import { defaultStore } from '@shared/reader-store';
import { fakeElectron, fakeSession, fakeWebContents } from './fake-electron';
import { STORE_FILE } from './reader-store-file';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron.module);
const h = fakeElectron;

beforeAll(async () => {
  h.state.userData = mkdtempSync(join(tmpdir(), 'main-wiring-'));
  const store = defaultStore();
  store.settings.theme = 'dark';
  writeFileSync(join(h.state.userData, STORE_FILE), JSON.stringify(store));
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  vi.stubEnv('HANDBOOK_E2E', '');
  await import('./index');
  h.calls.push('ready');
  h.state.readyResolve();
  await vi.waitFor(() => expect(h.windows[0]?.url).toBeDefined());
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(h.state.userData, { recursive: true, force: true });
});

describe('main process wiring', () => {
  it('listens for every new web contents and session, a second start and the last window closing', () => {
    expect([...h.appListeners.keys()]).toEqual(
      expect.arrayContaining([
        'web-contents-created',
        'session-created',
        'second-instance',
        'window-all-closed',
      ]),
    );
  });

  it('registers app:// and enables the sandbox before ready, serves app:// after', () => {
    expect(h.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(h.calls.indexOf('ready'));
    expect(h.calls.indexOf('enableSandbox')).toBeLessThan(h.calls.indexOf('ready'));
    expect(h.calls.indexOf('protocol.handle:app')).toBeGreaterThan(h.calls.indexOf('ready'));
    expect(h.schemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
  });

  it('locks down the default session after ready, before app:// is served', () => {
    for (const name of [
      'onBeforeRequest',
      'setPermissionRequestHandler',
      'setPermissionCheckHandler',
      'setDevicePermissionHandler',
      'setDisplayMediaRequestHandler',
    ]) {
      expect(h.calls.indexOf(name), name).toBeGreaterThan(h.calls.indexOf('ready'));
      expect(h.calls.indexOf(name), name).toBeLessThan(h.calls.indexOf('protocol.handle:app'));
    }
  });

  it('hardens every new web contents: no leaving the app, no new windows, no webviews', () => {
    const { contents, prevented, windowOpen } = fakeWebContents();
    h.appListeners.get('web-contents-created')!({}, contents);
    expect(prevented('will-navigate', 'app://handbook/index.html#/page/self-care')).toBe(false);
    expect(prevented('will-navigate', 'https://example.com/')).toBe(true);
    expect(prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-redirect', 'http://example.com/')).toBe(true);
    expect(prevented('will-frame-navigate', 'https://example.com/', { isMainFrame: false })).toBe(true);
    expect(prevented('will-attach-webview', '')).toBe(true);
    expect(windowOpen('app://handbook/index.html')).toEqual({ action: 'deny' });
    expect(windowOpen('https://example.com/')).toEqual({ action: 'deny' });
  });

  it('locks down every new session: offline, and no permission granted', () => {
    const { ses, requestAllowed, permissionGranted } = fakeSession();
    h.appListeners.get('session-created')!(ses);
    expect(requestAllowed('app://handbook/index.html')).toBe(true);
    expect(requestAllowed('https://example.com/')).toBe(false);
    expect(requestAllowed('http://127.0.0.1:5173/')).toBe(false);
    expect(requestAllowed('file:///etc/passwd', 'subFrame')).toBe(false);
    expect(permissionGranted('media')).toBe(false);
    expect(permissionGranted('geolocation')).toBe(false);
  });

  it('registers exactly the bridge channels', () => {
    expect([...h.ipc.keys()].sort()).toEqual(Object.values(IPC_CHANNEL).sort());
  });

  it('creates one window with the secure preferences and loads app://handbook/index.html', () => {
    expect(h.windows).toHaveLength(1);
    const win = h.windows[0]!;
    expect(win.url).toBe('app://handbook/index.html');
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: true, // not packaged
      preload: expect.stringMatching(/preload[\\/]index\.cjs$/),
    });
  });

  it('serves the renderer through the protocol handler with the CSP header', async () => {
    const res = await h.protocolHandlers.get('app')!({ url: 'app://handbook/index.html', method: 'GET' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const escape = await h.protocolHandlers.get('app')!({
      url: 'app://handbook/%2e%2e/main/index.ts',
      method: 'GET',
    });
    expect(escape.status).toBe(404);
  });

  it("fills the window with the person's theme until the reader paints, and shows it then", () => {
    // The store written in beforeAll chose the dark theme; the reader's --bg for it.
    expect(h.windows[0]!.options).toMatchObject({ backgroundColor: '#15181c', show: false });
  });

  it('installs the application menu', () => {
    expect(Array.isArray(h.state.menu)).toBe(true);
  });
});
