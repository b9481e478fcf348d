import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { test as plain, type Page } from '@playwright/test';
import { expect, reader, test } from './fixtures';

test('the web edition opens on the handbook with its title and first page', async ({ page }) => {
  const r = reader(page);
  await r.open();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Lower Back Cramps' })).toBeVisible();
  await expect(r.heading()).toHaveText('Start here');
  await expect(page).toHaveTitle(/Lower Back Cramps/);
  // Search gets ready after the first paint, without any action from the reader.
  await expect(r.search()).toHaveAttribute('placeholder', 'Search (Ctrl+K)');
});

/** Searches, opens the first result with Enter, and finds the searched words marked there. */
async function searchLandsOnMarks(page: Page): Promise<void> {
  await reader(page).search().fill('braxton hicks');
  await expect(
    page
      .getByRole('listbox', { name: /search results/i })
      .getByRole('option')
      .first(),
  ).toContainText(/later pregnancy/i);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main').locator('mark.search-hit').first()).toHaveText(/braxton|hicks/i);
}

plain('the built reader also works when opened from disk', async ({ page }) => {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  const url = pathToFileURL(resolve('out/renderer/index.html')).href;
  await page.goto(`${url}#/page/self-care`);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(/self-care/i);
  // No worker from disk: the page runs the search worker's script itself, for its engine.
  await searchLandsOnMarks(page);
  expect(errors).toEqual([]);
  expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
});

test('where a worker cannot start, search runs the worker’s script in the page', async ({ page }) => {
  await page.addInitScript(() => {
    window.Worker = class {
      constructor() {
        throw new Error('workers are refused here');
      }
    } as unknown as typeof Worker;
  });
  await reader(page).open('/page/self-care');
  await searchLandsOnMarks(page);
});
