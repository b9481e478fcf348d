/**
 * Tests only: a recording fake of the `electron` module for the tests that import
 * src/main/index.ts (the real runtime cannot be downloaded here). Use it with
 * `vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron.module)`.
 */
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

const calls: string[] = [];
const appListeners = new Map<string, Listener>();
const windows: { options: Record<string, unknown>; url?: string }[] = [];
const ipc = new Map<string, unknown>();
const schemes: unknown[] = [];
const protocolHandlers = new Map<string, (r: { url: string; method: string }) => Promise<Response>>();
const session: Record<string, unknown> = {};
const state = { userData: '', menu: null as unknown, readyResolve: () => {} };
const ready = new Promise<void>((resolve) => (state.readyResolve = resolve));

class FakeWindow {
  webContents = { send: vi.fn() };
  entry: (typeof windows)[number];
  constructor(options: Record<string, unknown>) {
    this.entry = { options };
    windows.push(this.entry);
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
    calls.push('loadURL');
    this.entry.url = url;
  }
  static getFocusedWindow = () => null;
  static getAllWindows = () => [];
  static fromWebContents = () => null;
}

const record =
  (name: string) =>
  (...args: unknown[]) => {
    calls.push(name);
    session[name] = args[0];
  };

const app = {
  getName: () => 'Lower Back Cramps Handbook',
  getVersion: () => '0.1.0',
  getPath: () => state.userData,
  setPath: vi.fn(),
  commandLine: { hasSwitch: vi.fn(() => false) },
  enableSandbox: () => calls.push('enableSandbox'),
  requestSingleInstanceLock: () => true,
  quit: vi.fn(),
  on: (event: string, listener: Listener) => appListeners.set(event, listener),
  whenReady: () => ready,
};

const module = {
  app,
  BrowserWindow: FakeWindow,
  dialog: { showMessageBox: vi.fn(), showSaveDialog: vi.fn() },
  shell: { openExternal: vi.fn() },
  nativeTheme: { shouldUseDarkColors: false },
  ipcMain: { handle: (channel: string, fn: unknown) => ipc.set(channel, fn) },
  Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (state.menu = m) },
  protocol: {
    registerSchemesAsPrivileged: (s: unknown[]) => {
      calls.push('registerSchemesAsPrivileged');
      schemes.push(...s);
    },
    handle: (scheme: string, handler: (r: { url: string; method: string }) => Promise<Response>) => {
      calls.push(`protocol.handle:${scheme}`);
      protocolHandlers.set(scheme, handler);
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

/** A web contents that keeps the listeners the app installs on it, and fires them. */
export function fakeWebContents() {
  const listeners = new Map<string, (event: object) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, listener: (event: object) => void) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  };
  /** Fires `name` as Electron would; true if the app prevented it (or there was no listener to). */
  const prevented = (name: string, url: string, extra: object = {}) => {
    let wasPrevented = false;
    listeners.get(name)?.({ url, ...extra, preventDefault: () => (wasPrevented = true) });
    return wasPrevented;
  };
  const windowOpen = (url: string) => openHandler?.({ url }) ?? { action: 'allow' };
  return { contents, prevented, windowOpen };
}

/** A session that keeps the handlers the app installs on it, and asks them. */
export function fakeSession() {
  const handlers: Record<string, (...args: never[]) => unknown> = {};
  const keep = (name: string) => (handler: (...args: never[]) => unknown) => (handlers[name] = handler);
  const ses = {
    webRequest: { onBeforeRequest: keep('onBeforeRequest') },
    setPermissionRequestHandler: keep('setPermissionRequestHandler'),
    setPermissionCheckHandler: keep('setPermissionCheckHandler'),
    setDevicePermissionHandler: keep('setDevicePermissionHandler'),
    setDisplayMediaRequestHandler: keep('setDisplayMediaRequestHandler'),
  };
  /** Whether a request would go through (true when nothing filters it). */
  const requestAllowed = (url: string, resourceType = 'mainFrame') => {
    let cancel = false;
    const filter = handlers.onBeforeRequest as
      ((d: object, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    filter?.({ url, resourceType }, (response) => (cancel = response.cancel));
    return !cancel;
  };
  /** Whether a permission request would be granted (true when nothing answers it). */
  const permissionGranted = (permission: string) => {
    let granted = true;
    const handler = handlers.setPermissionRequestHandler as
      ((wc: object, p: string, cb: (ok: boolean) => void) => void) | undefined;
    handler?.({}, permission, (ok) => (granted = ok));
    const check = handlers.setPermissionCheckHandler as ((...a: unknown[]) => boolean) | undefined;
    return granted && (check?.({}, permission) ?? true);
  };
  return { ses, requestAllowed, permissionGranted };
}

export const fakeElectron = {
  module,
  calls,
  appListeners,
  windows,
  ipc,
  schemes,
  protocolHandlers,
  session,
  state,
};
