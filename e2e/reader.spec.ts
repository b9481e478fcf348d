import type { Page } from '@playwright/test';
import type { ReaderStore } from '../src/shared/bridge';
import { expect, reader, test, startWithSettings } from './fixtures';

/** What the web edition has saved for the person (its bridge keeps the store in localStorage). */
function saved(page: Page): Promise<ReaderStore | null> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('lbc-handbook:store') ?? 'null'));
}

test.describe('navigation', () => {
  test('a deep link opens the page at its section and survives a reload', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/self-care');
    const firstSection = page.getByRole('main').getByRole('heading', { level: 2 }).first();
    const id = await firstSection.getAttribute('id');
    await page.goto(`./#/page/self-care#${id}`);
    await expect(firstSection).toBeInViewport();
    await page.reload();
    await expect(r.heading()).toHaveText(/self-care/i);
    await expect(firstSection).toBeInViewport();
  });

  test('the table of contents opens pages and marks the current one', async ({ page }) => {
    const r = reader(page);
    await r.open();
    await r.toc().getByRole('link', { name: /nerve/i }).click();
    await expect(r.heading()).toHaveText(/nerve/i);
    await expect(r.toc().getByRole('link', { name: /nerve/i })).toHaveAttribute('aria-current', 'page');
  });

  test('the current page stays in sight in the contents, even at its far end', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 420 });
    const r = reader(page);
    await r.open('/page/sources-and-review');
    const current = r.toc().getByRole('link', { name: /sources and review/i });
    await expect(current).toHaveAttribute('aria-current', 'page');
    await expect(current).toBeInViewport();
    await r
      .toc()
      .getByRole('link', { name: /start here/i })
      .click();
    await expect(r.toc().getByRole('link', { name: /start here/i })).toBeInViewport();
  });

  test('sections of the contents collapse and expand', async ({ page }) => {
    const r = reader(page);
    await r.open();
    const section = r.toc().getByRole('button', { name: /pregnancy/i });
    await section.click();
    await expect(section).toHaveAttribute('aria-expanded', 'false');
    await expect(r.toc().getByRole('link', { name: /early pregnancy/i })).toBeHidden();
    await section.click();
    await expect(r.toc().getByRole('link', { name: /early pregnancy/i })).toBeVisible();
  });

  test('back and forward by toolbar buttons and by Alt+Left/Right', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/self-care');
    await r.open('/page/urgent-help');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(r.heading()).toHaveText(/self-care/i);
    await page.getByRole('button', { name: 'Forward' }).click();
    await expect(r.heading()).toHaveText(/urgent help/i);
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(r.heading()).toHaveText(/self-care/i);
    await page.keyboard.press('Alt+ArrowRight');
    await expect(r.heading()).toHaveText(/urgent help/i);
  });

  for (const [kind, link] of [
    [
      'a link in the article',
      (page: Page) =>
        page.getByRole('main').getByRole('link', { name: 'Pain relief in pregnancy', exact: true }),
    ],
    [
      'a glossary term',
      (page: Page) => page.getByRole('main').getByRole('link', { name: 'physiotherapist', exact: true }),
    ],
    ['a link in the contents', (page: Page) => reader(page).toc().getByRole('link', { name: /nerve/i })],
  ] as const) {
    test(`back after following ${kind} returns to where the reader was`, async ({ page }) => {
      const r = reader(page);
      await r.open('/page/self-care');
      await page.mouse.wheel(0, 700);
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(600);
      await link(page).scrollIntoViewIfNeeded();
      // The reader has taken in the last scroll once it has saved that very position.
      await expect
        .poll(async () => (await saved(page))?.settings.lastScroll === (await page.evaluate(() => scrollY)))
        .toBe(true);
      const was = await page.evaluate(() => scrollY);
      expect(was).toBeGreaterThan(300);
      await link(page).click();
      await expect(r.heading()).not.toHaveText(/self-care/i);
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await expect(r.heading()).toHaveText(/self-care/i);
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(was - 4);
      expect(await page.evaluate(() => scrollY)).toBeLessThan(was + 4);
    });
  }

  test('previous and next links and keys follow the table of contents', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/understanding-back-cramps');
    const pager = page.getByRole('navigation', { name: /previous and next/i });
    await pager.getByRole('link', { name: /next/i }).click();
    await expect(r.heading()).toHaveText(/injury|strain/i);
    await page.keyboard.press('[');
    await expect(r.heading()).toHaveText(/understanding/i);
    await page.keyboard.press(']');
    await expect(r.heading()).toHaveText(/injury|strain/i);
  });

  test('breadcrumbs lead home and unknown routes show a friendly page', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/no-such-page');
    await expect(r.heading()).toHaveText(/could not find/i);
    await page.getByRole('link', { name: /start of the handbook/i }).click();
    await expect(r.heading()).toHaveText('Start here');
    await r.open('/page/self-care');
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }).click();
    await expect(r.heading()).toHaveText('Start here');
  });

  test('the urgent help link is always in the header', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/later-pregnancy');
    await page.getByRole('banner').getByRole('link', { name: 'Urgent help' }).click();
    await expect(r.heading()).toHaveText(/urgent help/i);
  });
});

