import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { BRIDGE_GLOBAL, BRIDGE_METHODS } from '../../src/shared/bridge';
import {
  electronExecutable,
  NO_RUNTIME_REASON,
  notAnE2eBuild,
} from '../../src/build/desktop/electron-runtime';

const root = resolve(import.meta.dirname, '../..');
const executablePath = electronExecutable(root);

test.skip(executablePath === null, NO_RUNTIME_REASON);
test.skip(notAnE2eBuild(root) !== null, notAnE2eBuild(root) ?? '');

type Global = Record<string, unknown>;
let app: ElectronApplication;
let page: Page;
let scratch: string;

/** Starts the app on the scratch folder's user data, as a person starting it again would. */
async function launch() {
  app = await electron.launch({
    executablePath: executablePath!,
    // Chromium will not start its sandbox as root (CI containers); the page-level isolation
    // under test (contextIsolation, no Node, the bridge) does not depend on it.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root],
    env: {
      ...process.env,
      HANDBOOK_E2E: '1',
      HANDBOOK_E2E_USER_DATA: join(scratch, 'user-data'),
      HANDBOOK_E2E_PDF_PATH: join(scratch, 'handout.pdf'),
    },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
}

test.beforeEach(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'handbook-e2e-'));
  await launch();
});

test.afterEach(async () => {
  await app?.close();
  rmSync(scratch, { recursive: true, force: true });
});

test('the page is served from app://handbook with the CSP header', async () => {
  expect(page.url()).toMatch(/^app:\/\/handbook\//);
  const csp = await page.evaluate(async () =>
    (await fetch('./index.html')).headers.get('content-security-policy'),
  );
  expect(csp).toContain("script-src 'self'");
});

test('no Node in the page: require, process and module are undefined', async () => {
  const types = await page.evaluate(() => {
    const g = globalThis as unknown as Global;
    return [typeof g.require, typeof g.process, typeof g.module, typeof g.Buffer];
  });
  expect(types).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
});

test('the bridge exposes exactly the allow-listed methods', async () => {
  const keys = await page.evaluate(
    (name) => Object.keys((globalThis as unknown as Global)[name] as object),
    BRIDGE_GLOBAL,
  );
  expect(keys).toEqual([...BRIDGE_METHODS]);
});

/**
 * Sends the page to `url` and answers how that ended, from the events themselves: 'prevented'
 * when the window's will-navigate event (seen after the app's own guard ran) was cancelled,
 * 'allowed' when it was not, 'refused by Chromium' when the page's console says Chromium refused
 * it before any navigation began (it does so for file: from another scheme).
 */
async function attemptNavigation(url: string): Promise<'prevented' | 'allowed' | 'refused by Chromium'> {
  await app.evaluate(({ BrowserWindow }, target) => {
    (globalThis as unknown as Global).navigationAttempt = new Promise<boolean>((resolve) => {
      BrowserWindow.getAllWindows()[0]!.webContents.on('will-navigate', (event) => {
        if (event.url === target) resolve(event.defaultPrevented);
      });
    });
  }, url);
  const refused = page
    .waitForEvent('console', (message) => message.text().includes(url))
    .then(() => 'refused by Chromium' as const);
  const attempted = app
    .evaluate(() => (globalThis as unknown as { navigationAttempt: Promise<boolean> }).navigationAttempt)
    .then((prevented) => (prevented ? ('prevented' as const) : ('allowed' as const)));
  // The promise that loses the race is left pending until the app closes.
  refused.catch(() => {});
  attempted.catch(() => {});
  await page.evaluate((u) => {
    (globalThis as unknown as { location: { href: string } }).location.href = u;
  }, url);
  return Promise.race([refused, attempted]);
}

test('navigating away from app://handbook is refused', async () => {
  const loaded: string[] = [];
  page.on('framenavigated', (frame) => loaded.push(frame.url()));
  // An https page: the app's guard cancels it (and offers to open it in the browser).
  expect(await attemptNavigation('https://example.com/')).toBe('prevented');
  // A local file: refused whichever comes first.
  expect(['prevented', 'refused by Chromium']).toContain(await attemptNavigation('file:///etc/passwd'));
  expect(loaded).toEqual([]);
  expect(page.url()).toMatch(/^app:\/\/handbook\//);
});

test('window.open is denied', async () => {
  // window.open returns only once the main process's handler has answered, so a denied
  // window can never appear later.
  const opened = await page.evaluate(() =>
    (globalThis as unknown as { open(u: string): unknown }).open('https://example.com/'),
  );
  expect(opened).toBeNull();
  expect(app.windows()).toHaveLength(1);
});

test('network requests fail: fetch from the page and from the session', async () => {
  const fromPage = await page.evaluate(async () => {
    try {
      await fetch('https://example.com/');
      return 'reached';
    } catch {
      return 'blocked';
    }
  });
  expect(fromPage).toBe('blocked');
  // Also past the CSP: the session's request filter cancels it.
  const fromSession = await app.evaluate(async ({ session }) => {
    try {
      await session.defaultSession.fetch('https://example.com/');
      return 'reached';
    } catch {
      return 'blocked';
    }
  });
  expect(fromSession).toBe('blocked');
});

test('Save as PDF writes a PDF file', async () => {
  const result = await page.evaluate(
    (name) =>
      (
        (globalThis as unknown as Global)[name] as {
          saveAsPdf(r: object): Promise<{ status: string; path?: string }>;
        }
      ).saveAsPdf({
        suggestedName: 'Handout',
        pageSize: 'A4',
      }),
    BRIDGE_GLOBAL,
  );
  expect(result).toEqual({ status: 'saved', path: join(scratch, 'handout.pdf') });
  expect(readFileSync(join(scratch, 'handout.pdf')).subarray(0, 4).toString('latin1')).toBe('%PDF');
});

test('the window opens on the home page, and reopens the page last read', async () => {
  const heading = page.getByRole('main').getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Start here');
  await page.getByRole('main').getByRole('link', { name: 'When to get urgent help' }).first().click();
  await expect(heading).toHaveText('When to get urgent help');
  const store = join(scratch, 'user-data', 'reader-store.json');
  await expect
    .poll(() => (existsSync(store) ? JSON.parse(readFileSync(store, 'utf8')).settings.lastRoute : ''))
    .toBe('#/page/urgent-help');
  await app.close();

  await launch();
  await expect(heading).toHaveText('When to get urgent help');
  await page.getByRole('button', { name: /display/i }).click();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeVisible();
});
