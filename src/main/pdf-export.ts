import type { BaseWindow, Dialog, WebContents } from 'electron';
import { join } from 'node:path';
import type { PdfRequest, PdfResult } from '@shared/bridge';
import { writeFileAtomic } from './atomic-write';

const FALLBACK_NAME = 'Lower Back Cramps Handbook';

/**
 * A safe file name from the reader's suggestion: no folders, no characters any of Windows,
 * macOS or Linux reject, no control or format characters, no leading dots, at most 120 characters,
 * always ending in .pdf.
 */
export function pdfFileName(suggested: string): string {
  let name = suggested
    .normalize('NFC')
    // Format characters (bidi overrides, zero-width joiners…) can make "\u202Egnp.exe" show as
    // "exe.png" in the save dialog; a file name needs none of them.
    .replace(/\p{Cf}/gu, '')
    // Control characters are unsafe in file names everywhere; the rest are reserved on Windows.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\.pdf$/i, '')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(name)) name = `${name} handout`;
  name = name.slice(0, 120).trim();
  return `${name || FALLBACK_NAME}.pdf`;
}

/** The dialog can return a path without the extension (Linux); make it a .pdf. */
export function withPdfExtension(path: string): string {
  return /\.pdf$/i.test(path) ? path : `${path}.pdf`;
}

export interface PdfExportDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  parent(): BaseWindow | null;
  /** Folder the save dialog starts in (Documents). */
  defaultDir: string;
  /**
   * Test hook, set only when HANDBOOK_E2E=1: save here without showing the dialog, so the
   * end-to-end suite can check the file. Never set in normal runs.
   */
  e2eOutputPath?: string | null;
  write?(path: string, data: Uint8Array): Promise<void>;
}

type PdfContents = Pick<WebContents, 'printToPDF'>;

/** Save as PDF: native save dialog → printToPDF (print media) → atomic write. */
export async function saveAsPdf(
  contents: PdfContents,
  request: PdfRequest,
  deps: PdfExportDeps,
): Promise<PdfResult> {
  const write = deps.write ?? ((p, d) => writeFileAtomic(p, d));
  let target: string;
  if (deps.e2eOutputPath) {
    target = deps.e2eOutputPath;
  } else {
    const options = {
      title: 'Save as PDF',
      defaultPath: join(deps.defaultDir, pdfFileName(request.suggestedName)),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'] as (
        'createDirectory' | 'showOverwriteConfirmation'
      )[],
    };
    const win = deps.parent();
    const result = win
      ? await deps.dialog.showSaveDialog(win, options)
      : await deps.dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return { status: 'cancelled' };
    target = withPdfExtension(result.filePath);
  }
  try {
    const pdf = await contents.printToPDF({
      pageSize: request.pageSize,
      printBackground: true,
      displayHeaderFooter: false,
      // The reader's print stylesheet sets the paper size and running header per print job.
      preferCSSPageSize: true,
    });
    await write(target, pdf);
    return { status: 'saved', path: target };
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/** Print: the system print dialog for what the page shows in print media. */
export function printContents(contents: Pick<WebContents, 'print'>): Promise<void> {
  return new Promise((resolve) => {
    // Cancelling the dialog is not an error for the reader, so every outcome resolves.
    contents.print({}, () => resolve());
  });
}