test.describe('reading comfort and memory', () => {
  test('theme and text size persist across a reload', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/self-care');
    await page.getByRole('button', { name: /display/i }).click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect
      .poll(async () => (await saved(page))?.settings)
      .toMatchObject({ theme: 'dark', fontScale: 120 });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('button', { name: /display/i }).click();
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expect(page.getByLabel('Text size')).toHaveText('120%');
    await page.keyboard.press('Control+0');
    await expect(page.getByLabel('Text size')).toHaveText('100%');
  });

  test('a saved dark theme and text size are there from the first frame, with no light flash', async ({
    page,
  }) => {
    const r = reader(page);
    await r.open('/page/self-care');
    await page.getByRole('button', { name: /display/i }).click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await expect
      .poll(async () => (await saved(page))?.settings)
      .toMatchObject({ theme: 'dark', fontScale: 110 });
    // Every theme and text size the page ever had, in order, from before the reader starts.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenThemes: string[] }).seenThemes = seen;
      // The document, not <html>: this runs before <html> exists.
      new MutationObserver(() => {
        const html = document.documentElement;
        const state = `${html.dataset.theme} ${html.style.getPropertyValue('--font-scale')}`;
        if (html.dataset.theme && seen.at(-1) !== state) seen.push(state);
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-theme', 'style'] });
    });
    await page.reload();
    await expect(r.heading()).toHaveText(/self-care/i);
    const seen = await page.evaluate(() => (window as unknown as { seenThemes: string[] }).seenThemes);
    expect(seen).toEqual(['dark 1.1']);
  });

  test('the last page is restored on the next start', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/early-pregnancy');
    await expect.poll(async () => (await saved(page))?.settings.lastRoute).toBe('#/page/early-pregnancy');
    await page.goto('./');
    await expect(r.heading()).toHaveText(/early pregnancy/i);
  });

  test('a bookmark persists across a reload and can be removed', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/self-care');
    await page.getByRole('button', { name: 'Bookmark this page' }).click();
    await expect.poll(async () => (await saved(page))?.bookmarks.map((b) => b.slug)).toEqual(['self-care']);
    await page.reload();
    const bookmarks = page.getByRole('list', { name: 'Bookmarks' });
    await expect(bookmarks.getByRole('link')).toHaveText([/self-care/i]);
    await r.open('/page/urgent-help');
    await bookmarks.getByRole('link', { name: /self-care/i }).click();
    await expect(r.heading()).toHaveText(/self-care/i);
    await page.getByRole('button', { name: /remove bookmark/i }).click();
    await expect(page.getByText('No bookmarks yet.')).toBeVisible();
    // The removal was saved: after a reload it stays removed.
    await expect
      .poll(() =>
        page.evaluate(() => JSON.parse(localStorage.getItem('lbc-handbook:store')!).bookmarks.length),
      )
      .toBe(0);
    await page.reload();
    await expect(r.heading()).toHaveText(/self-care/i);
    await expect(page.getByText('No bookmarks yet.')).toBeVisible();
  });

  test('a section can be bookmarked from "On this page"', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/nerve-related-pain');
    const onPage = page.getByRole('navigation', { name: 'On this page' });
    const first = onPage.getByRole('button', { name: /^bookmark section/i }).first();
    await first.click();
    await expect(onPage.getByRole('button', { name: /^remove bookmark for section/i })).toHaveCount(1);
    await expect(page.getByRole('list', { name: 'Bookmarks' }).getByRole('link')).toHaveText([/nerve.*—/i]);
  });

  test('a corrupt saved store is recovered with a notice and the old copy kept', async ({ page }) => {
    const r = reader(page);
    // Damage the saved data before the first start only, as a bad disk write would.
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('lbc-handbook:store', '{"version":1, broken');
    });
    await page.goto('./');
    await expect(page.getByRole('status').filter({ hasText: /could not be read/i })).toBeVisible();
    await expect(r.heading()).toHaveText('Start here');
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('lbc-handbook:store:corrupt:')),
    );
    expect(kept).toHaveLength(1);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('status').filter({ hasText: /could not be read/i })).toBeHidden();
  });

  test('a saved store with one setting outside the limits keeps its bookmarks', async ({ page }) => {
    const r = reader(page);
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      const settings = { theme: 'dark', fontScale: 400, region: '', lastRoute: '', lastScroll: 0 };
      const bookmarks = [{ slug: 'self-care', anchor: '', label: 'Self-care', created: '' }];
      localStorage.setItem(
        'lbc-handbook:store',
        JSON.stringify({ version: 1, settings, bookmarks, recent: [] }),
      );
    });
    await page.goto('./');
    await expect(page.getByRole('status').filter({ hasText: /some of your saved/i })).toBeVisible();
    await expect(r.heading()).toHaveText('Start here');
    await expect(page.getByRole('list', { name: 'Bookmarks' }).getByRole('link')).toHaveText([/self-care/i]);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('the recent pages list remembers what was read', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/self-care');
    await r.open('/page/urgent-help');
    await expect(
      page.getByRole('list', { name: 'Recently read pages' }).getByRole('link', { name: /self-care/i }),
    ).toBeVisible();
  });
});

