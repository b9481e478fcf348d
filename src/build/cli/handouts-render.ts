import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Browser } from '@playwright/test';
import { jobKey, printHref, type PageSize } from '../../shared/print-route.ts';
import { CliError } from './handouts-error.ts';
import type { PdfJob } from './handouts-plan.ts';

/** What the page-side wait reads; this file is type-checked without the DOM library. */
interface InPage {
  document: { fonts: { ready: Promise<unknown> } };
}

export interface RenderResult {
  file: string;
  bytes: number;
}

/**
 * Renders each job to `<out>/<file>` through the reader's own print route, so a PDF is exactly
 * what the reader's print menu prints. Files are written to a temporary name and renamed, so an
 * interrupted run never leaves a half-written PDF under the real name.
 */
export async function renderPdfs(
  baseUrl: string,
  jobs: PdfJob[],
  opts: { format: PageSize; out: string; browser: Browser },
): Promise<RenderResult[]> {
  const page = await opts.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const results: RenderResult[] = [];
  try {
    for (const job of jobs) {
      await page.goto(`${baseUrl}${printHref(job.route)}`);
      // The print root names its job once the document for it is drawn; a job the reader
      // cannot print shows its problem instead, so a failure needs no wait for a timeout.
      const key = jobKey(job.route.job);
      const root = page.locator(`.print-root[data-print-job="${key}"]`);
      await root
        .or(page.locator('.print-problem, .startup-problem'))
        .first()
        .waitFor({ state: 'attached', timeout: 30_000 })
        .catch(() => undefined);
      if (!(await root.count())) {
        const problem = await page
          .locator('.print-problem, .startup-problem')
          .first()
          .textContent({ timeout: 1000 })
          .catch(() => null);
        throw new CliError(
          `the reader did not render ${key}${problem ? `: ${problem.trim()}` : ''}${errors.length ? ` (${errors[0]})` : ''}`,
          1,
        );
      }
      await page.evaluate(() => (globalThis as unknown as InPage).document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf({ format: opts.format, preferCSSPageSize: true, printBackground: true });
      const target = join(opts.out, job.file);
      const temp = join(opts.out, `.${basename(job.file)}.${process.pid}.tmp`);
      await writeFile(temp, pdf);
      await rename(temp, target).catch(async (error: unknown) => {
        await rm(temp, { force: true });
        throw error;
      });
      results.push({ file: target, bytes: pdf.length });
    }
  } finally {
    await page.close();
  }
  return results;
}
