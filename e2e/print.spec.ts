import type { Page } from '@playwright/test';
import { readContent } from '../src/build/tools/read-content';
import { test, expect, reader } from './fixtures';
import { scratchDirs } from './scratch';
import {
  DUE_FOR_REVIEW,
  expectPrintout as expectPaper,
  printToPdf as printPdf,
  reviewDays,
  UI_ONLY,
  type Pdf,
} from './printed-pdf';

const scratchDir = scratchDirs((fn) => test.afterAll(fn));

/** Printing, checked on real PDFs (see printed-pdf.ts), so the assertions are about what lands on paper. */
const data = readContent('out/renderer', 'handbook');
const { meta } = data;
const handoutSlugs = data.pages.filter((p) => p.handout).map((p) => p.slug);
const uk = meta.regions.find((r) => r.code === 'UK') ?? meta.regions[0]!;

const printToPdf = (page: Page, name: string, format: 'A4' | 'Letter' = 'A4') =>
  printPdf(page, scratchDir('print-e2e-'), name, format);
const expectPrintout = (pdf: Pdf, name: string, region = uk) => expectPaper(pdf, name, meta, region);

/** Replaces window.print so tests can see what the print root held when printing started. */
async function stubPrint(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { printed: unknown[] };
    w.printed = [];
    window.print = () => {
      const root = document.querySelector<HTMLElement>('.print-root');
      w.printed.push({
        job: root?.dataset.printJob ?? null,
        size: root?.dataset.pageSize ?? null,
        active: document.documentElement.classList.contains('print-job'),
        pageRule: document.querySelector('style[data-print-job]')?.textContent ?? '',
      });
    };
  });
}

const printed = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { printed: { job: string; size: string; active: boolean; pageRule: string }[] })
        .printed,
  );

const { noneDue, allDue } = reviewDays(data.pages);

for (const format of ['A4', 'Letter'] as const) {
  test(`every topic handout fits on one ${format} sheet with its safety text`, async ({ page }) => {
    expect(handoutSlugs.length).toBeGreaterThan(0);
    await page.clock.setFixedTime(noneDue);
    for (const slug of handoutSlugs) {
      await page.goto(`./#/print/handout/${slug}?size=${format}&region=${uk.code}`);
      await expect(page.locator(`.print-root[data-print-job="/print/handout/${slug}"]`)).toBeAttached();
      const pdf = await printToPdf(page, `${slug}-${format}`, format);
      const title = data.pages.find((p) => p.slug === slug)!.title;
      expect(pdf.pages, `${slug} handout on ${format}`).toBe(1);
      expect(pdf.text).toContain(title);
      expectPrintout(pdf, `${slug} handout (${format})`);
      expect(pdf.text, `${slug}: not yet due for review`).not.toContain(DUE_FOR_REVIEW);
    }
  });
}

test('a printout made after its review date says so on every sheet, as the page on screen does', async ({
  page,
}) => {
  await page.clock.setFixedTime(allDue);
  // A stack of every handout: one job, a sheet or more each. (The fullest handouts still fit their
  // sheets with it: clinician-handouts.spec.ts.)
  const job = `/print/handouts/${handoutSlugs.join(',')}`;
  await page.goto(`./#${job}?region=${uk.code}`);
  await expect(page.locator(`.print-root[data-print-job="${job}"]`)).toBeAttached();
  const pdf = await printToPdf(page, 'handouts-due-for-review');
  expect(pdf.pages).toBeGreaterThanOrEqual(handoutSlugs.length);
  pdf.sheets.forEach((sheet, i) => expect(sheet, `sheet ${i + 1}`).toContain(DUE_FOR_REVIEW));
  await reader(page).open('/page/self-care');
  await expect(page.getByRole('note').filter({ hasText: 'This page is due for review' })).toBeVisible();
});

test('the whole handbook prints every page on its own sheet after a contents list', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(`./#/print/book?region=${uk.code}`);
  await expect(page.locator('.print-root[data-print-job="/print/book"]')).toBeAttached();
  const pdf = await printToPdf(page, 'handbook');
  expectPrintout(pdf, 'handbook');
  expect(pdf.pages).toBeGreaterThan(data.pages.length);
  expect(pdf.sheets[0]).toContain('In this handbook');
  const headerLines = new Set([meta.title, 'Complete handbook']);
  const firstLines = pdf.sheets.map(
    (sheet) =>
      sheet
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !headerLines.has(l))[0],
  );
  for (const p of data.pages) expect(firstLines, `"${p.title}" starts a sheet`).toContain(p.title);
  // External links print their address.
  expect(pdf.text).toMatch(/\(https:\/\/[^)]+\)/);
});

