import { launchChromium } from '../tools/chromium.ts';
import { existsSync } from 'node:fs';
import { access, constants, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from '@playwright/test';
import type { HandbookData } from '../../shared/handbook-data.ts';
import { startStaticServer } from '../web-server/static-server.ts';
import { contentPath, readContent } from '../tools/read-content.ts';

/**
 * `npm run handouts -- [--pages a,b | --all | --book] [--format A4|Letter] [--region UK] --out dir [--force]`
 *
 * Prints handouts (or the whole handbook) to PDF without opening the app: it serves the BUILT web
 * edition (out/renderer) on a random 127.0.0.1 port and drives headless Chromium to the reader's
 * print routes (`#/print/handout/<slug>`, `#/print/book`), which render exactly what the reader's
 * print menu prints. Errors are one line on stderr with exit code 1.
 */

export type PageSize = 'A4' | 'Letter';

export interface HandoutsOptions {
  mode: 'pages' | 'all' | 'book';
  pages: string[];
  format?: PageSize;
  region?: string;
  out: string;
  force: boolean;
  /** The built web edition; `--root` exists for the print benchmark. */
  root: string;
}

export class CliError extends Error {}

const USAGE =
  'usage: npm run handouts -- [--pages slug,slug | --all | --book] [--format A4|Letter] [--region CODE] --out DIR [--force]';

export function parseArgs(argv: string[]): HandoutsOptions {
  const options: Partial<HandoutsOptions> & { force: boolean; root: string } = {
    force: false,
    root: 'out/renderer',
  };
  const modes = new Set<HandoutsOptions['mode']>();
  const value = (i: number, flag: string): string => {
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) throw new CliError(`${flag} needs a value (${USAGE})`);
    return next;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=')
      ? (arg.split(/=(.*)/s, 2) as [string, string])
      : [arg, undefined];
    const take = () => {
      if (inline !== undefined) return inline;
      i++;
      return value(i - 1, flag);
    };
    switch (flag) {
      case '--pages':
        modes.add('pages');
        options.pages = take()
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        if (!options.pages.length) throw new CliError('--pages needs at least one page slug');
        break;
      case '--all':
        modes.add('all');
        break;
      case '--book':
        modes.add('book');
        break;
      case '--format': {
        const format = take();
        const match = (['A4', 'Letter'] as const).find((f) => f.toLowerCase() === format.toLowerCase());
        if (!match) throw new CliError(`--format must be A4 or Letter, not "${format}"`);
        options.format = match;
        break;
      }
      case '--region':
        options.region = take();
        break;
      case '--out':
        options.out = take();
        break;
      case '--root':
        options.root = take();
        break;
      case '--force':
        options.force = true;
        break;
      default:
        throw new CliError(`unknown option "${arg}" (${USAGE})`);
    }
  }
  if (modes.size !== 1) throw new CliError(`choose exactly one of --pages, --all or --book (${USAGE})`);
  if (!options.out) throw new CliError(`--out is required (${USAGE})`);
  const [mode] = modes;
  return {
    mode: mode!,
    pages: options.pages ?? [],
    out: options.out,
    force: options.force,
    root: options.root,
    ...(options.format ? { format: options.format } : {}),
    ...(options.region ? { region: options.region } : {}),
  };
}

export interface PdfJob {
  /** The reader's print route, without the size and region query. */
  path: string;
  file: string;
}

