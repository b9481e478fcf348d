import { test as base, expect, type Page } from '@playwright/test';
import type { ReaderStore } from '../src/shared/bridge';
import type { Settings } from '../src/shared/reader-store';

/**
 * Every web test runs under two guards: the page must make no request to another origin
 * (the handbook is offline by design) and must log no console error or page error. A test that
 * provokes an error on purpose names the one it expects with `guard.allow`.
 */
export const test = base.extend<{ guard: { allow: (expected: RegExp) => void } }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
      });
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() === 'error' && !allowed.some((re) => re.test(text)))
          problems.push(`console error: ${text}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use({ allow: (expected) => allowed.push(expected) });
      expect(problems, 'offline and error-free').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** A small page object so tests read like what a person does. */
export function reader(page: Page) {
  return {
    async open(route = '') {
      await page.goto(route ? `./#${route}` : './');
      await expect(page.getByRole('main')).toBeVisible();
    },
    article: () => page.getByRole('main').getByRole('article'),
    heading: () => page.getByRole('main').getByRole('heading', { level: 1 }),
    toc: () => page.getByRole('navigation', { name: /contents/i }),
    search: () => page.getByRole('searchbox', { name: /search the handbook/i }),
  };
}

/** Before the reader loads, a store as a person left it: light theme at 100% unless `settings` says otherwise. */
export function startWithSettings(page: Page, settings: Partial<Settings>) {
  return page.addInitScript((changed) => {
    const base = { theme: 'light', fontScale: 100, region: '', lastRoute: '', lastScroll: 0 };
    const store = { version: 1, settings: { ...base, ...changed }, bookmarks: [], recent: [] };
    localStorage.setItem('lbc-handbook:store', JSON.stringify(store));
  }, settings);
}

/** What the web edition has saved for the person (its bridge keeps the store in localStorage). */
export function saved(page: Page): Promise<ReaderStore | null> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('lbc-handbook:store') ?? 'null'));
}