test.describe('in the text', () => {
  test('find in page highlights matches and steps through them', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/self-care');
    await page.keyboard.press('Control+f');
    const box = page.getByRole('textbox', { name: 'Find in page' });
    await expect(box).toBeFocused();
    await box.fill('heat');
    const count = page.getByText(/^1 of \d+$/);
    await expect(count).toBeVisible();
    const total = Number((await count.textContent())!.split(' of ')[1]);
    expect(total).toBeGreaterThan(1);
    await expect(r.article().locator('mark')).toHaveCount(total);
    await box.press('Enter');
    await expect(page.getByText(`2 of ${total}`)).toBeVisible();
    await box.press('Escape');
    await expect(box).toBeHidden();
    await expect(r.article().locator('mark')).toHaveCount(0);
  });

  test('find in page shows its own matches only: none from a search or in the breadcrumb', async ({
    page,
  }) => {
    const r = reader(page);
    await r.open('/page/self-care');
    await r.search().fill('braxton hicks');
    await expect(page.getByRole('option').first()).toContainText(/later pregnancy/i);
    await r.search().press('ArrowDown');
    await r.search().press('Enter');
    await expect(r.heading()).toHaveText(/later pregnancy/i);
    await expect(page.getByRole('main').locator('mark.search-hit').first()).toBeVisible();
    await page.keyboard.press('Control+f');
    await expect(page.getByRole('main').locator('mark.search-hit')).toHaveCount(0);
    // "Pregnancy" is also the breadcrumb's section: only the article's text counts.
    await page.getByRole('textbox', { name: 'Find in page' }).fill('pregnancy');
    await expect(page.getByText(/^1 of \d+$/)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).locator('mark.find-hit')).toHaveCount(
      0,
    );
  });

  test('a glossary term shows its definition on keyboard focus', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/nerve-related-pain');
    const term = r
      .article()
      .getByRole('link', { name: /sciatica/i })
      .first();
    await term.focus();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(/sciatica/i);
    await expect(term).toHaveAttribute('aria-describedby', 'glossary-tip');
    await term.press('Escape');
    await expect(tip).toBeHidden();
  });

  test('clicking a glossary term opens the glossary, with no error and no tip left behind', async ({
    page,
  }) => {
    const r = reader(page);
    await r.open('/page/self-care');
    const term = r.article().getByRole('link', { name: 'cramps', exact: true });
    await term.hover();
    const tip = page.getByRole('tooltip');
    await expect(tip).toContainText(/cramp/i);
    // A mouse click: the term takes focus, then loses it as the next page replaces it.
    await term.click();
    await expect(r.heading()).toHaveText(/glossary/i);
    await expect(page.locator('#glossary-tip')).toBeHidden();
    await page.mouse.move(5, 5);
    // Deliberate delay: nothing to wait for, as the tip must NOT come back; 400 ms outlasts the
    // tip's 300 ms hide grace, after which a leftover tip would be showing.
    await page.waitForTimeout(400);
    await expect(page.locator('#glossary-tip')).toBeHidden();
    // The guard fixture fails the test on any page error, such as Svelte's state_unsafe_mutation.
  });

  test('the glossary tip goes away on a click elsewhere', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/self-care');
    const term = r.article().getByRole('link', { name: 'cramps', exact: true });
    await term.focus();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await r.article().getByRole('heading', { level: 2 }).first().click();
    await expect(tip).toBeHidden();
  });

  test('the glossary tip fits the window at large text and stays while the pointer is on it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 800 });
    await startWithSettings(page, { fontScale: 200 });
    const r = reader(page);
    await r.open('/page/nerve-related-pain');
    const term = r.article().locator('a.term').first();
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(800);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    // Deliberate delay: the tip must still be there after its 300 ms hide grace has run out.
    await page.waitForTimeout(600);
    await expect(tip).toBeVisible();
  });

  test('emergency numbers follow the chosen region', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/urgent-help');
    await page.getByRole('button', { name: /display/i }).click();
    await page.getByLabel('Region for emergency numbers').selectOption('UK-ENG');
    await expect(r.article().getByText('999').first()).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('In an emergency call 999');
    await page.getByLabel('Region for emergency numbers').selectOption('US');
    await expect(page.getByRole('contentinfo')).toContainText('In an emergency call 911');
  });

  test('the region can be chosen right beside the emergency number', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/urgent-help');
    await page.getByRole('contentinfo').getByLabel('Your country or region').selectOption('US');
    await expect(page.getByRole('contentinfo')).toContainText('In an emergency call 911');
    await expect(r.article().getByText('911').first()).toBeVisible();
  });

  test('find in page follows the reader to the next page', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/self-care');
    await page.keyboard.press('Control+f');
    await page.getByRole('textbox', { name: 'Find in page' }).fill('back');
    const counter = page.getByText(/^1 of \d+$/);
    const before = await counter.textContent();
    await r
      .toc()
      .getByRole('link', { name: /later pregnancy/i })
      .click();
    await expect(r.heading()).toHaveText(/later pregnancy/i);
    await expect(counter).not.toHaveText(before!);
    const count = Number((await counter.textContent())!.split(' of ')[1]);
    await expect(r.article().locator('mark.find-hit')).toHaveCount(count);
  });

  test('an external link asks before leaving the app', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/self-care');
    await r.article().getByRole('region', { name: 'Sources' }).getByRole('link').first().click();
    // The web edition already runs in a browser: the website would open in a new tab of it.
    const dialog = page.getByRole('dialog', { name: 'Open this website in a new tab?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Open in a new tab' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Stay here' }).click();
    await expect(dialog).toBeHidden();
  });

  test('the question about an external link goes away when the reader goes back', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/urgent-help');
    await r.open('/page/self-care');
    await r.article().getByRole('region', { name: 'Sources' }).getByRole('link').first().click();
    const dialog = page.getByRole('dialog', { name: /open this website/i });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(r.heading()).toHaveText(/urgent help/i);
    await expect(dialog).toBeHidden();
  });

  test('the sidebar becomes a toggle on a narrow window', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 800 });
    const r = reader(page);
    await r.open('/page/self-care');
    await expect(r.toc()).toBeHidden();
    await page.getByRole('button', { name: /contents/i }).click();
    await r
      .toc()
      .getByRole('link', { name: /urgent help/i })
      .click();
    await expect(r.heading()).toHaveText(/urgent help/i);
    await expect(r.toc()).toBeHidden();
  });
});

