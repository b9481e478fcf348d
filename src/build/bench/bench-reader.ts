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
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(browser: Browser, url: string, readyMark: string | null): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    const mark = (name: string) =>
      page.waitForFunction((n) => performance.getEntriesByName(n)[0]?.startTime, name, { timeout: 60_000 });
    const paint = readyMark
      ? Number(await (await mark('handbook:first-article-paint')).jsonValue())
      : Number(await (await mark('first-contentful-paint')).jsonValue());
    const ready = readyMark ? Number(await (await mark(readyMark)).jsonValue()) : paint;
    if (i > 0) samples.push({ paint, ready }); // the first run only warms the disk cache
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
      const rows: [string, Sample[]][] = [
        ['static HTML page (baseline)', base],
        [
          'bundled handbook',
          await measure(browser, `${bundled.url}#/page/self-care`, 'handbook:search-ready'),
        ],
        [
          '2,000-page handbook',
          await measure(browser, `${big.url}#/page/page-1000`, 'handbook:search-ready'),
        ],
      ];
      const basePaint = median(base.map((s) => s.paint));
      console.log(`reader start-up in Chromium, median of ${RUNS} runs (ms from navigation start)`);
      console.log(
        'case'.padEnd(30),
        'first article paint'.padStart(20),
        'vs baseline'.padStart(12),
        'search ready'.padStart(14),
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
