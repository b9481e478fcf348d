import { test, expect } from './fixtures';

// The pages added for issue 21 (items 4, 5 and 6): each opens from the contents, and the words a
// worried reader types find it among the first three search results.
const PAGES = [
  { slug: 'what-happens-next', title: 'What happens when you get help', query: 'what happens at A&E' },
  { slug: 'pain-that-lasts', title: 'Back pain that lasts', query: 'back pain for months' },
  { slug: 'after-the-birth', title: 'After the birth', query: 'back pain after baby' },
  { slug: 'period-pain', title: 'Period pain and endometriosis', query: 'period pain in my back' },
  { slug: 'support-organisations', title: 'Support organisations', query: 'miscarriage support' },
  { slug: 'questions-and-notes', title: 'Questions to ask and things to note', query: 'pain diary' },
];

for (const { slug, title, query } of PAGES) {
  test(`${title}: in the contents, renders, and "${query}" finds it in the top 3`, async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('main')).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: title, exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`#/page/${slug}$`));
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('main').getByText(/Last reviewed 2 December 2026/)).toBeVisible();
    await page.screenshot({ path: `test-results/new-topics/${slug}.png`, fullPage: true });

    const box = page.getByRole('searchbox', { name: /search the handbook/i });
    await box.fill(query);
    const options = page.getByRole('listbox', { name: /search results/i }).getByRole('option');
    await expect(options.first()).toBeVisible();
    const firstThree = (await options.allTextContents()).slice(0, 3).join('\n');
    expect(firstThree).toContain(title);
  });
}
