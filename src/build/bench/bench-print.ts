/**
 * Print benchmark: `npm run bench:print` (needs a built web edition: `npx electron-vite build`).
 *
 * 1. Every handout of the bundled handbook, A4, as the handouts CLI makes them.
 * 2. The whole-book PDF of a generated 200-page handbook: the bundled pages cloned under new
 *    slugs into a temporary copy of out/renderer, so the reader and the print CSS are the real ones.
 *
 * Prints seconds and PDF page counts. Browser start-up is timed separately from rendering.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { HandbookData, Page } from '../../shared/handbook-data.ts';
import { launchChromium } from '../tools/chromium.ts';
import { parseArgs } from '../cli/handouts-args.ts';
import { planJobs } from '../cli/handouts-plan.ts';
import { renderPdfs } from '../cli/handouts-render.ts';
import { startStaticServer } from '../web-server/static-server.ts';
import { contentPath, readContent } from '../tools/read-content.ts';
import { toDataScript } from '../../shared/data-script.ts';

const ROOT = resolve('out/renderer');
const BOOK_PAGES = 200;

function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? NaN);
}

/** A handbook of `count` pages made from the bundled ones, in sections of 20. */
function generateHandbook(base: HandbookData, count: number): HandbookData {
  const pages: Page[] = Array.from({ length: count }, (_, i) => {
    const source = base.pages[i % base.pages.length]!;
    const n = String(i + 1).padStart(3, '0');
    return { ...source, slug: `${source.slug}-${n}`, title: `${source.title} (${n})` };
  });
  const toc = [];
  for (let i = 0; i < pages.length; i += 20) {
    toc.push({ title: `Part ${i / 20 + 1}`, pages: pages.slice(i, i + 20).map((p) => p.slug) });
  }
  return { ...base, meta: { ...base.meta, home: pages[0]!.slug }, toc, pages };
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, (performance.now() - start) / 1000];
}

async function main() {
  if (!existsSync(contentPath(ROOT, 'handbook'))) {
    console.error('bench:print: out/renderer is not built; run "npx electron-vite build" first');
    process.exit(1);
  }
  const work = await mkdtemp(join(tmpdir(), 'bench-print-'));
  const bigRoot = join(work, 'renderer');
  const data = readContent(ROOT, 'handbook');
  await cp(ROOT, bigRoot, { recursive: true });
  const big = generateHandbook(data, BOOK_PAGES);
  await writeFile(contentPath(bigRoot, 'handbook'), toDataScript('handbook', big));

  const [browser, launchSeconds] = await timed(() => launchChromium());
  const small = await startStaticServer(ROOT, 0);
  const large = await startStaticServer(bigRoot, 0);
  try {
    console.log(`Chromium start-up: ${launchSeconds.toFixed(2)} s`);

    const plan = planJobs(data, parseArgs(['--all', '--format', 'A4', '--out', work]));
    const handoutsOut = join(work, 'handouts');
    await mkdir(handoutsOut, { recursive: true });
    const [results, handoutSeconds] = await timed(() =>
      renderPdfs(small.url, plan.jobs, { format: 'A4', out: handoutsOut, browser }),
    );
    const pages = results.map((r) => pdfPages(r.file));
    console.log(
      `Bundled handbook: ${results.length} handouts in ${handoutSeconds.toFixed(2)} s ` +
        `(${(handoutSeconds / results.length).toFixed(2)} s each); PDF pages: ${pages.join(', ')}`,
    );

    const bookOut = join(work, 'book');
    await mkdir(bookOut, { recursive: true });
    const bookPlan = planJobs(big, parseArgs(['--book', '--format', 'A4', '--out', bookOut]));
    const [[book], bookSeconds] = await timed(() =>
      renderPdfs(large.url, bookPlan.jobs, { format: 'A4', out: bookOut, browser }),
    );
    console.log(
      `Generated ${BOOK_PAGES}-page handbook: whole book in ${bookSeconds.toFixed(2)} s, ` +
        `${pdfPages(book!.file)} PDF pages, ${(book!.bytes / 1024 / 1024).toFixed(1)} MB`,
    );
  } finally {
    await browser.close();
    await small.close();
    await large.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
