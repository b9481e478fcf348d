import type { PageSize } from '@shared/print-route';

/** A CSS string literal: quotes and backslashes escaped, line breaks flattened. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n\f]+/g, ' ')}"`;
}

export interface RunningText {
  handbookTitle: string;
  documentTitle: string;
  /** e.g. "Last reviewed 25 November 2026", and after the review date that it is due for review. */
  reviewed: string;
  /** Large print: the running text (page numbers too) is larger. */
  large?: boolean;
}

/**
 * The `@page` rule for one print job: paper size plus the running header and footer, drawn in
 * the page margin boxes (Chromium 131+) so every sheet carries the title, "Page X of Y" and the
 * review date. It is generated per job because CSS cannot read the strings from the document.
 */
export function pageRule(size: PageSize, text: RunningText): string {
  const font = text.large
    ? "13pt/1.2 'Liberation Sans', Arial, sans-serif"
    : "9pt/1.2 system-ui, 'DejaVu Sans', sans-serif";
  const box = (content: string, align: string) =>
    `{ content: ${content}; font: ${font}; color: #000; text-align: ${align}; vertical-align: middle; }`;
  return [
    '@page {',
    `  size: ${size === 'Letter' ? 'letter' : 'A4'} portrait;`,
    // Slim margins leave a one-page handout room for the clinic strip and the note box.
    `  margin: ${text.large ? '15mm 13mm' : '12mm 13mm'};`,
    `  @top-left ${box(cssString(text.handbookTitle), 'left')}`,
    `  @top-right ${box(cssString(text.documentTitle), 'right')}`,
    `  @bottom-left ${box(cssString(text.reviewed), 'left')}`,
    `  @bottom-right ${box('"Page " counter(page) " of " counter(pages)', 'right')}`,
    '}',
  ].join('\n');
}
