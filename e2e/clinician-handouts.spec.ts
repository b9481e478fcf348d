import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readContent } from '../src/build/tools/read-content';
import { test, expect, reader, startWithSettings } from './fixtures';
import { scratchDirs } from './scratch';
import {
  bodyGlyphHeight,
  DUE_FOR_REVIEW,
  expectPrintout,
  printToPdf,
  reviewDays,
  type Pdf,
} from './printed-pdf';

/**
 * Handouts as a clinician hands them over (issue 22): the clinic strip, the patient's name, a note
 * and a follow-up date, large print, and several handouts in one job. Checked on real PDFs.
 */
const scratchDir = scratchDirs((fn) => test.afterAll(fn));
const data = readContent('out/renderer', 'handbook');
const { meta } = data;
const region = meta.regions[0]!;
// Handouts in handbook order, the order a stack of them prints in.
const tocOrder = data.toc.flatMap((section) => section.pages);
const handoutSlugs = tocOrder.filter((slug) => data.pages.find((p) => p.slug === slug)?.handout);
const titleOf = (slug: string) => data.pages.find((p) => p.slug === slug)!.title;

const clinic = { name: 'Riverside Surgery', phone: '01632 960000', clinician: 'Dr Alex Lee' };
const note = 'Ibuprofen 400 mg & paracetamol; 50% better? #1\nBack to see me in 2 weeks if no better.';
/** The longest note the box takes, for the "still one page" checks. */
const longNote = 'Ibuprofen 400 mg three times a day with food for 5 days; see me in 2 weeks. '
  .repeat(10)
  .slice(0, 600);

/** A print route with the extras in its query, as the handouts CLI writes it. */
function route(job: string, query: Record<string, string>): string {
  return `./#/print/${job}?${new URLSearchParams({ region: region.code, ...query }).toString()}`;
}
const fullExtras = {
  'clinic-name': clinic.name,
  'clinic-phone': clinic.phone,
  'clinic-address': '1 River Street, Riverside RV1 2AB',
  clinician: clinic.clinician,
  patient: 'Sam Jones',
  note: longNote,
  'follow-up': '2026-12-20',
};

async function pdfOf(page: Page, href: string, jobKey: string, name: string, format: 'A4' | 'Letter') {
  await page.goto(href);
  await expect(page.locator(`.print-root[data-print-job="${jobKey}"]`)).toBeAttached();
  return printToPdf(page, scratchDir('clinician-e2e-'), name, format);
}

/** Replaces window.print: records the job and the print root's document when printing started. */
async function stubPrint(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { printed: { job: string | null; html: string; text: string }[] };
    w.printed = [];
    window.print = () => {
      const root = document.querySelector<HTMLElement>('.print-root');
      w.printed.push({
        job: root?.dataset.printJob ?? null,
        html: root?.innerHTML ?? '',
        text: root?.innerText ?? '',
      });
    };
  });
}
const printed = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { printed: { job: string; html: string; text: string }[] }).printed,
  );

