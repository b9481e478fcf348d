import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer, type StaticServer } from '../web-server/static-server.ts';
import { readContent } from '../tools/read-content.ts';
import { QuietChromium } from './quiet-chromium.ts';
import { largeHandbook, readerWith } from './reader/handbooks.ts';
import { measureStartUp, writeScriptedScreen, type Case } from './reader/startup.ts';
import { reportStartUp } from './reader/startup-report.ts';
import { measureTyping, type TypingCase } from './reader/typing.ts';
import { reportTyping } from './reader/typing-report.ts';

/**
 * `npm run bench:reader`: in Chromium, from navigation start until the article is on screen, and
 * until the reader is fully usable (search ready), for the bundled handbook and a generated
 * 2,000-page one, opened at a page as the desktop and the web edition both start: index.html,
 * the start file, the opening page, the reader mounts. Two references, measured the same way in
 * the same browser: a static HTML page holding the same article (what plain HTML costs), and the
 * reader's own first screen drawn, from the same files on the same start path, by a script the
 * app's size that runs no framework (see scriptedCopy): the floor for the reader. Then typing:
 * keystroke → results painted (see reader/typing.ts).
 *
 * "On screen" is the article heading's element timing: when the frame holding it was presented,
 * raster and compositing included. Pages load in a Chromium driven without Playwright (see
 * quiet-chromium.ts), whose request tracing would charge the reader's own requests for its data
 * to the very start-up being measured.
 *
 * Each round opens every case three times, from an origin of its own in the browser's profile on
 * disk: the first opening is the reader's very first start (nothing cached), the third a later
 * one, with the scripts and V8's compiled code cached, as for the desktop app on every start
 * after its first (its app:// scheme keeps a code cache) and for the web edition in a browser that
 * has opened it before. (A browser context in memory would compile the script again every time.)
 * Targets: article on screen ≤ 1.2× the no-framework floor; the 2,000-page handbook ≤ 1.1× the
 * bundled one; keystroke → results painted p95 in the next frame (bundled) and ≤ 50 ms (2,000 pages).
 *
 * `npm run bench:reader -- --typing <another out/renderer>` times typing only, in this build and
 * the other one, interleaved in one run, so the two compare honestly on a busy machine.
 */
const TYPING_ROUNDS = { alone: 3, compared: 5 };
/** The bundled handbook's page every case opens at. */
const OPENING = 'self-care';
const USAGE = 'usage: npm run bench:reader [-- --typing <path to another build’s out/renderer>]';

function otherBuild(args: string[]): string | null {
  if (args.length === 0) return null;
  const other = args[0] === '--typing' ? args[1] : undefined;
  if (!other || args.length > 2) {
    console.error(USAGE);
    process.exit(2);
  }
  if (!existsSync(join(other, 'index.html'))) {
    console.error(`${other}: no index.html there; build that tree first (npm run build).\n${USAGE}`);
    process.exit(2);
  }
  return other;
}

async function main() {
  const other = otherBuild(process.argv.slice(2));
  const renderer = 'out/renderer';
  if (!existsSync(join(renderer, 'index.html')))
    throw new Error('Run `npm run build` first: out/renderer is missing.');
  const work = mkdtempSync(join(tmpdir(), 'handbook-bench-reader-'));
  const servers: StaticServer[] = [];
  const serve = async (root: string) => {
    const server = await startStaticServer(root, 0);
    servers.push(server);
    return server.url;
  };
  const profile = mkdtempSync(join(tmpdir(), 'handbook-bench-chromium-'));
  const browser = QuietChromium.launch(profile);
  try {
    const large = await largeHandbook(work);
    const typing: TypingCase[] = [];
    const largeRoots: string[] = [];
    for (const [i, build] of (other ? [renderer, other] : [renderer]).entries()) {
      largeRoots.push(await readerWith(build, join(work, `big-${i}`), large));
      const bigUrl = await serve(largeRoots[i]!);
      const url = await serve(build);
      const name = build === renderer ? 'this build' : build;
      typing.push(
        { build: name, handbook: 'bundled', url: `${url}#/page/${OPENING}`, keystrokes: [], cpu: [] },
        { build: name, handbook: 'large', url: `${bigUrl}#/page/page-1000`, keystrokes: [], cpu: [] },
      );
    }
    if (!other) await measureStartUpOf(browser, typing[0]!.url, renderer, largeRoots[0]!, work);
    await measureTyping(browser, typing, other ? TYPING_ROUNDS.compared : TYPING_ROUNDS.alone);
    console.log('');
    reportTyping(typing);
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
    rmSync(profile, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

/** The start-up table: a static page, the scripted floor, and the reader with each handbook. */
async function measureStartUpOf(
  browser: QuietChromium,
  bundledUrl: string,
  renderer: string,
  largeRoot: string,
  work: string,
): Promise<void> {
  // The same article as the reader opens, with its heading timed the same way.
  const baselineRoot = join(work, 'baseline');
  mkdirSync(baselineRoot);
  const article = readContent(renderer, 'handbook').pages.find((p) => p.slug === OPENING)!;
  writeFileSync(
    join(baselineRoot, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>${article.title}</title></head>` +
      `<body><main><h1 elementtiming="article">${article.title}</h1>${article.html}</main></body></html>`,
  );
  const scriptedRoot = join(work, 'scripted');
  await writeScriptedScreen(browser, bundledUrl, OPENING, renderer, scriptedRoot);
  const page = (name: string, root: string, role?: Case['role'], link = `#/page/${OPENING}`): Case => ({
    name,
    root,
    link,
    role,
    readyMark: role === 'bundled' || role === 'large' ? 'handbook:search-ready' : null,
    first: [],
    repeat: [],
  });
  const cases: Case[] = [
    page('static HTML page (baseline)', baselineRoot),
    page("reader's page drawn by script", scriptedRoot, 'floor'),
    page('reader, bundled', renderer, 'bundled'),
    page('reader, 2,000 pages', largeRoot, 'large', '#/page/page-1000'),
  ];
  await measureStartUp(browser, cases);
  reportStartUp(cases);
}

await main();
