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
    // Compares two moments on the page's own clock: when the search worker was made, and when the
    // article heading was painted (its element timing). Waiting longer only moves the first later.
    await page.addInitScript(() => {
      const Real = window.Worker;
      window.Worker = class extends Real {
        constructor(url: string | URL, options?: WorkerOptions) {
          const made = window as unknown as { workerMadeAt: number; workersMade: number };
          made.workerMadeAt = performance.now();
          made.workersMade = (made.workersMade ?? 0) + 1;
          super(url, options);
        }
      };
    });
    const r = reader(page);
    await r.open('/page/self-care');
    await expect(r.search()).toHaveAttribute('placeholder', /^Search/);
    const { articlePaintedAt, workerMadeAt, workersMade } = await page.evaluate(async () => {
      // Element timing entries are only given to observers (buffered), not to getEntriesByType.
      const paintedAt = await new Promise<number>((resolve) =>
        new PerformanceObserver((list) => {
          const heading = list
            .getEntries()
            .find((entry) => (entry as unknown as { identifier?: string }).identifier === 'article');
          if (heading) resolve((heading as unknown as { renderTime: number }).renderTime);
        }).observe({ type: 'element', buffered: true }),
      );
      const made = window as unknown as { workerMadeAt: number; workersMade: number };
      return { articlePaintedAt: paintedAt, workerMadeAt: made.workerMadeAt, workersMade: made.workersMade };
    });
    expect(articlePaintedAt).toBeGreaterThan(0);
    expect(workerMadeAt).toBeGreaterThan(articlePaintedAt);
    // Started by the paint, not by the 2 s fallback for pages with no article.
    expect(workerMadeAt - articlePaintedAt).toBeLessThan(1500);
    expect(workersMade).toBe(1);
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
