import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { StoreLoadResult } from '@shared/bridge';
import type { HandbookStart } from '@shared/handbook-data';
import type { DrawOpeningScreen, OpeningScreen } from '@shared/opening-screen';
import { defaultStore } from '@shared/reader-store';
import { buildHandbook, formatProblem } from '../build/content/build-handbook.ts';
import { handbookFiles } from '../build/content/write-handbook.ts';
import { createOpeningDocument, type OpeningDocumentDeps } from './opening-document';
import { PLACING_SCRIPT } from './place-opening-screen';

const ROOT = '/app/renderer';
// The reader's page as the build leaves it: with its stylesheet linked.
const TEMPLATE = readFileSync(resolve('src/renderer/index.html'), 'utf8')
  .replace(/<script type="module" src="[^"]+"><\/script>/, '')
  .replace(
    '</head>',
    '  <script defer src="./assets/index.js"></script>\n  <link rel="stylesheet" href="./assets/style.css">\n  </head>',
  );
const STYLESHEET = readFileSync(resolve('src/renderer/src/app.css'), 'utf8');

/** A renderer folder in memory; every read is recorded. */
function files(contents: Record<string, string>) {
  const reads: string[] = [];
  const readText = async (path: string) => {
    reads.push(path);
    const text = contents[path.slice(ROOT.length + 1)];
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return text;
  };
  return { reads, readText };
}

const START = {
  meta: { home: 'start-here' },
  toc: [],
  pages: [{ slug: 'start-here' }, { slug: 'self-care' }],
  glossary: [],
} as unknown as HandbookStart;
const LOADED: StoreLoadResult = { store: defaultStore(), recovered: null };

const drawn: OpeningScreen = {
  route: '#/page/self-care',
  slug: 'self-care',
  scroll: 0,
  store: 'f1',
  title: 'Self-care — Handbook',
  language: 'en-GB',
  theme: 'light',
  layout: 'wide',
  fontScale: 100,
  head: '',
  body: '<main><h1>Self-care</h1></main>',
};

function deps(over: Partial<OpeningDocumentDeps> = {}) {
  const fs = files({
    'index.html': TEMPLATE,
    'assets/style.css': STYLESHEET,
    'content/handbook-start.json': JSON.stringify(START),
    'content/pages/self-care.json': JSON.stringify({
      html: '<p>Hi</p>',
      headings: [],
      sources: [],
      keywords: [],
    }),
  });
  const draw = vi.fn<DrawOpeningScreen>(async (input) => {
    await input.readBody('self-care');
    return drawn;
  });
  const onError = vi.fn();
  const all: OpeningDocumentDeps = {
    rendererRoot: ROOT,
    readText: fs.readText,
    loadStore: async () => LOADED,
    prefersDark: () => true,
    viewportWidth: () => 1024,
    draw: async () => draw,
    onError,
    ...over,
  };
  return { all, draw, onError, reads: fs.reads };
}

