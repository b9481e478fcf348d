import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { HandbookMeta, Region } from '../src/shared/handbook-data';
import { expect } from './fixtures';

/**
 * What lands on paper: Chromium renders the print media to PDF and poppler's pdftotext/pdfinfo
 * read it back. Shared by the print specs.
 */
export interface Pdf {
  file: string;
  pages: number;
  /** Paper size as pdfinfo names it, lower case: "a4", "letter". */
  size: string | undefined;
  /** Text with whitespace collapsed, for phrase checks across line breaks. */
  text: string;
  /** Text per sheet, as pdftotext lays it out. */
  sheets: string[];
}

export async function printToPdf(
  page: Page,
  dir: string,
  name: string,
  format: 'A4' | 'Letter' = 'A4',
): Promise<Pdf> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format, preferCSSPageSize: true, printBackground: true }));
  const pdf = readPdf(file);
  expect(pdf.size, `${name}: paper size`).toBe(format.toLowerCase());
  return pdf;
}

/** A PDF as poppler reads it back: its sheets, their text and its paper size. */
export function readPdf(file: string): Pdf {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const raw = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return {
    file,
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    size: /Page size:.*\((\w+)\)/.exec(info)?.[1]?.toLowerCase(),
    text: raw.replace(/\s+/g, ' '),
    sheets: raw.split('\f').filter((s) => s.trim()),
  };
}

/**
 * The height of the body text's words in points, from `pdftotext -bbox`: the commonest word
 * height on the first sheet (headings and small print are fewer words than the body).
 */
export function bodyGlyphHeight(pdf: Pdf): number {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf.file, '-'], { encoding: 'utf8' });
  const counts = new Map<number, number>();
  for (const m of xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)) {
    const height = Math.round((Number(m[2]) - Number(m[1])) * 10) / 10;
    counts.set(height, (counts.get(height) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** The running footer's words on every sheet of a printout made after its review date. */
export const DUE_FOR_REVIEW = 'Due for review: may be out of date';

/**
 * Printing days around the handouts' review dates, for Playwright's clock: the soonest due day, on
 * which no handout is due for review yet, and the day after the latest, on which every one is.
 */
export function reviewDays(pages: { handout: boolean; nextReview: string }[]) {
  const due = pages
    .filter((p) => p.handout)
    .map((p) => p.nextReview)
    .sort();
  const noon = (iso: string) => new Date(`${iso}T12:00:00`);
  return { noneDue: noon(due[0]!), allDue: new Date(noon(due.at(-1)!).getTime() + 24 * 3600_000) };
}

/** Strings only the reader's interface shows; none may reach paper. */
export const UI_ONLY = [
  'Search the handbook',
  'Contents',
  'Bookmark this page',
  'Display',
  'Urgent help',
  'Skip to the article',
  'Print preview',
  'Save as PDF',
  'Patient’s name (optional)',
  'not saved',
];

/** What every printout carries, and no interface text. */
export function expectPrintout(pdf: Pdf, name: string, meta: HandbookMeta, region: Region) {
  const reviewed = new Intl.DateTimeFormat(meta.language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${meta.reviewed}T00:00:00Z`));
  expect(pdf.text, `${name}: handbook title`).toContain(meta.title);
  expect(pdf.text, `${name}: edition`).toContain(`edition ${meta.edition}`);
  expect(pdf.text, `${name}: disclaimer`).toContain(meta.disclaimer.replace(/\s+/g, ' '));
  expect(pdf.text, `${name}: emergency line`).toContain(`In an emergency call ${region.emergency}.`);
  expect(pdf.text, `${name}: reviewed date`).toContain(`Last reviewed ${reviewed}`);
  expect(pdf.text, `${name}: next review`).toContain('Next review due');
  expect(pdf.text, `${name}: page numbers`).toContain(`Page 1 of ${pdf.pages}`);
  for (const ui of UI_ONLY) expect(pdf.text, `${name}: no interface text "${ui}"`).not.toContain(ui);
}
