/**
 * Wiring test for src/main/index.ts with a recording fake of the `electron` module (the real
 * runtime cannot be downloaded here). It checks the order and arguments of the calls that
 * matter for security: what happens before `ready`, what is installed on the session, which
 * IPC channels exist, and how the window is created and loaded. It runs as a development
 * build (import.meta.env.DEV); index.release.test.ts runs the same wiring as a release.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '@shared/bridge';
import { fakeElectron, fakeSession, fakeWebContents } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron.module);
const h = fakeElectron;
const opening = { deps: {} as Record<string, unknown>, draw: {} };

// The first screen: what index.ts gives the opening document, and that app:// serves its page.
vi.mock('./opening-document', () => ({
  createOpeningDocument: (deps: Record<string, unknown>) => {
    opening.deps = deps;
    return {
      prepare: () => h.calls.push('prepare first screen'),
      page: async () => '<html>drawn</html>',
    };
  },
}));
vi.mock('./load-drawing', () => ({ loadDrawing: async () => opening.draw }));

beforeAll(async () => {
  h.state.userData = mkdtempSync(join(tmpdir(), 'main-wiring-'));
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
    expect(await res.text()).toBe('<html>drawn</html>');
    const escape = await h.protocolHandlers.get('app')!({
      url: 'app://handbook/%2e%2e/main/index.ts',
      method: 'GET',
    });
    expect(escape.status).toBe(404);
  });

  it('draws the first screen from the built renderer, the store, the system theme and the window', async () => {
    const deps = opening.deps as {
      rendererRoot: string;
      prefersDark(): boolean;
      viewportWidth(): number | null;
      loadStore(): Promise<unknown>;
      draw(): Promise<unknown>;
    };
    expect(deps.rendererRoot).toMatch(/renderer$/);
    expect(deps.prefersDark()).toBe(false);
    // The window beforeAll waited for.
    expect(deps.viewportWidth()).toBe(1200);
    expect(await deps.draw()).toBe(opening.draw);
    expect(await deps.loadStore()).toEqual({
      store: expect.objectContaining({ version: 1 }),
      recovered: null,
    });
  });

  it("draws the window's first screen while the window starts, before it is loaded", () => {
    expect(h.calls).toContain('prepare first screen');
    expect(h.calls.indexOf('prepare first screen')).toBeGreaterThan(h.calls.indexOf('protocol.handle:app'));
    expect(h.calls.indexOf('prepare first screen')).toBeLessThan(h.calls.indexOf('loadURL'));
  });

  it('installs the application menu', () => {
    expect(Array.isArray(h.state.menu)).toBe(true);
  });
});
