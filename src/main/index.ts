import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import { APP_ENTRY, APP_SCHEME } from './app-path';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { createBridgeServices } from './bridge-services';
import { E2E_BUILD_MARKER, readE2eHooks } from './e2e-hooks';
import { nativeExternalLinkDeps, openExternalLink, type ExternalLinkDeps } from './external-links';
import { hardenWebContents } from './harden-web-contents';
import { registerIpcHandlers } from './ipc-handlers';
import { createMainWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import { createMenuActions } from './menu-actions';
import { lockDownSession } from './session-lockdown';
import { shownTheme, THEME_BACKGROUND } from '@shared/theme';

const here = dirname(fileURLToPath(import.meta.url));
const rendererRoot = join(here, '../renderer');
const e2eAllowed = !app.isPackaged || existsSync(join(process.resourcesPath, E2E_BUILD_MARKER));
const hooks = readE2eHooks(process.env, e2eAllowed);
// The dev server is trusted only in an unpackaged run (`npm run dev`), never in a release.
const policy = { devServer: app.isPackaged ? null : process.env.ELECTRON_RENDERER_URL || null };
const log = (what: string, detail: string) => console.warn(`[handbook] blocked ${what}: ${detail}`);

// Before `ready`: app:// is privileged, and every renderer is sandboxed.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
if (hooks.userDataDir) app.setPath('userData', hooks.userDataDir);

let mainWindow: BrowserWindow | null = null;
const currentWindow = () => BrowserWindow.getFocusedWindow() ?? mainWindow;

const linkDeps: ExternalLinkDeps = hooks.declineExternal
  ? { confirm: async () => false, open: async () => {} }
  : nativeExternalLinkDeps(dialog, shell, currentWindow);
const openExternal = (url: unknown) => openExternalLink(url, linkDeps);

const services = createBridgeServices({
  app,
  dialog,
  rendererRoot,
  hooks,
  windowOf: (contents) => BrowserWindow.fromWebContents(contents),
  openExternal,
});

const menuActions = createMenuActions({
  dialog,
  currentWindow,
  getAppInfo: services.getAppInfo,
  productName: app.getName(),
});

async function openMainWindow(): Promise<void> {
  // Until the reader paints, the window shows the person's theme, not a white flash.
  const theme = (await services.loadStore().catch(() => null))?.store.settings.theme ?? 'system';
  const deps = {
    BrowserWindow,
    screen,
    stateDir: app.getPath('userData'),
    preload: join(here, '../preload/index.cjs'),
    devTools: !app.isPackaged,
    title: app.getName(),
    backgroundColor: THEME_BACKGROUND[shownTheme(theme, nativeTheme.shouldUseDarkColors)],
  };
  mainWindow = await createMainWindow(deps, policy.devServer ?? APP_ENTRY);
  mainWindow.on('closed', () => (mainWindow = null));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  // Every web contents, whoever creates it, gets the same hardening before it loads anything.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { policy, openExternal: (url) => void openExternal(url), onBlocked: log });
  });
  app.on('session-created', (ses) => lockDownSession(ses, policy, log));

  void app.whenReady().then(async () => {
    lockDownSession(session.defaultSession, policy, log);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
    registerIpcHandlers(ipcMain, services, policy, (channel, reason) => log(`ipc ${channel}`, reason));
    const template = buildMenuTemplate(
      process.platform,
      menuActions.send,
      { about: () => void menuActions.about() },
      app.getName(),
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    await openMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void openMainWindow();
    });
  });

  // The reader's last save often arrives as its window closes: let it reach the disk first.
  let storeSettled = false;
  app.on('will-quit', (event) => {
    if (storeSettled) return;
    event.preventDefault();
    void services.storeSettled().finally(() => {
      storeSettled = true;
      app.quit();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
