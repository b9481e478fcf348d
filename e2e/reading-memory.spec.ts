import { expect, reader, saved, test } from './fixtures';

/** What the reader keeps for the person between visits: theme, text size, place, bookmarks. */
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
