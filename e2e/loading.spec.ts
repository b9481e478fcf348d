import type { Page } from '@playwright/test';
import { expect, reader, test } from './fixtures';

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

  test('a damaged install, whose start file cannot be read, says so plainly and where to get help', async ({
    page,
    guard,
  }) => {
    await page.route('**/content/handbook-start.*', (route) => route.fulfill({ status: 404, body: '' }));
    guard.allow(/status of 404/);
    await page.goto('./');
    const problem = page.getByRole('main');
    await expect(problem.getByRole('heading', { level: 1 })).toHaveText('The handbook could not be opened');
    await expect(problem).toContainText('Please reinstall the handbook.');
    await expect(problem).toContainText('call your local emergency number');
  });
});
