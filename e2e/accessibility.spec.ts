import AxeBuilder from '@axe-core/playwright';
import { expect, reader, test } from './fixtures';

const THEMES = ['light', 'dark', 'contrast'] as const;

for (const theme of THEMES) {
  test(`every page passes axe in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.addInitScript((t) => {
      localStorage.setItem(
        'lbc-handbook:store',
        JSON.stringify({
          version: 1,
          settings: { theme: t, fontScale: 100, region: '', lastRoute: '', lastScroll: 0 },
          bookmarks: [],
          recent: [],
        }),
      );
    }, theme);
    const r = reader(page);
    await r.open();
    const slugs = await page
      .getByRole('navigation', { name: 'Contents' })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.replace('#/page/', '')));
    expect(slugs.length).toBeGreaterThan(8);
    for (const route of ['/', '/page/no-such-page', ...slugs.map((s) => `/page/${s}`)]) {
      await r.open(route);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(
        results.violations.map((v) => `${route}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`),
      ).toEqual([]);
    }
  });
}

test('the system theme follows the operating system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await reader(page).open();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('a skip link jumps to the article, and the page has its landmarks', async ({ page }) => {
  await reader(page).open('/page/self-care');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /skip to the article/i });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  for (const role of ['banner', 'main', 'contentinfo'] as const)
    await expect(page.getByRole(role)).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
});