/** Checks the options against the built handbook and lists the PDFs to write. */
export function planJobs(
  data: HandbookData,
  options: HandoutsOptions,
): { jobs: PdfJob[]; region: string; format: PageSize } {
  const codes = data.meta.regions.map((r) => r.code);
  const region = options.region
    ? codes.find((c) => c.toLowerCase() === options.region!.toLowerCase())
    : data.meta.defaultRegion;
  if (!region) throw new CliError(`unknown region "${options.region}" (known: ${codes.join(', ')})`);
  const format = options.format ?? (region === 'US' ? 'Letter' : 'A4');
  if (options.mode === 'book')
    return { jobs: [{ path: '/print/book', file: 'handbook.pdf' }], region, format };
  const bySlug = new Map(data.pages.map((p) => [p.slug, p]));
  let slugs: string[];
  if (options.mode === 'all') {
    slugs = data.pages.filter((p) => p.handout).map((p) => p.slug);
    if (!slugs.length) throw new CliError('no page in this handbook has a handout');
  } else {
    slugs = [...new Set(options.pages)];
    for (const slug of slugs) {
      const page = bySlug.get(slug);
      if (!page) throw new CliError(`unknown page "${slug}" (known: ${[...bySlug.keys()].join(', ')})`);
      if (!page.handout) throw new CliError(`the page "${slug}" has no handout`);
    }
  }
  return {
    jobs: slugs.map((slug) => ({ path: `/print/handout/${slug}`, file: `${slug}-handout.pdf` })),
    region,
    format,
  };
}

async function loadBuild(root: string): Promise<HandbookData> {
  const index = join(root, 'index.html');
  const content = contentPath(root, 'handbook');
  if (!existsSync(index) || !existsSync(content)) {
    throw new CliError(
      `the web edition is not built (${existsSync(index) ? content : index} is missing); run "npx electron-vite build" first`,
    );
  }
  try {
    return readContent(root, 'handbook');
  } catch (error) {
    throw new CliError(`${content} could not be read: ${(error as Error).message}`);
  }
}

async function prepareOut(out: string, files: string[], force: boolean): Promise<void> {
  try {
    await mkdir(out, { recursive: true });
    if (!(await stat(out)).isDirectory()) throw new Error('not a folder');
    await access(out, constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`cannot write to the folder ${out} (${reason})`);
  }
  if (force) return;
  const existing = files.filter((f) => existsSync(join(out, f)));
  if (existing.length) {
    throw new CliError(
      `${join(out, existing[0]!)} already exists; use --force to overwrite${existing.length > 1 ? ` (and ${existing.length - 1} more)` : ''}`,
    );
  }
}

export interface RenderResult {
  file: string;
  bytes: number;
}

/**
 * Renders each job to `<out>/<file>`. Files are written to a temporary name and renamed, so an
 * interrupted run never leaves a half-written PDF under the real name.
 */
export async function renderPdfs(
  baseUrl: string,
  jobs: PdfJob[],
  opts: { region: string; format: PageSize; out: string; browser: Browser },
): Promise<RenderResult[]> {
  const page = await opts.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const results: RenderResult[] = [];
  try {
    for (const job of jobs) {
      const query = `?size=${opts.format}&region=${encodeURIComponent(opts.region)}`;
      await page.goto(`${baseUrl}#${job.path}${query}`);
      const root = page.locator(`.print-root[data-print-job="${job.path}"]`);
      try {
        await root.waitFor({ state: 'attached', timeout: 30_000 });
      } catch {
        const problem = await page
          .locator('.print-problem, .startup-problem')
          .first()
          .textContent()
          .catch(() => null);
        throw new CliError(
          `the reader did not render ${job.path}${problem ? `: ${problem.trim()}` : ''}${errors.length ? ` (${errors[0]})` : ''}`,
        );
      }
      // A string, because this file is type-checked without the DOM library.
      await page.evaluate('document.fonts.ready.then(() => undefined)');
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

export async function runHandouts(options: HandoutsOptions, log: (line: string) => void = console.log) {
  const root = resolve(options.root);
  const data = await loadBuild(root);
  const { jobs, region, format } = planJobs(data, options);
  const out = resolve(options.out);
  await prepareOut(
    out,
    jobs.map((j) => j.file),
    options.force,
  );
  const server = await startStaticServer(root, 0);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const results = await renderPdfs(server.url, jobs, { region, format, out, browser });
    for (const r of results) log(`wrote ${r.file} (${Math.round(r.bytes / 1024)} KB)`);
    return results;
  } finally {
    await browser?.close();
    await server.close();
  }
}

async function main() {
  try {
    await runHandouts(parseArgs(process.argv.slice(2)));
  } catch (error) {
    const message =
      error instanceof CliError ? error.message : `unexpected error: ${(error as Error)?.message ?? error}`;
    console.error(`handouts: ${message.split('\n')[0]}`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