async function openPrintDialog(page: Page, slug = 'self-care') {
  await reader(page).open(`/page/${slug}`);
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await page.getByRole('menu', { name: 'Print' }).getByRole('menuitem', { name: 'Print handout…' }).click();
  const dialog = page.getByRole('dialog', { name: `Print handout: ${titleOf(slug)}` });
  await expect(dialog).toBeVisible();
  // Typing starts in the first field.
  await expect(dialog.getByRole('textbox', { name: 'Patient’s name' })).toBeFocused();
  return dialog;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

test('a clinician sets the clinic once and prints self-care with the patient’s name and note on one page', async ({
  page,
}) => {
  await startWithSettings(page, { region: region.code });
  await stubPrint(page);
  let dialog = await openPrintDialog(page);
  await dialog.getByRole('textbox', { name: 'Practice or clinic name' }).fill(clinic.name);
  await dialog.getByRole('textbox', { name: 'Phone' }).fill(clinic.phone);
  await dialog.getByRole('textbox', { name: 'Clinician (optional)' }).fill(clinic.clinician);
  await dialog.getByRole('textbox', { name: 'Patient’s name' }).fill('Sam Jones');
  await dialog.getByRole('textbox', { name: 'Note' }).fill(note);
  await dialog.getByLabel('Follow-up date').fill('2026-12-20');
  // Whatever order the browser shows the date in, the dialog says the day as it will print.
  await expect(dialog.getByLabel('Follow-up date')).toHaveAccessibleDescription('Prints as 20 December 2026');
  await dialog.getByRole('button', { name: 'Print…' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => printed(page)).toHaveLength(1);
  const [call] = await printed(page);
  expect(call?.job).toBe('/print/handout/self-care');
  for (const text of [clinic.name, 'Sam Jones', 'Back to see me in 2 weeks', '20 December 2026'])
    expect(call?.text).toContain(text);

  // The clinic is kept; the patient's details are not, in the form or in the store. (No reload:
  // startWithSettings would write its store again.)
  dialog = await openPrintDialog(page);
  await expect(dialog.getByRole('textbox', { name: 'Practice or clinic name' })).toHaveValue(clinic.name);
  await expect(dialog.getByRole('textbox', { name: 'Patient’s name' })).toHaveValue('');
  const stored = await page.evaluate(() => localStorage.getItem('lbc-handbook:store') ?? '');
  expect(stored).toContain(clinic.name);
  expect(stored).not.toContain('Sam Jones');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // On paper: the print route with the same details renders the very document the dialog printed.
  const query = {
    'clinic-name': clinic.name,
    'clinic-phone': clinic.phone,
    clinician: clinic.clinician,
    patient: 'Sam Jones',
    note,
    'follow-up': '2026-12-20',
  };
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await pdfOf(
      page,
      route('handout/self-care', { ...query, size: format }),
      '/print/handout/self-care',
      `self-care-${format}`,
      format,
    );
    if (format === 'A4') expect(await page.locator('.print-root').innerHTML()).toBe(call?.html);
    expect(pdf.pages, `self-care on ${format}`).toBe(1);
    expectPrintout(pdf, `self-care (${format})`, meta, region);
    // The boxed emergency line beside the title is not broken before the number.
    expect(pdf.sheets[0], 'the emergency line on one line').toContain(
      `In an emergency call ${region.emergency}.`,
    );
    expect(pdf.text).toContain(`${clinic.name} · Phone ${clinic.phone} · Given by ${clinic.clinician}`);
    expect(pdf.text).toContain('Sam Jones');
    expect(pdf.text).toContain(collapse(note));
    expect(pdf.text).toContain('Follow-up 20 December 2026');
  }
});

test('an over-long note is refused in the form with its count, never cut', async ({ page }) => {
  await stubPrint(page);
  const dialog = await openPrintDialog(page);
  const noteBox = dialog.getByRole('textbox', { name: 'Note' });
  await noteBox.fill('x'.repeat(612));
  await expect(dialog.getByText('612 of 600 characters: 12 too many for the note box')).toBeVisible();
  await dialog.getByRole('button', { name: 'Print…' }).click();
  await expect(noteBox).toBeFocused();
  await expect(noteBox).toHaveAttribute('aria-invalid', 'true');
  // Said once: the live count is the message, not the count and an error that repeats it.
  await expect(noteBox).toHaveAccessibleDescription('612 of 600 characters: 12 too many for the note box');
  await expect(dialog.getByText(/612/)).toHaveCount(1);
  await expect(noteBox).toHaveValue('x'.repeat(612));
  // Shortened, the note is fine again at once, with no message left over from the try.
  await noteBox.fill('x'.repeat(590));
  await expect(noteBox).not.toHaveAttribute('aria-invalid', 'true');
  await expect(noteBox).toHaveAccessibleDescription('590 of 600 characters');
  // Clinic details without a phone: said at the phone field.
  await noteBox.fill('Rest.');
  await dialog.getByRole('textbox', { name: 'Practice or clinic name' }).fill('Riverside');
  await dialog.getByRole('button', { name: 'Print…' }).click();
  const phone = dialog.getByRole('textbox', { name: 'Phone' });
  await expect(phone).toBeFocused();
  await expect(phone).toHaveAccessibleDescription(/Enter the clinic phone too/);
  expect(await printed(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await printed(page)).toEqual([]);
});

for (const format of ['A4', 'Letter'] as const) {
  test(`every handout stays on one ${format} sheet with the full clinic strip and a 600-character note`, async ({
    page,
  }) => {
    // Printed after the review date too, so the sheet also carries "Due for review".
    await page.clock.setFixedTime(reviewDays(data.pages).allDue);
    for (const slug of handoutSlugs) {
      const pdf = await pdfOf(
        page,
        route(`handout/${slug}`, { ...fullExtras, size: format }),
        `/print/handout/${slug}`,
        `${slug}-${format}`,
        format,
      );
      expect(pdf.pages, `${slug} on ${format}`).toBe(1);
      expect(pdf.text).toContain(longNote.trim());
      expect(pdf.text).toContain(DUE_FOR_REVIEW);
      expectPrintout(pdf, `${slug} (${format})`, meta, region);
    }
  });

  test(`large print on ${format}: body text at least 1.4× as tall, every handout at most 2 sheets`, async ({
    page,
  }) => {
    await page.clock.setFixedTime(reviewDays(data.pages).allDue);
    const standard = await pdfOf(
      page,
      route('handout/self-care', { size: format }),
      '/print/handout/self-care',
      `standard-${format}`,
      format,
    );
    for (const slug of handoutSlugs) {
      const pdf: Pdf = await pdfOf(
        page,
        route(`handout/${slug}`, { ...fullExtras, large: '1', size: format }),
        `/print/handout/${slug}`,
        `${slug}-large-${format}`,
        format,
      );
      expect(pdf.pages, `${slug} in large print on ${format}`).toBeLessThanOrEqual(2);
      expect(pdf.text).toContain(DUE_FOR_REVIEW);
      expectPrintout(pdf, `${slug} large (${format})`, meta, region);
      if (slug === 'self-care') {
        const ratio = bodyGlyphHeight(pdf) / bodyGlyphHeight(standard);
        expect(ratio, `body glyph height, large ÷ standard (${format})`).toBeGreaterThanOrEqual(1.4);
      }
    }
  });
}

test('several whole handouts print as one job, each on its own sheet with the same strip and note', async ({
  page,
}) => {
  await startWithSettings(page, { region: region.code, clinic: { name: clinic.name, phone: clinic.phone } });
  await stubPrint(page);
  const chosen = ['urgent-help', 'later-pregnancy', 'self-care'];
  const expected = handoutSlugs.filter((slug) => chosen.includes(slug));
  await reader(page).open('/handout');
  await page.getByRole('radio', { name: 'Whole handouts' }).check();
  const list = page.getByRole('group', { name: 'Handouts' });
  for (const slug of chosen) await list.getByRole('checkbox', { name: titleOf(slug) }).check();
  await expect(page.getByText('3 handouts chosen.')).toBeVisible();
  await page.getByRole('button', { name: 'Print…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print 3 handouts' });
  await dialog.getByRole('textbox', { name: 'Patient’s name' }).fill('Sam Jones');
  await dialog.getByRole('button', { name: 'Print…' }).click();
  await expect.poll(() => printed(page)).toHaveLength(1);
  const jobKey = `/print/handouts/${expected.join(',')}`;
  expect((await printed(page))[0]?.job).toBe(jobKey);

  const query = { 'clinic-name': clinic.name, 'clinic-phone': clinic.phone, patient: 'Sam Jones' };
  const one = await pdfOf(page, route(`handouts/${expected.join(',')}`, query), jobKey, 'stack', 'A4');
  let sum = 0;
  for (const slug of expected) {
    sum += (await pdfOf(page, route(`handout/${slug}`, query), `/print/handout/${slug}`, slug, 'A4')).pages;
  }
  expect(one.pages).toBe(sum);
  expect(one.sheets).toHaveLength(expected.length);
  one.sheets.forEach((sheet, i) => {
    const text = collapse(sheet);
    expect(text).toContain(titleOf(expected[i]!));
    expect(text).toContain(`${clinic.name} · Phone ${clinic.phone}`);
    expect(text).toContain('Sam Jones');
    expect(text).toContain(`In an emergency call ${region.emergency}.`);
  });
  expectPrintout(one, 'stack of handouts', meta, region);
});

for (const [width, height, percent] of [
  [1280, 860, 100],
  [380, 800, 200],
] as const) {
  test(`in a ${width} × ${height} window at ${percent} % text, Print is in view while the form scrolls`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await startWithSettings(page, { fontScale: percent });
    const dialog = await openPrintDialog(page);
    // The form is taller than the room it has, so it scrolls.
    expect(
      await dialog.evaluate((d) =>
        [...d.querySelectorAll('*')].some((e) => e.scrollHeight > e.clientHeight + 1),
      ),
    ).toBe(true);
    const print = dialog.getByRole('button', { name: 'Print…' });
    await expect(print).toBeInViewport({ ratio: 1 });
    // Tabbing down to the last field shows it whole: the buttons never cover it.
    await dialog.getByRole('textbox', { name: /address/i }).focus();
    await page.keyboard.press('Tab');
    const last = dialog.getByRole('textbox', { name: /clinician/i });
    await expect(last).toBeFocused();
    expect(
      await last.evaluate((input) => {
        const box = input.getBoundingClientRect();
        return [box.top + 2, box.bottom - 2].every(
          (y) => document.elementFromPoint(box.left + box.width / 2, y) === input,
        );
      }),
    ).toBe(true);
    await expect(print).toBeInViewport({ ratio: 1 });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeInViewport({ ratio: 1 });
    // Nothing in the form is wider than the dialog.
    expect(await dialog.evaluate((d) => d.scrollWidth - d.clientWidth)).toBe(0);
  });
}

for (const theme of ['light', 'dark', 'contrast'] as const) {
  test(`the print dialog passes axe in the ${theme} theme, and at 360 px wide`, async ({ page }, info) => {
    await startWithSettings(page, { theme, clinic: { name: clinic.name, phone: clinic.phone } });
    const dialog = await openPrintDialog(page);
    await dialog.getByRole('textbox', { name: 'Note' }).fill('x'.repeat(612));
    await dialog.getByRole('button', { name: 'Print…' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Note' })).toBeFocused();
    await page.screenshot({ path: info.outputPath(`print-dialog-${theme}.png`) });
    const axe = async () =>
      (await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze())
        .violations;
    expect(await axe()).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    // Every control can still be reached: the dialog scrolls inside the window.
    const print = dialog.getByRole('button', { name: 'Print…' });
    await print.scrollIntoViewIfNeeded();
    await expect(print).toBeInViewport();
    const box = await dialog.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
    await page.screenshot({ path: info.outputPath(`print-dialog-${theme}-360.png`) });
    expect(await axe()).toEqual([]);
  });
}
