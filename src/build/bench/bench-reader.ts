import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { launchChromium } from '../chromium.ts';
import type { HandbookData } from '../../shared/handbook-data.ts';
import { buildHandbook, formatProblem } from '../content/build-handbook.ts';
import { handbookFiles, writeOutputFiles } from '../content/write-handbook.ts';
import { startStaticServer, type StaticServer } from '../static-server.ts';
import { generateContent } from './generate-content.ts';

/**
 * `npm run bench:reader`: in Chromium, from navigation start to the first article paint and to a
 * fully usable reader (search ready), for the bundled handbook and a generated 2,000-page one.
 * The baseline, measured in the same browser and server, is a static HTML page holding one article:
 * the ratio shows what the reader costs over plain HTML. Target: first article paint ≤ 300 ms.
 */
const RUNS = 7;
const TARGET_PAINT_MS = 300;

interface Sample {
  paint: number;
  ready: number;
  /** Longest main-thread task between navigation and search being ready. */
  longestTask: number;
}

const TYPED = ['sciatica', 'numb legs', 'preganant', 'heat pack', 'kidney stones', 'braxton'];
const TARGET_TYPING_MS = { small: 16, large: 50 };

/**
 * Keystroke → results painted, in the page: each query is typed one character at a time, and
 * each keystroke is timed until the results list has changed and a frame has been drawn.
 */
async function typingLatencies(page: import('@playwright/test').Page): Promise<number[]> {
  return page.evaluate(async (queries) => {
    const box = document.querySelector<HTMLInputElement>('input[type="search"]')!;
    const times: number[] = [];
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    for (const query of queries) {
      for (let i = 1; i <= query.length; i++) {
        const typed = query.slice(0, i);
        // Answered when the box says these results belong to what was typed.
        const changed = new Promise<void>((resolve) => {
          const done = () => box.closest('[data-answered]')?.getAttribute('data-answered') === typed;
          const observer = new MutationObserver(() => {
            if (!done()) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(box.closest('[data-answered]')!, {
            attributes: true,
            attributeFilter: ['data-answered'],
          });
        });
        const t0 = performance.now();
        box.value = typed;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await changed;
        await new Promise((r) => requestAnimationFrame(r));
        times.push(performance.now() - t0);
      }
      box.value = '';
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
    }
    return times;
  }, TYPED);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(
  browser: Browser,
  url: string,
  readyMark: string | null,
  typing?: number[],
): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // tsx (esbuild) wraps named functions in a `__name` helper that the page does not have.
    await page.addInitScript('self.__name = (f) => f');
    await page.addInitScript(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
      }).observe({ type: 'longtask' as PerformanceObserverInit['type'], buffered: true });
    });
    await page.goto(url);
    const mark = (name: string) =>
      page.waitForFunction((n) => performance.getEntriesByName(n)[0]?.startTime, name, { timeout: 60_000 });
    const paint = readyMark
      ? Number(await (await mark('handbook:first-article-paint')).jsonValue())
      : Number(await (await mark('first-contentful-paint')).jsonValue());
    const ready = readyMark ? Number(await (await mark(readyMark)).jsonValue()) : paint;
    const longestTask = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    // The first run only warms the disk cache; typing is measured once, on the last run.
    if (i > 0) samples.push({ paint, ready, longestTask });
    if (typing && i === RUNS) typing.push(...(await typingLatencies(page)));
    await context.close();
  }
  return samples;
}

async function main() {
  const renderer = 'out/renderer';
  if (!existsSync(join(renderer, 'index.html')))
    throw new Error('Run `npm run build` first: out/renderer is missing.');
  const work = mkdtempSync(join(tmpdir(), 'handbook-bench-reader-'));
  try {
    // The 2,000-page reader: the same build with the generated handbook's data in place.
    const bigRoot = join(work, 'big');
    cpSync(renderer, bigRoot, { recursive: true });
    const generated = join(work, 'generated');
    mkdirSync(generated);
    generateContent(generated, 2000, 500);
    const built = await buildHandbook(generated);
    if (!built.ok) throw new Error(built.problems.slice(0, 10).map(formatProblem).join('\n'));
    await writeOutputFiles(bigRoot, handbookFiles(built));

    const baselineRoot = join(work, 'baseline');
    mkdirSync(baselineRoot);
    const data = JSON.parse(readFileSync(join(renderer, 'content/handbook.json'), 'utf8')) as HandbookData;
    const article = data.pages.find((p) => p.slug === 'self-care')!;
    writeFileSync(
      join(baselineRoot, 'index.html'),
      `<!doctype html><html><head><meta charset="utf-8"><title>${article.title}</title></head>` +
        `<body><main><h1>${article.title}</h1>${article.html}</main></body></html>`,
    );

    const servers = await Promise.all(
      [bigRoot, renderer, baselineRoot].map((root) => startStaticServer(root, 0)),
    );
    const [big, bundled, baseline] = servers as [StaticServer, StaticServer, StaticServer];
    const browser = await launchChromium();
    try {
      const base = await measure(browser, baseline.url, null);
      const typingSmall: number[] = [];
      const typingLarge: number[] = [];
      const rows: [string, Sample[]][] = [
        ['static HTML page (baseline)', base],
        [
          'bundled handbook',
          await measure(browser, `${bundled.url}#/page/self-care`, 'handbook:search-ready', typingSmall),
        ],
        [
          '2,000-page handbook',
          await measure(browser, `${big.url}#/page/page-1000`, 'handbook:search-ready', typingLarge),
        ],
      ];
      const basePaint = median(base.map((s) => s.paint));
      console.log(`reader start-up in Chromium, median of ${RUNS} runs (ms from navigation start)`);
      console.log(
        'case'.padEnd(30),
        'first article paint'.padStart(20),
        'vs baseline'.padStart(12),
        'search ready'.padStart(14),
        'longest task'.padStart(14),
      );
      let missed = false;
      for (const [name, samples] of rows) {
        const paint = median(samples.map((s) => s.paint));
        const ready = median(samples.map((s) => s.ready));
        if (paint > TARGET_PAINT_MS) missed = true;
        console.log(
          name.padEnd(30),
          paint.toFixed(0).padStart(20),
          `×${(paint / basePaint).toFixed(2)}`.padStart(12),
          (samples === base ? '—' : ready.toFixed(0)).padStart(14),
          Math.max(...samples.map((s) => s.longestTask))
            .toFixed(0)
            .padStart(14),
        );
      }
      const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)]!;
      for (const [name, times, target] of [
        ['bundled handbook', typingSmall, TARGET_TYPING_MS.small],
        ['2,000-page handbook', typingLarge, TARGET_TYPING_MS.large],
      ] as const) {
        const p95 = p(times, 0.95);
        console.log(
          `keystroke → results painted, ${name}: p50 ${p(times, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms ` +
            `over ${times.length} keystrokes (target p95 ≤ ${target} ms: ${p95 <= target ? 'met' : 'MISSED'})`,
        );
      }
      console.log(
        `target: first article paint ≤ ${TARGET_PAINT_MS} ms${missed ? ' — TARGET MISSED' : ' — met'}`,
      );
    } finally {
      await browser.close();
      await Promise.all(servers.map((s) => s.close()));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
