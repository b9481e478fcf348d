import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { ReaderStore, StoreLoadResult } from '../src/shared/bridge';
import { defaultStore } from '../src/shared/reader-store';
import { startDesktopStartServer, type DesktopStartServer } from '../src/build/desktop-start-server';
import { expect, reader, test as webTest } from './fixtures';

/**
 * The desktop app's start, where its page arrives with the first screen already drawn by the main
 * process (src/shared/opening-screen.ts). Electron cannot run here, so the built reader is served
 * as app:// serves it: index.html drawn by the main process's own code from a store the server
 * keeps, which the page reaches through a stand-in for the desktop bridge (desktop-start-server.ts).
 */
const test = webTest.extend<{ desktop: DesktopStartServer }, { server: DesktopStartServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
    async ({}, use) => {
      const server = await startDesktopStartServer(0, { viewportWidth: 1280 });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => use(server.url),
  desktop: async ({ server }, use) => {
    server.deliverInParts(0);
    await use(server);
  },
});

function storeWith(change: (s: ReaderStore) => void): StoreLoadResult {
  const store = defaultStore();
  change(store);
  return { store, recovered: null };
}

/**
 * Holds back the reader's script until `release` is called: what shows meanwhile is what the
 * main process drew. Hydration warnings (the drawn markup not matching) are collected.
 */
async function holdReaderScript(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && /hydrat/i.test(message.text())) warnings.push(message.text());
  });
  return { release, warnings };
}

/** Starts the desktop's page at `path` with the reader's script held back (see holdReaderScript). */
async function startHeld(page: Page, path = './') {
  const script = await holdReaderScript(page);
  await page.goto(path, { waitUntil: 'commit' });
  return script;
}

/** The store of someone who was last reading `slug`. */
const reading = (slug: string) => storeWith((s) => (s.settings.lastRoute = `#/page/${slug}`));

/** Marks the drawn heading, so we can tell the reader kept it (hydrated) from one it built anew. */
const markHeading = (page: Page) =>
  page.locator('main h1').evaluate((h1) => h1.setAttribute('data-drawn', ''));
const headingKept = (page: Page) => page.locator('main h1[data-drawn]').count();

/**
 * The reader is running: its Display panel opens. Until the script has run, buttons on the drawn
 * screen do nothing; the reader marks the moment it has taken the screen over.
 */
async function expectReaderRunning(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('handbook:mounted').length > 0);
  await page.getByRole('button', { name: /display/i }).click();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeVisible();
  await page.keyboard.press('Escape');
}

test('reopens the page last read, on screen before the reader script runs, then takes it over', async ({
  page,
  desktop,
}) => {
  desktop.setStore(reading('self-care'));
  const script = await startHeld(page);
  const r = reader(page);
  await expect(r.heading()).toHaveText(/self-care/i);
  await expect(r.article()).toContainText('keep moving');
  await expect(page).toHaveURL(/#\/page\/self-care$/);
  await expect(page).toHaveTitle(/^Self-care.* — Lower Back Cramps/);
  await expect(r.toc().getByRole('link', { name: /self-care/i })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Urgent help' })).toBeVisible();
  await markHeading(page);

  script.release();
  await expectReaderRunning(page);
  expect(await headingKept(page)).toBe(1);
  expect(script.warnings).toEqual([]);
  await r.search().fill('sciatica');
  await expect(page.getByRole('option').first()).toBeVisible();
  const violations = (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id);
  expect(violations).toEqual([]);
});

test('a first start opens the home page, drawn', async ({ page, desktop }) => {
  desktop.setStore({ store: defaultStore(), recovered: null });
  const script = await startHeld(page);
  await expect(reader(page).heading()).toHaveText('Start here');
  await markHeading(page);
  script.release();
  await expectReaderRunning(page);
  expect(await headingKept(page)).toBe(1);
  expect(script.warnings).toEqual([]);
});

test("the person's theme, text size, bookmarks and place are drawn as they left them", async ({
  page,
  desktop,
}) => {
  const loaded = storeWith((s) => {
    s.settings.theme = 'dark';
    s.settings.fontScale = 120;
    s.settings.lastRoute = '#/page/later-pregnancy';
    s.settings.lastScroll = 700;
    s.bookmarks.push({
      slug: 'urgent-help',
      anchor: '',
      label: 'When to get urgent help',
      created: '2026-11-30',
    });
  });
  desktop.setStore(loaded);
  // The page arrives in two parts, with frames drawn in between, as on a busy machine.
  desktop.deliverInParts(300);
  // Where the page is scrolled in every frame that shows the drawn article, from the very first:
  // read once all of a frame's callbacks have run (the placing script's among them), as drawn.
  await page.addInitScript(`
    window.shownAt = [];
    requestAnimationFrame(function frame() {
      setTimeout(function () {
        var shown = document.querySelector('main h1') && !document.documentElement.hasAttribute('data-opening-placing');
        if (shown) window.shownAt.push(scrollY);
      });
      if (window.shownAt.length < 3) requestAnimationFrame(frame);
    });
  `);
  const script = await startHeld(page);
  await expect(reader(page).heading()).toHaveText(/later pregnancy/i);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shownAt: number[] }).shownAt.slice(0, 3)))
    .toEqual([700, 700, 700]);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('style', /--font-scale: 1\.2/);
  await expect(page.getByRole('list', { name: 'Bookmarks' }).getByRole('link')).toHaveText([
    'When to get urgent help',
  ]);
  expect(await page.evaluate(() => scrollY)).toBe(700);
  await markHeading(page);

  script.release();
  await expectReaderRunning(page);
  // Taking over moved nothing: the same heading, the same place in the page.
  expect(await headingKept(page)).toBe(1);
  expect(await page.evaluate(() => scrollY)).toBe(700);
  await expect(page.getByLabel('Text size')).toHaveText('120%');
  expect(script.warnings).toEqual([]);
});

