import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { HandbookData } from '@shared/handbook-data';
import { defaultStore } from '@shared/reader-store';
import type { HandbookBridge } from '@shared/bridge';
import { indexHandbook } from '../lib/handbook-index';
import { ReaderPrefs } from '../state/reader-prefs.svelte';
import TocSidebar from './TocSidebar.svelte';
import { testPage } from './test-page';

/** A handbook of `sections` sections of `perSection` pages each. */
function handbook(sections: number, perSection: number): HandbookData {
  const toc = Array.from({ length: sections }, (_, s) => ({
    title: `Section ${s + 1}`,
    pages: Array.from({ length: perSection }, (_, p) => `page-${s + 1}-${p + 1}`),
  }));
  const pages = toc.flatMap((section) => section.pages.map((slug) => testPage(slug)));
  return { meta: {} as HandbookData['meta'], toc, pages, glossary: [], signs: [] };
}

const bridge = {
  loadStore: async () => ({ store: defaultStore(), recovered: null }),
} as unknown as HandbookBridge;

let app: Record<string, unknown> | undefined;
afterEach(() => {
  if (app) unmount(app);
  document.body.innerHTML = '';
});

/** Draws at once, as if the article were already on screen. */
const articleShown = (draw: () => void) => (draw(), () => {});

function show(data: HandbookData, slug: string, afterArticle = articleShown) {
  const index = indexHandbook(data);
  app = mount(TocSidebar, {
    target: document.body,
    props: {
      data,
      index,
      prefs: new ReaderPrefs(bridge),
      page: index.bySlug.get(slug),
      onNavigate: () => {},
      onClose: () => {},
      afterArticle,
    },
  });
  flushSync();
  const contents = document.querySelector('nav[aria-label="Contents"]')!;
  return {
    links: () => [...contents.querySelectorAll('a')].map((a) => a.textContent),
    section: (title: string) =>
      [...contents.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
        b.textContent?.includes(title),
      )!,
  };
}

describe('TocSidebar', () => {
  it('opens every section of a short table of contents', () => {
    const toc = show(handbook(3, 4), 'page-2-1');
    expect(toc.links()).toHaveLength(12);
    expect(toc.section('Section 1').getAttribute('aria-expanded')).toBe('true');
  });

  it('opens only the current section of a long one, and draws no links for the others', () => {
    const toc = show(handbook(20, 100), 'page-7-50');
    expect(toc.links()).toHaveLength(100);
    expect(toc.links()[0]).toBe('Title of page-7-1');
    expect(toc.section('Section 7').getAttribute('aria-expanded')).toBe('true');
    const closed = toc.section('Section 8');
    expect(closed.getAttribute('aria-expanded')).toBe('false');
    // Its list is there (aria-controls points at it) but empty and hidden.
    const list = document.getElementById(closed.getAttribute('aria-controls')!)!;
    expect(list.hidden).toBe(true);
    expect(list.children).toHaveLength(0);
  });

  it('draws its lists once the article is on screen, its headings and section buttons at once', () => {
    for (const [data, slug, section, links] of [
      [handbook(3, 4), 'page-2-1', 'Section 2', 12],
      [handbook(20, 100), 'page-7-50', 'Section 7', 100],
    ] as const) {
      const waiting: (() => void)[] = [];
      const toc = show(data, slug, (draw) => (waiting.push(draw), () => {}));
      expect(toc.links()).toHaveLength(0);
      expect(document.querySelector('#bookmarks-heading')).toBeNull();
      const contents = document.querySelector('nav[aria-label="Contents"]')!;
      expect(contents.getAttribute('aria-busy')).toBe('true');
      expect(toc.section(section).getAttribute('aria-expanded')).toBe('true');
      expect(waiting).toHaveLength(1);
      waiting[0]!();
      flushSync();
      expect(toc.links()).toHaveLength(links);
      expect(document.querySelector('#bookmarks-heading')?.textContent).toBe('Bookmarks');
      expect(contents.getAttribute('aria-busy')).toBe('false');
      unmount(app!);
      app = undefined;
      document.body.innerHTML = '';
    }
  });

  it('opens and closes a section of a long table of contents when asked', () => {
    const toc = show(handbook(20, 100), 'page-7-50');
    toc.section('Section 8').click();
    flushSync();
    expect(toc.section('Section 8').getAttribute('aria-expanded')).toBe('true');
    expect(toc.links()).toHaveLength(200);
    toc.section('Section 7').click();
    flushSync();
    expect(toc.links()).toHaveLength(100);
    expect(toc.links()[0]).toBe('Title of page-8-1');
  });
});
