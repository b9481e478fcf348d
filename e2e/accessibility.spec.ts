import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readContent } from '../src/build/tools/read-content';
import { expect, reader, test, startWithSettings } from './fixtures';

const THEMES = ['light', 'dark', 'contrast'] as const;
// Every page of the built handbook, read from the build so a new page is checked without edits.
const { toc } = readContent('out/renderer', 'start');
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
      await startWithSettings(page, { theme });
    });

    for (const route of ROUTES) {
      test(`${route} passes axe`, async ({ page }) => {
        await reader(page).open(route);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    // What only shows on demand: search results (with their highlighted words), and, in a
    // narrow window, the contents sliding over the page and the display panel.
    test('search results pass axe', async ({ page }) => {
      const r = reader(page);
      await r.open('/page/self-care');
      await r.search().fill('pregnant');
      await expect(page.getByRole('option').first()).toBeVisible();
      await expect(page.getByRole('listbox').locator('mark').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('the contents drawer and the display panel pass axe in a narrow window', async ({ page }) => {
      await page.setViewportSize({ width: 800, height: 800 });
      const r = reader(page);
      await r.open('/page/urgent-help');
      await page.getByRole('button', { name: /contents/i }).click();
      await expect(r.toc()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: /display/i }).click();
      await expect(page.getByRole('radio').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`);
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
