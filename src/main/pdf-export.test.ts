import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pdfFileName, printContents, saveAsPdf, withPdfExtension } from './pdf-export';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pdf-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const pdfBytes = Buffer.from('%PDF-1.7\n...');
const contents = () => ({ printToPDF: vi.fn(async () => pdfBytes) });

describe('pdfFileName', () => {
  it.each([
    ['Self-care and first steps.pdf', 'Self-care and first steps.pdf'],
    ['Self-care and first steps', 'Self-care and first steps.pdf'],
    ['../../etc/passwd', 'etc passwd.pdf'],
    ['C:\\Windows\\evil', 'C Windows evil.pdf'],
    ['a<b>c:d"e|f?g*h', 'a b c d e f g h.pdf'],
    ['line\nbreak\u0000nul', 'line break nul.pdf'],
    ['...hidden', 'hidden.pdf'],
    ['', 'Lower Back Cramps Handbook.pdf'],
    ['   ', 'Lower Back Cramps Handbook.pdf'],
    ['CON', 'CON handout.pdf'],
    ['x.PDF', 'x.pdf'],
    ['\u202Efdp.exe', 'fdp.exe.pdf'],
    ['Heat\u200B and\u2066 rest\u2069\uFEFF', 'Heat and rest.pdf'],
    ['\u202E\u200F', 'Lower Back Cramps Handbook.pdf'],
  ])('%j → %j', (input, expected) => {
    expect(pdfFileName(input)).toBe(expected);
  });
  it('limits length', () => {
    expect(pdfFileName('a'.repeat(500)).length).toBe(124);
  });
  it('appends .pdf to dialog results without it', () => {
    expect(withPdfExtension('/home/me/handout')).toBe('/home/me/handout.pdf');
    expect(withPdfExtension('/home/me/handout.PDF')).toBe('/home/me/handout.PDF');
  });
});

describe('saveAsPdf', () => {
  it('asks where, prints to PDF with the requested page size and writes the file', async () => {
    const dialog = { showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: join(dir, 'out') })) };
    const wc = contents();
    const result = await saveAsPdf(
      wc,
      { suggestedName: 'Self-care/first', pageSize: 'Letter' },
      { dialog: dialog as never, parent: () => null, defaultDir: dir },
    );
    expect(result).toEqual({ status: 'saved', path: join(dir, 'out.pdf') });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join(dir, 'Self-care first.pdf') }),
    );
    expect(wc.printToPDF).toHaveBeenCalledWith({
      pageSize: 'Letter',
      printBackground: true,
      displayHeaderFooter: false,
      preferCSSPageSize: true,
    });
    expect(readFileSync(join(dir, 'out.pdf'), 'utf8').startsWith('%PDF')).toBe(true);
  });

  it('reports cancel without printing', async () => {
    const dialog = { showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })) };
    const wc = contents();
    expect(
      await saveAsPdf(
        wc,
        { suggestedName: 'x', pageSize: 'A4' },
        { dialog: dialog as never, parent: () => null, defaultDir: dir },
      ),
    ).toEqual({ status: 'cancelled' });
    expect(wc.printToPDF).not.toHaveBeenCalled();
  });

  it('reports failure instead of throwing', async () => {
    const dialog = {
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: join(dir, 'missing-dir', 'x.pdf') })),
    };
    const result = await saveAsPdf(
      contents(),
      { suggestedName: 'x', pageSize: 'A4' },
      { dialog: dialog as never, parent: () => null, defaultDir: dir },
    );
    expect(result.status).toBe('failed');
  });

  it('with the e2e hook, writes to the given path without a dialog', async () => {
    const dialog = { showSaveDialog: vi.fn() };
    const target = join(dir, 'e2e.pdf');
    const result = await saveAsPdf(
      contents(),
      { suggestedName: 'x', pageSize: 'A4' },
      { dialog: dialog as never, parent: () => null, defaultDir: dir, e2eOutputPath: target },
    );
    expect(result).toEqual({ status: 'saved', path: target });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('printContents', () => {
  it('opens the print dialog with default options and resolves whatever the outcome', async () => {
    const print = vi.fn((_o: object, cb: (ok: boolean, reason: string) => void) => cb(false, 'cancelled'));
    await expect(printContents({ print } as never)).resolves.toBeUndefined();
    expect(print).toHaveBeenCalledWith({}, expect.any(Function));
  });
});
