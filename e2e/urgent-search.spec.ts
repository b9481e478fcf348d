import { execFile } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, reader, test, startWithSettings } from './fixtures';

/** The reader as someone in England who chose their region and a theme. */
async function openInEngland(page: Page, theme: 'light' | 'dark' | 'contrast' = 'light') {
  await startWithSettings(page, { theme, region: 'UK-ENG' });
  await reader(page).open('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

function searchUi(page: Page) {
  const box = reader(page).search();
  const cards = page.locator('.search [aria-live]').getByRole('article');
  const results = page.getByRole('listbox', { name: /search results/i });
  return { box, cards, results };
}

test.describe('a typed warning sign shows what to do before any article', () => {
  test('"cant feel when i wipe": call 999, above the results, and its link opens the sign', async ({
    page,
  }) => {
    await openInEngland(page);
    const { box, cards, results } = searchUi(page);
    await box.fill('cant feel when i wipe');
    await expect(results.getByRole('option').first()).toBeVisible();
    // Drawn with the results, not after them: the card is there the moment the results are.
    expect(await cards.first().isVisible()).toBe(true);
    const card = cards.first();
    await expect(card).toHaveAccessibleName(/^call 999 now\.?$/i);
    await expect(card).toContainText(/emergency/i);
    await expect(card).toContainText(/wipe/i);
    const cardBox = (await card.boundingBox())!;
    const listBox = (await results.boundingBox())!;
    expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(listBox.y + 1);

    // First stop from the box with the keyboard, and it opens the urgent help page at the sign.
    await box.press('Tab');
    const link = card.getByRole('link', { name: /urgent help page/i });
    await expect(link).toBeFocused();
    await link.press('Enter');
    await expect(page).toHaveURL(/#\/page\/urgent-help(#|%23)sign-wipe-numbness$/);
    await expect(results).toBeHidden();
    await expect(page.locator('[id="sign-wipe-numbness"]')).toBeInViewport();
  });

  test('several cards in a narrow window: none is cut short, and the results follow them', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 380, height: 760 });
    await openInEngland(page);
    const { box, cards, results } = searchUi(page);
    await box.fill('numb legs');
    await expect(results.getByRole('option').first()).toBeAttached();
    await expect(cards).toHaveCount(3);
    await page.screenshot({ path: testInfo.outputPath('cards-narrow.png') });
    // A box of cards that scrolled on its own showed a third card as a thin coloured line.
    const cardArea = page.locator('.search [aria-live]');
    expect(await cardArea.evaluate((el) => el.scrollHeight - el.clientHeight)).toBe(0);
    for (const card of await cards.all()) {
      await card.scrollIntoViewIfNeeded();
      await expect(card).toBeInViewport({ ratio: 1 });
    }
    // The panel scrolls as one: the results come next, and the count stays at its top.
    await results.getByRole('option').first().scrollIntoViewIfNeeded();
    await expect(results.getByRole('option').first()).toBeInViewport();
    await expect(page.getByRole('status').filter({ hasText: /results/ })).toBeInViewport();
  });

  test('the card is a live region, so a screen reader hears it as it appears', async ({ page }) => {
    await openInEngland(page);
    const { box } = searchUi(page);
    const live = page.locator('.search [aria-live="assertive"]');
    await expect(live).toBeAttached();
    await expect(live.getByRole('article')).toHaveCount(0);
    await box.fill('waters broke 33 weeks');
    await expect(live.getByRole('article').first()).toHaveAccessibleName(/maternity unit or midwife/i);
  });

  test('an ordinary question shows results and no card', async ({ page }) => {
    await openInEngland(page);
    const { box, cards, results } = searchUi(page);
    await box.fill('back pain');
    await expect(results.getByRole('option').first()).toBeVisible();
    await expect(page.locator('.search')).toHaveAttribute('data-answered', 'back pain');
    await expect(cards).toHaveCount(0);
  });

  for (const theme of ['light', 'dark', 'contrast'] as const) {
    test(`the card passes axe in the ${theme} theme`, async ({ page }, testInfo) => {
      // axe alone takes 20 s on two shared cores.
      test.setTimeout(90_000);
      await openInEngland(page, theme);
      const { box, cards } = searchUi(page);
      await box.fill('cant feel when i wipe');
      await expect(cards.first()).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`card-${theme}.png`) });
      const results = await new AxeBuilder({ page })
        .include('.search')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }
});

test('npm run search --json answers the sign with its tier', async () => {
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/build/cli/search.ts', 'waters broke 33 weeks', '--json'],
      { encoding: 'utf8', timeout: 60_000 },
      (error, out) => (error ? reject(error) : resolve(out)),
    ),
  );
  const { signs, results } = JSON.parse(stdout) as {
    signs: { id: string; tier: string }[];
    results: unknown[];
  };
  expect(signs[0]).toMatchObject({ id: 'waters-breaking', tier: 'maternity' });
  expect(results.length).toBeGreaterThan(0);
});
