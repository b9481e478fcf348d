import type { Page } from '@playwright/test';
import { readContent } from '../src/build/tools/read-content';
import { test, expect, reader, startWithSettings } from './fixtures';
import { printToPdf } from './printed-pdf';
import { scratchDirs } from './scratch';

/**
 * The reader's region, chosen through the real picker: its numbers reach the footer, the urgent
 * help page and a printed handout, and an old choice that no longer exists falls back calmly.
 */
const scratchDir = scratchDirs((fn) => test.afterAll(fn));
const { meta } = readContent('out/renderer', 'handbook');
const region = (code: string) => meta.regions.find((r) => r.code === code)!;
const scotland = region('UK-SCT');
const england = region('UK-ENG');
const fallback = region(meta.defaultRegion);

function storeWithRegion(page: Page, code: string) {
  return startWithSettings(page, { region: code });
}

const footer = (page: Page) => page.getByRole('contentinfo');
const picker = (page: Page) => footer(page).getByLabel('Your country or region');

test('the picker names each UK nation, from the handbook data', async ({ page }) => {
  await reader(page).open('/page/urgent-help');
  const names = await picker(page).locator('option').allTextContents();
  expect(names).toEqual(meta.regions.map((r) => r.name));
  expect(names).toEqual(
    expect.arrayContaining(['UK – England', 'UK – Scotland', 'UK – Wales', 'UK – Northern Ireland']),
  );
});

test('choosing "UK – Scotland" shows NHS 24 in the footer and on the urgent help page', async ({ page }) => {
  const r = reader(page);
  await r.open('/page/urgent-help');
  await picker(page).selectOption({ label: 'UK – Scotland' });
  await expect(footer(page)).toContainText(`Urgent advice today: ${scotland.urgent}.`);
  await expect(footer(page)).toContainText(`In an emergency call ${scotland.emergency}.`);
  const urgentNumbers = r.article().locator('.region-urgent');
  await expect(urgentNumbers.first()).toHaveText(scotland.urgent);
  for (const words of await urgentNumbers.allTextContents()) expect(words).toBe(scotland.urgent);

  // The urgent help number follows a change of region, on the page and in the footer.
  await picker(page).selectOption({ label: 'UK – England' });
  await expect(urgentNumbers.first()).toHaveText(england.urgent);
  for (const words of await urgentNumbers.allTextContents()) expect(words).toBe(england.urgent);
  await expect(footer(page)).toContainText(`Urgent advice today: ${england.urgent}.`);
});

test('a printed handout carries the chosen region: NHS 24 for Scotland', async ({ page }) => {
  await reader(page).open('/page/urgent-help');
  await picker(page).selectOption({ label: 'UK – Scotland' });
  await expect(footer(page)).toContainText(scotland.urgent);
  // The print route without ?region= prints for the region the person chose.
  await page.evaluate(() => (location.hash = '#/print/handout/urgent-help'));
  await expect(page.locator('.print-root[data-print-job="/print/handout/urgent-help"]')).toBeAttached();
  const { text } = await printToPdf(page, scratchDir('regions-e2e-'), 'urgent-help-scotland');
  expect(text).toContain(`Get advice today from ${scotland.urgent}.`);
  expect(text).toContain(`In an emergency call ${scotland.emergency}.`);
  expect(text).not.toContain('111.nhs.uk');
  expect(text).toMatch(/Last reviewed \d+ \w+ \d{4} · Next review due \d+ \w+ \d{4}/);
  expect(text).toContain(`edition ${meta.edition}`);
});

test('an old stored region that no longer exists ("UK") falls back to the default, calmly', async ({
  page,
}) => {
  await storeWithRegion(page, 'UK');
  const r = reader(page);
  await r.open('/page/urgent-help');
  await expect(picker(page)).toHaveValue(fallback.code);
  await expect(footer(page)).toContainText(`In an emergency call ${fallback.emergency}.`);
  await expect(r.article().locator('.region-emergency').first()).toHaveText(fallback.emergency);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
