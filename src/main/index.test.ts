/**
 * Wiring test for src/main/index.ts with a recording fake of the `electron` module (the real
 * runtime cannot be downloaded here). It checks the order and arguments of the calls that
 * matter for security: what happens before `ready`, what is installed on the session, which
 * IPC channels exist, and how the window is created and loaded.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '@shared/bridge';
import { defaultStore } from '@shared/reader-store';
import { STORE_FILE } from './reader-store-file';

const h = vi.hoisted(() => {
  const calls: string[] = [];
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const windows: { options: Record<string, unknown>; url?: string }[] = [];
  const ipc = new Map<string, unknown>();
  const schemes: unknown[] = [];
  const protocolHandlers = new Map<string, (r: { url: string; method: string }) => Promise<Response>>();
  const session: Record<string, unknown> = {};
  const state = {
    userData: '',
    menu: null as unknown,
    readyResolve: () => {},
  };
  return { calls, appListeners, windows, ipc, schemes, protocolHandlers, session, state };
});

vi.mock('electron', () => {
  const ready = new Promise<void>((resolve) => (h.state.readyResolve = resolve));
  class FakeWindow {
    webContents = { send: vi.fn() };
    entry: { options: Record<string, unknown>; url?: string };
    constructor(options: Record<string, unknown>) {
      this.entry = { options };
      h.windows.push(this.entry);
    }
    on() {}
    once() {}
    maximize() {}
    show() {}
    isDestroyed() {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1, height: 1 };
    }
    getContentBounds() {
      return { x: 0, y: 0, width: 1200, height: 800 };
    }
    isMaximized() {
      return false;
    }
    isFullScreen() {
      return false;
    }
    async loadURL(url: string) {
      h.calls.push('loadURL');
      this.entry.url = url;
    }
    static getFocusedWindow = () => null;
    static getAllWindows = () => [];
    static fromWebContents = () => null;
  }
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      h.calls.push(name);
      h.session[name] = args[0];
    };
  const app = {
    isPackaged: false,
    getName: () => 'Lower Back Cramps Handbook',
    getVersion: () => '0.1.0',
    getPath: () => h.state.userData,
    setPath: vi.fn(),
    enableSandbox: () => h.calls.push('enableSandbox'),
    requestSingleInstanceLock: () => true,
    quit: vi.fn(),
    on: (event: string, listener: (...args: unknown[]) => void) => h.appListeners.set(event, listener),
    whenReady: () => ready,
  };
  return {
    app,
    BrowserWindow: FakeWindow,
    dialog: { showMessageBox: vi.fn(), showSaveDialog: vi.fn() },
    shell: { openExternal: vi.fn() },
    nativeTheme: { shouldUseDarkColors: false },
    ipcMain: { handle: (channel: string, fn: unknown) => h.ipc.set(channel, fn) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (h.state.menu = m) },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => {
        h.calls.push('registerSchemesAsPrivileged');
        h.schemes.push(...s);
      },
      handle: (scheme: string, handler: (r: { url: string; method: string }) => Promise<Response>) => {
        h.calls.push(`protocol.handle:${scheme}`);
        h.protocolHandlers.set(scheme, handler);
      },
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [],
    },
    session: {
      defaultSession: {
        webRequest: { onBeforeRequest: record('onBeforeRequest') },
        setPermissionRequestHandler: record('setPermissionRequestHandler'),
        setPermissionCheckHandler: record('setPermissionCheckHandler'),
        setDevicePermissionHandler: record('setDevicePermissionHandler'),
        setDisplayMediaRequestHandler: record('setDisplayMediaRequestHandler'),
      },
    },
  };
});

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
  it('registers app:// and enables the sandbox before ready, serves app:// after', () => {
    expect(h.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(h.calls.indexOf('ready'));
    expect(h.calls.indexOf('enableSandbox')).toBeLessThan(h.calls.indexOf('ready'));
    expect(h.calls.indexOf('protocol.handle:app')).toBeGreaterThan(h.calls.indexOf('ready'));
    expect(h.schemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
  });

  it('hardens every web contents and every session', () => {
    expect([...h.appListeners.keys()]).toEqual(
      expect.arrayContaining([
        'web-contents-created',
        'session-created',
        'second-instance',
        'window-all-closed',
      ]),
    );
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
