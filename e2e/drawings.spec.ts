import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { readContent } from '../src/build/tools/read-content';
import { test, expect, reader, startWithSettings } from './fixtures';
import { printToPdf } from './printed-pdf';
import { scratchDirs } from './scratch';

const scratchDir = scratchDirs((fn) => test.afterAll(fn));

/**
 * The handbook's drawings, as a reader and a printer meet them: each one labelled with what it
 * shows, drawn in the theme's own colours (so dark and high contrast keep the lines visible), and
 * the exercise sheet on one printed page with all its drawings. Screenshots of every drawing in
 * every theme, and the printed sheets as PNG, are attached to the test results to be looked at.
 */
const data = readContent('out/renderer', 'handbook');
const SHEET = 'exercises-and-stretches';
const THEMES = ['light', 'dark', 'contrast'] as const;
/** Pages with drawings, and how many each shows (the exercise sheet repeats the page's eight). */
const PAGES_WITH_DRAWINGS = data.pages
  .map((p) => ({ slug: p.slug, count: p.html.match(/<svg\b[^>]*\bclass="drawing"/g)?.length ?? 0 }))
  .filter((p) => p.count > 0);

async function useTheme(page: Page, theme: (typeof THEMES)[number]) {
  await startWithSettings(page, { theme });
}

test('the exercises page has a drawing for each of its exercises', () => {
  expect(PAGES_WITH_DRAWINGS.find((p) => p.slug === SHEET)?.count).toBe(16);
});

for (const theme of THEMES) {
  test(`every drawing is labelled and drawn in the ${theme} theme's colours`, async ({ page }, info) => {
    test.setTimeout(60_000);
    await useTheme(page, theme);
    const r = reader(page);
    for (const { slug, count } of PAGES_WITH_DRAWINGS) {
      await r.open(`/page/${slug}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const drawings = r.article().locator('svg.drawing');
      await expect(drawings).toHaveCount(count);
      for (let i = 0; i < count; i++) {
        const drawing = drawings.nth(i);
        const label = (await drawing.getAttribute('aria-label')) ?? '';
        // Alt text that says what the drawing shows, reachable by its role and name.
        expect(label.split(' ').length, `${slug} drawing ${i + 1}: "${label}"`).toBeGreaterThanOrEqual(4);
        await expect(r.article().getByRole('img', { name: label, exact: true }).first()).toBeAttached();
        const colours = await drawing.evaluate((svg) => {
          const style = (el: Element | null) => (el ? getComputedStyle(el) : null);
          const line = svg.querySelector('[stroke="currentColor"]:not(.paper):not(.accent)');
          return {
            text: style(svg)?.color,
            line: style(line)?.stroke,
            paper: style(svg.querySelector('.paper-fill'))?.fill ?? null,
            accent: style(svg.querySelector('.accent, .accent-fill'))?.getPropertyValue('stroke'),
            accentWanted: style(svg)?.getPropertyValue('--drawing-accent').trim(),
            behind: (() => {
              for (let el: Element | null = svg; el; el = el.parentElement) {
                const bg = getComputedStyle(el).backgroundColor;
                if (bg !== 'rgba(0, 0, 0, 0)') return bg;
              }
              return getComputedStyle(document.body).backgroundColor;
            })(),
          };
        });
        expect(colours.line, `${slug} drawing ${i + 1}: lines in the text colour`).toBe(colours.text);
        if (colours.paper !== null)
          expect(colours.paper, `${slug} drawing ${i + 1}: outlines filled with the page colour`).toBe(
            colours.behind,
          );
        expect(colours.line).not.toBe(colours.behind);
        await drawing.scrollIntoViewIfNeeded();
        const shot = info.outputPath(`${theme}-${slug}-${i + 1}.png`);
        await drawing.screenshot({ path: shot });
        await info.attach(`${theme}-${slug}-${i + 1}`, { path: shot, contentType: 'image/png' });
      }
    }
  });
}

for (const format of ['A4', 'Letter'] as const) {
  test(`the exercise sheet prints on one ${format} page with its eight drawings`, async ({ page }, info) => {
    const region = data.meta.regions.find((r) => r.code === 'UK-ENG') ?? data.meta.regions[0]!;
    await page.goto(`./#/print/handout/${SHEET}?size=${format}&region=${region.code}`);
    const root = page.locator(`.print-root[data-print-job="/print/handout/${SHEET}"]`);
    await expect(root).toBeAttached();
    const drawings = root.locator('svg.drawing');
    await expect(drawings).toHaveCount(8);
    for (const box of await drawings.evaluateAll((all) => all.map((d) => d.getBoundingClientRect())))
      expect(box.width, 'each drawing is printed at a readable size').toBeGreaterThan(90);
    const { file, pages, text } = await printToPdf(
      page,
      scratchDir('drawings-e2e-'),
      `sheet-${format}`,
      format,
    );
    expect(pages, `${format}: one sheet`).toBe(1);
    expect(text).toContain(`In an emergency call ${region.emergency}.`);
    expect(text).toContain(data.meta.disclaimer.replace(/\s+/g, ' '));
    for (const name of ['Knee hug', 'Knee rolls', 'Bridge', 'Back arch', 'Bottom to heels', 'Birth ball'])
      expect(text).toContain(name);
    const png = info.outputPath(`sheet-${format}`);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', file, png]);
    await info.attach(`sheet-${format}`, { path: `${png}.png`, contentType: 'image/png' });
  });
}

test('the whole-book printout carries every drawing', async ({ page }) => {
  test.setTimeout(60_000);
  const labels = new Set(
    data.pages.flatMap((p) => [...p.html.matchAll(/<svg\b[^>]*\baria-label="([^"]*)"/g)].map((m) => m[1]!)),
  );
  expect(labels.size).toBeGreaterThanOrEqual(12);
  await page.goto('./#/print/book');
  const root = page.locator('.print-root[data-print-job="/print/book"]');
  await expect(root).toBeAttached();
  const printed = new Set(
    await root.locator('svg.drawing').evaluateAll((all) => all.map((d) => d.ariaLabel)),
  );
  for (const label of labels) expect(printed, label).toContain(label);
});
