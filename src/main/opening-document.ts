import { join } from 'node:path';
import type { StoreLoadResult } from '../shared/bridge.ts';
import { CONTENT_FILES, pageFile, type HandbookStart, type PageBody } from '../shared/handbook-data.ts';
import type { DrawOpeningScreen } from '../shared/opening-screen.ts';
import { openingHtml, stylesheetOf } from './opening-html.ts';

// Relative imports, not @shared: the e2e tests and bench:reader run this module outside Vite.

export interface OpeningDocumentDeps {
  /** The built renderer: index.html and content/. */
  rendererRoot: string;
  readText(path: string): Promise<string>;
  /** The person's store, as the reader will load it through the bridge. */
  loadStore(): Promise<StoreLoadResult>;
  prefersDark(): boolean;
  /** The reader window's content width, or null before there is a window. */
  viewportWidth(): number | null;
  /** The reader's server renderer (out/main/draw-opening-screen.js, see load-drawing.ts). */
  draw(): Promise<DrawOpeningScreen>;
  onError(error: unknown): void;
}

/**
 * `slug`, checked here rather than trusted to the drawing: it comes from the person's store, a
 * file anyone can edit, and it names a file to read. Only a page the start file lists will do.
 */
function builtPage(start: HandbookStart, slug: string): string {
  if (!/^[a-z0-9-]+$/.test(slug) || !start.pages.some((page) => page.slug === slug))
    throw new Error(`no page "${slug}" in this handbook`);
  return slug;
}

export interface OpeningDocument {
  /**
   * Starts drawing the page now, while the window that will ask for it is still starting: its
   * renderer takes longer to start than drawing takes, so the page is ready when asked for.
   */
  prepare(): void;
  /** The page: the one last prepared, once, else drawn now. */
  page(): Promise<string | null>;
}

/**
 * index.html with the reader's first screen already drawn (see opening-screen.ts in shared), for
 * the app:// handler to serve. Resolves to null if anything goes wrong (a damaged page file, a
 * template from another build): the plain index.html still opens the reader, which then draws
 * its first screen itself, so a failure here costs speed, never the handbook.
 */
export function createOpeningDocument(deps: OpeningDocumentDeps): OpeningDocument {
  const read = (file: string) => deps.readText(join(deps.rendererRoot, file));
  const readJson = async <T>(file: string) => JSON.parse(await read(file)) as T;
  // The same for every window the app opens: read once.
  let fixed: Promise<{ template: string; stylesheet: string; start: HandbookStart }> | null = null;
  const readFixed = async () => {
    const [template, start] = await Promise.all([
      read('index.html'),
      readJson<HandbookStart>(CONTENT_FILES.start),
    ]);
    return { template, start, stylesheet: await read(stylesheetOf(template)) };
  };

  const drawPage = async () => {
    try {
      fixed ??= readFixed();
      const [{ template, stylesheet, start }, draw, loaded] = await Promise.all([
        fixed,
        deps.draw(),
        deps.loadStore(),
      ]);
      const screen = await draw({
        start,
        loaded,
        readBody: (slug) => readJson<PageBody>(pageFile(builtPage(start, slug))),
        prefersDark: deps.prefersDark(),
        viewportWidth: deps.viewportWidth(),
      });
      return openingHtml(template, screen, stylesheet);
    } catch (error) {
      fixed = null;
      deps.onError(error);
      return null;
    }
  };

  let prepared: Promise<string | null> | null = null;
  return {
    // A page prepared for a window that closed before asking is not the next window's.
    prepare: () => void (prepared = drawPage()),
    page: () => {
      const page = prepared ?? drawPage();
      prepared = null;
      return page;
    },
  };
}
