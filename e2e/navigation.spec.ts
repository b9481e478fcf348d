import type { Page } from '@playwright/test';
import { expect, reader, saved, test } from './fixtures';

/** Moving around the handbook: links, contents, history, previous and next. */
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
