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
import { refuseDebugSwitches } from './debug-switches';
import { NO_E2E_HOOKS, readE2eHooks } from './e2e-hooks';
import { nativeExternalLinkDeps, openExternalLink, type ExternalLinkDeps } from './external-links';
import { hardenWebContents } from './harden-web-contents';
import { registerIpcHandlers } from './ipc-handlers';
import { createMainWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import { createMenuActions } from './menu-actions';
import { lockDownSession } from './session-lockdown';
import { shownTheme, THEME_BACKGROUND } from '@shared/theme';

// Development (`npm run dev`) and the e2e build (`npm run build:e2e`, mode "e2e") are decided when
// the bundle is built, not at run time: in a release these conditions are the constant false, and
// the code behind them is not in the bundle, whatever the executable's name or environment.
if (!import.meta.env.DEV && import.meta.env.MODE !== 'e2e') {
  refuseDebugSwitches({
    argv: process.argv,
    platform: process.platform,
    commandLine: app.commandLine,
    writeError: (line) => process.stderr.write(line),
    exit: (code) => process.exit(code),
  });
}
const here = dirname(fileURLToPath(import.meta.url));
const rendererRoot = join(here, '../renderer');
const hooks =
  import.meta.env.DEV || import.meta.env.MODE === 'e2e' ? readE2eHooks(process.env) : NO_E2E_HOOKS;
// The dev server is trusted only in development, never in a release.
const policy = { devServer: import.meta.env.DEV ? process.env.ELECTRON_RENDERER_URL || null : null };
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
    devTools: import.meta.env.DEV,
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
    hardenWebContents(contents, {
      policy,
      // Checked there (https to a public host or mailto only) and asked about first.
      openExternal: (url) => void services.openExternal(contents, url), // eng-disable OPEN_EXTERNAL_JS_CHECK -- see above
      onBlocked: log,
    });
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
