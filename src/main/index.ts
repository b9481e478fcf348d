import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, type Session } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from '@shared/bridge';
import { aboutMessage } from './app-info';
import { APP_ENTRY, APP_SCHEME } from './app-path';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { createBridgeServices } from './bridge-services';
import { readE2eHooks } from './e2e-hooks';
import { nativeExternalLinkDeps, openExternalLink, type ExternalLinkDeps } from './external-links';
import { hardenWebContents } from './harden-web-contents';
import { registerIpcHandlers } from './ipc-handlers';
import { createMainWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import { denyAllPermissions } from './permissions';
import { installRequestFilter } from './request-filter';

const here = dirname(fileURLToPath(import.meta.url));
const rendererRoot = join(here, '../renderer');
const hooks = readE2eHooks(process.env);
// The dev server is trusted only in an unpackaged run (`npm run dev`), never in a release.
const policy = { devServer: app.isPackaged ? null : (process.env.ELECTRON_RENDERER_URL ?? null) };
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

function lockDownSession(ses: Session): void {
  installRequestFilter(ses, policy, (url) => log('request', url));
  denyAllPermissions(ses, (permission) => log('permission', permission));
}

async function showAbout(): Promise<void> {
  const info = await services.getAppInfo();
  const { message, detail } = aboutMessage(app.getName(), info);
  const options = { type: 'info' as const, title: `About ${app.getName()}`, message, detail, buttons: ['OK'] };
  const win = currentWindow();
  await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}

function sendMenuCommand(command: MenuCommand): void {
  const win = currentWindow();
  if (win && !win.isDestroyed()) win.webContents.send(MENU_CHANNEL, command);
}

async function openMainWindow(): Promise<void> {
  mainWindow = await createMainWindow(
    {
      BrowserWindow,
      screen,
      stateDir: app.getPath('userData'),
      preload: join(here, '../preload/index.cjs'),
      devTools: !app.isPackaged,
      title: app.getName(),
    },
    policy.devServer ?? APP_ENTRY,
  );
  mainWindow.on('closed', () => (mainWindow = null));
}

const services = createBridgeServices({
  app,
  dialog,
  rendererRoot,
  hooks,
  windowOf: (contents) => BrowserWindow.fromWebContents(contents),
  openExternal,
});

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
  app.on('session-created', lockDownSession);

  void app.whenReady().then(async () => {
    lockDownSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
    registerIpcHandlers(ipcMain, services, policy, (channel, reason) => log(`ipc ${channel}`, reason));
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate(process.platform, sendMenuCommand, { about: () => void showAbout() }, app.getName())),
    );
    await openMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void openMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