/** The content files the page requests, as paths like `content/pages/self-care.js`, in order. */
function contentRequests(page: Page): string[] {
  const content: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/content/')) content.push(path.slice(path.indexOf('/content/') + 1));
  });
  return content;
}

test.describe('loading', () => {
  test('opening a page loads that page only; the handout builder loads the rest', async ({ page }) => {
    const content = contentRequests(page);
    const r = reader(page);
    await r.open('/page/self-care');
    await expect(r.article().getByRole('heading', { level: 2 }).first()).toBeVisible();
    await r.toc().getByRole('link', { name: /nerve/i }).click();
    await expect(r.heading()).toHaveText(/nerve/i);
    await expect(r.article().getByRole('heading', { level: 2 }).first()).toBeVisible();
    expect(content.filter((path) => !path.startsWith('content/search.'))).toEqual([
      'content/handbook-start.js',
      'content/pages/self-care.js',
      'content/pages/nerve-related-pain.js',
    ]);
    await page.goto('./#/handout');
    await expect(page.getByRole('group', { name: /self-care/i })).toBeVisible();
    expect(content).toContain('content/handbook.js');
  });

  test('a start file slower than the app is waited for, and nothing is loaded twice', async ({ page }) => {
    // As with a large handbook, where the start file is the bigger download.
    await page.route('**/content/handbook-start.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    const content = contentRequests(page);
    const r = reader(page);
    await r.open('/page/self-care');
    await expect(r.article().getByRole('heading', { level: 2 }).first()).toBeVisible();
    expect(content.filter((path) => !path.startsWith('content/search.'))).toEqual([
      'content/handbook-start.js',
      'content/pages/self-care.js',
    ]);
  });

  test('the search index starts loading only once the article is on screen', async ({ page }) => {
    // Element timing reports the article on screen; here those reports wait for the test.
    await page.addInitScript(() => {
      const held: (() => void)[] = [];
      let shown = false;
      (window as unknown as { showArticle: () => void }).showArticle = () => {
        shown = true;
        held.splice(0).forEach((report) => report());
      };
      const Real = window.PerformanceObserver;
      window.PerformanceObserver = class extends Real {
        constructor(callback: PerformanceObserverCallback) {
          super((list, observer) =>
            shown ? callback(list, observer) : held.push(() => callback(list, observer)),
          );
        }
      };
    });
    const workerRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('search.worker')) workerRequests.push(request.url());
    });
    const r = reader(page);
    await r.open('/page/self-care');
    await expect(r.article().getByRole('heading', { level: 2 }).first()).toBeVisible();
    // Deliberate delay: proving the index does NOT load yet needs a moment in which it could have
    // (well short of the 2 s fallback, which would start it anyway).
    await page.waitForTimeout(600);
    expect(workerRequests).toEqual([]);
    await page.evaluate(() => (window as unknown as { showArticle: () => void }).showArticle());
    await expect(r.search()).toHaveAttribute('placeholder', /^Search/);
    expect(workerRequests).toHaveLength(1);
  });

  test('a page text that arrives late does not take focus from the search box', async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/content/pages/nerve-related-pain.js', async (route) => {
      await held;
      await route.continue();
    });
    const r = reader(page);
    await r.open('/page/self-care');
    await r.toc().getByRole('link', { name: /nerve/i }).click();
    await expect(r.article().getByText('Opening this page…')).toBeVisible();
    await r.search().fill('heat');
    release();
    await expect(r.article().getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expect(r.search()).toBeFocused();
  });

  test('a page whose text cannot be loaded says so, and opens on a retry', async ({ page, guard }) => {
    let fail = true;
    // Both the start file's early request (the script copy) and the app's own fail.
    await page.route('**/content/pages/nerve-related-pain.*', (route) =>
      fail ? route.fulfill({ status: 503, body: 'busy' }) : route.continue(),
    );
    guard.allow(/status of 503/);
    const r = reader(page);
    await r.open('/page/nerve-related-pain');
    const alert = r.article().getByRole('alert');
    await expect(alert).toHaveText(/could not be opened/i);
    fail = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(alert).toBeHidden();
    await expect(r.article().getByRole('heading', { level: 2 }).first()).toBeVisible();
  });
});
