import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from '../../web-server/static-server.ts';
import type { QuietChromium, QuietPage } from '../quiet-chromium.ts';
import { SCRIPTED_COPY_SCRIPT, scriptedCopy } from './scripted-copy.ts';
import { pageFile } from '../../../shared/handbook-data.ts';
import { inPage } from './in-page.ts';

export const RUNS = 11;
export const VISITS = 3;
/** Lets the page start before the first question is put to it, so asking adds no work to that. */
const SETTLE_MS = 400;

/** The reader's own marks on its way to running, in order (see main.ts). */
export const PHASES = [
  ['handbook:script-start', 'script runs'],
  ['handbook:data-ready', 'data in'],
  ['handbook:mounted', 'mounted'],
] as const;

export interface Sample {
  paint: number;
  ready: number;
  /** When each of PHASES happened; empty for the baseline. */
  phases: number[];
  /** Longest main-thread task between navigation and search being ready. */
  longestTask: number;
}

interface Timings {
  paint: number;
  ready: number;
  marks: Record<string, number>;
  longestTask: number;
}

export interface Case {
  name: string;
  /** The folder served, and the link opened in it (`#/page/…`). */
  root: string;
  link: string;
  /** The mark that says the reader is fully usable; null for the static baseline. */
  readyMark: string | null;
  /** What the ratios compare: the no-framework floor, and the reader with each handbook. */
  role?: 'floor' | 'bundled' | 'large';
  first: Sample[];
  repeat: Sample[];
}

/**
 * Page-side: waits for the article heading's element timing and, for the reader, the mark that
 * says it is ready; all are buffered entries, so nothing had to watch from the start.
 */
function timingsOnceSettled(readyMark: string | null): Promise<Timings> {
  return new Promise((resolve) => {
    const got: { paint: number | null; ready: number | null; longestTask: number } = {
      paint: null,
      ready: readyMark ? null : 0,
      longestTask: 0,
    };
    const finish = () => {
      if (got.paint === null || got.ready === null) return;
      const marks = Object.fromEntries(
        performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
      );
      resolve({
        paint: got.paint,
        ready: readyMark ? got.ready : got.paint,
        longestTask: got.longestTask,
        marks,
      });
    };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) got.longestTask = Math.max(got.longestTask, e.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[])
        if (e.identifier === 'article') got.paint = e.renderTime;
      finish();
    }).observe({ type: 'element', buffered: true });
    if (readyMark)
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === readyMark) got.ready = e.startTime;
        finish();
      }).observe({ type: 'mark', buffered: true });
  });
}

function sampleOf(c: Case, t: Timings): Sample {
  return {
    paint: t.paint,
    ready: t.ready,
    phases: c.readyMark ? PHASES.map(([mark]) => t.marks[mark] ?? NaN) : [],
    longestTask: t.longestTask,
  };
}

async function settledTimings(page: QuietPage, c: Case): Promise<Timings> {
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  return page.evaluate<Timings>(inPage(timingsOnceSettled, c.readyMark));
}

/**
 * One round opens every case in turn, and rounds repeat: the machine's load drifts during a run,
 * and interleaving spreads that drift over every case alike instead of charging it to one.
 *
 * Pages open in the browser's profile on disk, where V8's code cache is kept, so a later open
 * starts from compiled code as the desktop app's does. Each case is served from a new port in
 * each round: a new origin, with nothing cached and nothing stored, so every first open is one.
 */
export async function measureStartUp(
  browser: Pick<QuietChromium, 'onDisk'>,
  cases: Case[],
  rounds = RUNS,
): Promise<void> {
  const context = browser.onDisk();
  for (let round = 0; round < rounds + 1; round++) {
    for (const c of cases) {
      const server = await startStaticServer(c.root, 0);
      try {
        for (let visit = 1; visit <= VISITS; visit++) {
          const page = await context.open(`${server.url}${c.link}`);
          const timings = await settledTimings(page, c);
          // Round 0 only warms the disk cache and the browser.
          if (round > 0 && visit === 1) c.first.push(sampleOf(c, timings));
          if (round > 0 && visit === VISITS) c.repeat.push(sampleOf(c, timings));
          await page.close();
        }
      } finally {
        await server.close();
      }
    }
  }
}

/**
 * The reader's first screen at `url` (a link to `slug`), as the reader drew it, saved as a page
 * that loads the same files and draws it with a script the app's size and no framework (see
 * scriptedCopy): the floor for the reader's start-up.
 */
export async function writeScriptedScreen(
  browser: QuietChromium,
  url: string,
  slug: string,
  renderer: string,
  root: string,
) {
  const context = await browser.newContext();
  try {
    const page = await context.open(url);
    await page.evaluate(inPage(timingsOnceSettled, 'handbook:search-ready'));
    const html = `<!doctype html>${await page.evaluate<string>('document.documentElement.outerHTML')}`;
    const read = (file: string) => readFileSync(join(renderer, file), 'utf8');
    const index = read('index.html');
    const appScript = /<script defer src="\.\/(assets\/[^"]+\.js)"><\/script>/.exec(index)?.[1];
    const placeholder = /<body>\s*([\s\S]*?)\s*<\/body>/.exec(index)?.[1];
    if (!appScript || !placeholder) throw new Error(`${renderer}/index.html: no app script or body found`);
    const scripted = scriptedCopy(html, placeholder, read(appScript), pageFile(slug));
    mkdirSync(root, { recursive: true });
    for (const folder of ['assets', 'content'])
      cpSync(join(renderer, folder), join(root, folder), { recursive: true });
    writeFileSync(join(root, 'index.html'), scripted.html);
    writeFileSync(join(root, SCRIPTED_COPY_SCRIPT), scripted.script);
  } finally {
    await context.close();
  }
}