test('a built handout has a note box and the chosen parts, and prints from the builder', async ({ page }) => {
  await stubPrint(page);
  const r = reader(page);
  await r.open('/handout');
  await expect(page.getByRole('heading', { level: 1, name: 'Build a handout' })).toBeVisible();
  const selfCare = page.getByRole('group', { name: 'Self-care and first steps' });
  const urgent = page.getByRole('group', { name: 'When to get urgent help' });
  await selfCare.getByRole('checkbox', { name: 'One-page handout' }).check();
  await urgent.getByRole('checkbox', { name: 'Whole page' }).check();
  // A section of a page already chosen whole is not offered twice: it shows as included.
  await expect(urgent.getByRole('checkbox').nth(2)).toBeDisabled();
  await expect(urgent.getByRole('checkbox').nth(2)).toBeChecked();
  await expect(page.getByText('2 parts chosen.')).toBeVisible();

  await page.getByRole('button', { name: 'Print…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print your handout' });
  await dialog.getByRole('button', { name: 'Print…' }).click();
  await expect.poll(() => printed(page)).toHaveLength(1);
  const [call] = await printed(page);
  expect(call).toMatchObject({ job: '/print/custom/self-care:handout,urgent-help', active: true });
  expect(call?.pageRule).toContain('counter(pages)');

  await page.getByRole('link', { name: 'Preview' }).click();
  await expect(page.locator('.print-root.preview')).toBeVisible();
  const pdf = await printToPdf(page, 'built-handout');
  // The default region here is not the UK, so the line names the generic number.
  const region = meta.regions.find((x) => x.code === meta.defaultRegion)!;
  expectPrintout(pdf, 'built handout', region);
  for (const text of [
    'Patient’s name',
    'Follow-up',
    'Note',
    'Self-care and first steps: handout',
    'When to get urgent help',
  ]) {
    expect(pdf.text).toContain(text);
  }
});

test('printing from a page without a job (Ctrl+P, the browser menu) prints the article alone', async ({
  page,
}) => {
  const r = reader(page);
  await r.open('/page/self-care');
  await expect(r.heading()).toHaveText('Self-care and first steps');
  const pdf = await printToPdf(page, 'page-self-care');
  expect(pdf.text).toContain('Self-care and first steps');
  expect(pdf.text).toContain(meta.disclaimer.replace(/\s+/g, ' '));
  expect(pdf.text).toMatch(/In an emergency call/);
  for (const ui of UI_ONLY) expect(pdf.text).not.toContain(ui);
});

test('the print menu is a keyboard-operable menu that prints the chosen document', async ({ page }) => {
  await stubPrint(page);
  const r = reader(page);
  await r.open('/page/start-here');
  const button = page.getByRole('button', { name: 'Print', exact: true });
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await button.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'Print' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Print this page' })).toBeFocused();
  // Start here has no handout.
  const noHandout = menu.getByRole('menuitem', { name: 'Print handout' });
  await expect(noHandout).toHaveAttribute('aria-disabled', 'true');
  await expect(noHandout).toHaveAccessibleName('Print handout (none for this page)');
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitemradio', { name: 'US Letter paper' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();

  await page.goto('./#/page/self-care');
  await button.click();
  await menu.getByRole('menuitemradio', { name: 'US Letter paper' }).click();
  await expect(menu.getByRole('menuitemradio', { name: 'US Letter paper' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await menu.getByRole('menuitem', { name: 'Print handout…' }).click();
  // A handout first asks for the patient's details; all optional.
  const dialog = page.getByRole('dialog', { name: 'Print handout: Self-care and first steps' });
  await expect(dialog.getByRole('textbox', { name: 'Patient’s name' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Print…' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => printed(page)).toHaveLength(1);
  expect((await printed(page))[0]).toMatchObject({
    job: '/print/handout/self-care',
    size: 'Letter',
    active: true,
  });
  expect((await printed(page))[0]?.pageRule).toContain('size: letter');
  // After printing, the root is empty again and the page prints normally.
  await expect(page.locator('html')).not.toHaveClass(/print-job/);

  await button.click();
  await menu.getByRole('menuitem', { name: 'Print whole handbook' }).click();
  await expect.poll(async () => (await printed(page))[1]?.job).toBe('/print/book');

  // The web edition cannot save PDFs itself: it says how, then opens the print dialog.
  await button.click();
  await menu.getByRole('menuitem', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').getByText('choose “Save as PDF” as the printer')).toBeVisible();
  await expect.poll(async () => (await printed(page))[2]?.job).toBe('/print/page/self-care');

  await button.click();
  await menu.getByRole('menuitem', { name: 'Build a handout…' }).click();
  await expect(page).toHaveURL(/#\/handout$/);
});
