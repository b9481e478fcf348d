import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, reader, test } from './fixtures';

const THEMES = ['light', 'dark', 'contrast'] as const;
// Every page of the built handbook, read from the build so a new page is checked without edits.
const toc: { pages: string[] }[] = JSON.parse(
  readFileSync('out/renderer/content/handbook-start.json', 'utf8'),
).toc;
const ROUTES = [
  '/',
  '/page/no-such-page',
  ...toc.flatMap((section) => section.pages.map((s) => `/page/${s}`)),
];

test('the accessibility checks cover every page of the handbook', () => {
  expect(ROUTES.length).toBeGreaterThan(10);
});

// One test per page and theme: small enough to run in parallel and to name the failing page.
for (const theme of THEMES) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
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
    });

    for (const route of ROUTES) {
      test(`${route} passes axe`, async ({ page }) => {
        await reader(page).open(route);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
          [],
        );
      });
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