test('a corrupt store is drawn with its notice, which the reader can then dismiss', async ({
  page,
  desktop,
}) => {
  desktop.setStore({
    store: defaultStore(),
    recovered: { reason: 'the saved file is not valid JSON', keptAs: 'reader-store.corrupt.json' },
  });
  const script = await startHeld(page);
  const notice = page.getByRole('status').filter({ hasText: /could not be read/i });
  await expect(notice).toBeVisible();
  await markHeading(page);
  script.release();
  await expectReaderRunning(page);
  expect(await headingKept(page)).toBe(1);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  expect(script.warnings).toEqual([]);
});

test('what the reader saves is what the next start is drawn from', async ({ page, desktop }) => {
  desktop.setStore(reading('self-care'));
  await page.goto('./');
  const r = reader(page);
  await expect(r.heading()).toHaveText(/self-care/i);
  await expectReaderRunning(page);
  await page.getByRole('button', { name: 'Bookmark this page' }).click();
  await r
    .toc()
    .getByRole('link', { name: /when to get urgent help/i })
    .click();
  await expect(r.heading()).toHaveText(/when to get urgent help/i);
  await expect.poll(() => desktop.store().store.settings.lastRoute).toBe('#/page/urgent-help');

  // The next start, as the desktop opens it: no route in the address.
  const script = await startHeld(page);
  await expect(r.heading()).toHaveText(/when to get urgent help/i);
  await expect(page.getByRole('list', { name: 'Bookmarks' }).getByRole('link')).toHaveText([/self-care/i]);
  await markHeading(page);
  script.release();
  await expectReaderRunning(page);
  expect(await headingKept(page)).toBe(1);
  expect(script.warnings).toEqual([]);
});

test('a search typed and a scroll made before the reader script runs are kept', async ({ page, desktop }) => {
  desktop.setStore(reading('self-care'));
  const script = await startHeld(page);
  const r = reader(page);
  await expect(r.heading()).toHaveText(/self-care/i);
  await markHeading(page);
  await page.evaluate(() => scrollTo(0, 400));
  await r.search().fill('sciat');
  script.release();
  await page.waitForFunction(() => performance.getEntriesByName('handbook:mounted').length > 0);
  await expect(r.search()).toHaveValue('sciat');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(await page.evaluate(() => scrollY)).toBe(400);
  expect(await headingKept(page)).toBe(1);
});

test('the skip link followed before the reader script runs stays on the drawn page', async ({
  page,
  desktop,
}) => {
  desktop.setStore(reading('self-care'));
  const script = await startHeld(page);
  const r = reader(page);
  await expect(r.heading()).toHaveText(/self-care/i);
  await markHeading(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the article' })).toBeFocused();
  const entries = await page.evaluate(() => history.length);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page).toHaveURL(/#\/page\/self-care$/);
  expect(await page.evaluate(() => history.length)).toBe(entries);
  script.release();
  await expectReaderRunning(page);
  await expect(page).toHaveURL(/#\/page\/self-care$/);
  await expect(r.heading()).toHaveText(/self-care/i);
  expect(await headingKept(page)).toBe(1);
});

test('a link followed before the reader script runs is where the reader opens', async ({ page, desktop }) => {
  desktop.setStore(reading('self-care'));
  const script = await startHeld(page);
  const r = reader(page);
  await expect(r.heading()).toHaveText(/self-care/i);
  await r
    .toc()
    .getByRole('link', { name: /when to get urgent help/i })
    .click();
  script.release();
  await expect(r.heading()).toHaveText(/when to get urgent help/i);
  await expectReaderRunning(page);
});

test('opened at another page than the one drawn, it shows that page and never the drawn one', async ({
  page,
  desktop,
}) => {
  desktop.setStore(reading('self-care'));
  const script = await startHeld(page, './#/page/glossary');
  await expect(page.locator('html')).toHaveAttribute('data-opening-stale', '');
  await expect(page.locator('#app')).toBeHidden();
  script.release();
  await expect(reader(page).heading()).toHaveText('Glossary');
  await expect(page.getByRole('heading', { name: /self-care/i, level: 1 })).toHaveCount(0);
  await expectReaderRunning(page);
});
