import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

function searchUi(page: Page) {
  return {
    box: page.getByRole('searchbox', { name: /search the handbook/i }),
    results: page.getByRole('listbox', { name: /search results/i }),
    options: page.getByRole('listbox', { name: /search results/i }).getByRole('option'),
  };
}

test.describe('search', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('main')).toBeVisible();
  });

  test('type, see marked snippets, press Enter, land on the section with the words highlighted', async ({
    page,
  }) => {
    const { box, results, options } = searchUi(page);
    await box.fill('braxton hicks');
    await expect(results).toBeVisible();
    await expect(options.first()).toContainText(/later pregnancy/i);
    await expect(options.first().locator('mark').first()).toHaveText(/braxton|hicks/i);
    await expect(page.getByRole('status').filter({ hasText: /^\d+ results?$/ })).toBeVisible();

    await box.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');

    await expect(page).toHaveURL(/#\/page\/later-pregnancy(#|%23)[\w-]+$/);
    await expect(results).toBeHidden();
    const anchor = decodeURIComponent(new URL(page.url()).hash).split('#').pop()!;
    await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
    const hits = page.getByRole('main').locator('mark.search-hit');
    await expect(hits.first()).toBeVisible();
    await expect(hits.filter({ hasText: /^braxton$/i }).first()).toBeVisible();
  });

  test('a misspelled word still finds the right page', async ({ page }) => {
    const { box, options } = searchUi(page);
    await box.fill('sciatca');
    const nerves = options.filter({ hasText: /nerve-related pain/i }).first();
    await expect(nerves).toBeVisible();
    await expect(nerves.locator('mark').first()).toHaveText(/sciatica/i);
    await expect(page.getByRole('button', { name: 'sciatica' })).toBeVisible();
  });

  test('an odd query shows "No results" with did-you-mean, and no console error', async ({ page }) => {
    const { box, results, options } = searchUi(page);
    await box.fill('foo:');
    await expect(page.getByText('No results', { exact: true })).toBeVisible();
    await expect(results).toBeHidden();
    const suggestion = page.getByRole('button', { name: /^foo[a-z]+$/ }).first();
    await expect(suggestion).toBeVisible();
    await suggestion.click();
    await expect(options.first()).toBeVisible();
    // Each odd query gets its own answer: the status is empty once the box is cleared, and says
    // how many results (or none) only when the answer to that query has come back.
    const status = page.locator(`[id="${await box.getAttribute('aria-describedby')}"]`);
    for (const odd of ['~', '^2', '+-*', '"', 'title:back', '😣 ألم', 'x'.repeat(2000)]) {
      await box.fill('');
      await expect(status).toHaveText('');
      await box.fill(odd);
      await expect(status).toHaveText(/^(No results|\d+ results?)$/);
    }
  });

  test('keyboard: / and Ctrl+K focus the box, Escape closes the results', async ({ page }) => {
    const { box, results } = searchUi(page);
    await page.getByRole('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('');
    await page.getByRole('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+k');
    await expect(box).toBeFocused();
    await box.fill('kidney');
    await expect(results).toBeVisible();
    await box.press('Escape');
    await expect(results).toBeHidden();
    await expect(box).toHaveValue('kidney');
  });

  test('every result is there to reach: the arrow keys go round to the last one and it is in view', async ({
    page,
  }) => {
    const { box, options } = searchUi(page);
    await box.fill('back pain');
    await expect(page.locator('.search')).toHaveAttribute('data-answered', 'back pain');
    await expect(options.first()).toBeVisible();
    // ArrowUp from the box goes round to the last result: the list draws it even if it was not yet.
    await box.press('ArrowUp');
    const last = options.last();
    await expect(last).toHaveAttribute('aria-selected', 'true');
    await expect(last).toBeInViewport();
    await expect(box).toHaveAttribute('aria-activedescendant', (await last.getAttribute('id'))!);
    await expect(options).toHaveCount(20);
  });

  test('the open results and the did-you-mean panel pass axe, in light and dark themes', async ({ page }) => {
    const { box, options } = searchUi(page);
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      for (const query of ['back pain', 'foo:']) {
        await box.fill(query);
        if (query === 'foo:') await expect(page.getByText('No results', { exact: true })).toBeVisible();
        else await expect(options.first()).toBeVisible();
        await box.press('ArrowDown');
        const scan = await new AxeBuilder({ page })
          .include('.header-search')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      }
    }
  });
});