describe('createOpeningDocument', () => {
  it('draws with the start data, the store, the system theme and the window width', async () => {
    const { all, draw } = deps();
    const html = await createOpeningDocument(all).page();
    expect(draw).toHaveBeenCalledWith(
      expect.objectContaining({ start: START, loaded: LOADED, prefersDark: true, viewportWidth: 1024 }),
    );
    expect(html).toContain('<div id="app"><main><h1>Self-care</h1></main></div>');
    expect(html).toContain('data-opening-route="#/page/self-care"');
    expect(html).toContain('<title>Self-care — Handbook</title>');
  });

  it('reads the template, its stylesheet and the start data once, and the page body the drawing asks for each time', async () => {
    const { all, reads } = deps();
    const document = createOpeningDocument(all);
    await document.page();
    await document.page();
    expect(reads.filter((p) => p.endsWith('index.html'))).toHaveLength(1);
    expect(reads.filter((p) => p.endsWith('handbook-start.json'))).toHaveLength(1);
    expect(reads.filter((p) => p.endsWith('style.css'))).toHaveLength(1);
    expect(reads.filter((p) => p === join(ROOT, 'content/pages/self-care.json'))).toHaveLength(2);
  });

  it('draws ahead when asked to, and gives that page once, for the window it was drawn for', async () => {
    const { all, draw } = deps();
    const document = createOpeningDocument(all);
    document.prepare();
    await vi.waitFor(() => expect(draw).toHaveBeenCalledTimes(1));
    expect(await document.page()).toContain('<h1>Self-care</h1>');
    expect(draw).toHaveBeenCalledTimes(1);
    // The next window's page is drawn afresh: the store may have changed since.
    await document.page();
    expect(draw).toHaveBeenCalledTimes(2);
  });

  it('draws again for the next window what was prepared for one that closed before asking', async () => {
    const { all, draw } = deps();
    const document = createOpeningDocument(all);
    document.prepare();
    document.prepare();
    await document.page();
    expect(draw).toHaveBeenCalledTimes(2);
  });

  it('gives null, says why, and tries afresh next time when anything fails', async () => {
    const { all, onError, reads } = deps({
      readText: async (path) => {
        reads.push(path);
        throw new Error(`unreadable: ${path}`);
      },
    });
    const document = createOpeningDocument(all);
    expect(await document.page()).toBeNull();
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: expect.stringMatching(/unreadable/) }),
    );
    await document.page();
    expect(reads.filter((p) => p.endsWith('index.html'))).toHaveLength(2);

    const missingDrawing = deps({ draw: () => Promise.reject(new Error('no opening-screen.js')) });
    expect(await createOpeningDocument(missingDrawing.all).page()).toBeNull();
    expect(missingDrawing.onError).toHaveBeenCalled();

    const foreignTemplate = deps();
    foreignTemplate.all.readText = async (path) =>
      path.endsWith('index.html') ? '<html><body></body></html>' : JSON.stringify(START);
    expect(await createOpeningDocument(foreignTemplate.all).page()).toBeNull();
  });
});

describe('the page a drawing may read', () => {
  it('is only one the start file lists, whatever the store says', async () => {
    for (const slug of ['../../../etc/passwd', 'not-in-this-handbook', 'Self-Care']) {
      const { all, reads, onError } = deps({
        draw: async () => async (input) => {
          await input.readBody(slug);
          return drawn;
        },
      });
      expect(await createOpeningDocument(all).page(), slug).toBeNull();
      expect(onError).toHaveBeenCalledWith(
        expect.objectContaining({ message: `no page "${slug}" in this handbook` }),
      );
      expect(reads.some((p) => p.includes('pages/'))).toBe(false);
    }
  });
});

describe('the opening document of the bundled handbook', () => {
  // The main process loads its drawing from its own build at run time; here, from the source.
  const DRAWING = resolve('src/renderer/src/server/draw-opening-screen.ts');
  let built: Record<string, string>;

  beforeAll(async () => {
    const result = await buildHandbook('content');
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    built = Object.fromEntries(handbookFiles(result).map((f) => [f.fileName, String(f.contents)]));
    built['index.html'] = TEMPLATE;
    built['assets/style.css'] = STYLESHEET;
  });

  it('reopens the page last read, drawn whole, for the reader to take over', async () => {
    const { drawOpeningScreen } = (await import(/* @vite-ignore */ DRAWING)) as {
      drawOpeningScreen: DrawOpeningScreen;
    };
    const store = defaultStore();
    store.settings.lastRoute = '#/page/urgent-help';
    store.settings.theme = 'contrast';
    const { all } = deps({
      readText: files(built).readText,
      loadStore: async () => ({ store, recovered: null }),
      draw: async () => drawOpeningScreen,
    });
    const html = (await createOpeningDocument(all).page())!;
    expect(html).toMatch(/<html lang="en-GB" data-theme="contrast" data-layout="wide"/);
    expect(html).toContain('data-opening-route="#/page/urgent-help"');
    expect(html).toMatch(/<h1[^>]*>When to get urgent help<\/h1>/);
    expect(html).toContain(`<script>${PLACING_SCRIPT}</script>`);
    expect(html).toMatch(/<style>[\s\S]*--font-scale[\s\S]*<\/style>/);
    expect(html).not.toContain('Opening the handbook…');
  });
});
