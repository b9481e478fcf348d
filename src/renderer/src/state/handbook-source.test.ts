import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HandbookData } from '@shared/handbook-data';
import { HandbookSource } from './handbook-source.svelte';

const page = (slug: string, html = '') => ({
  slug,
  title: slug,
  summary: '',
  keywords: [],
  reviewed: '2026-11-25',
  sources: [],
  handout: false,
  headings: [],
  html,
});
const start = (): HandbookData =>
  ({ meta: {}, toc: [], glossary: [], pages: [page('a', '<p>A</p>'), page('b')] }) as unknown as HandbookData;

function serve(files: Record<string, unknown>) {
  const fetch = vi.fn(async (url: string) => {
    const body = files[url];
    return { ok: body !== undefined, status: body ? 200 : 404, json: async () => body } as Response;
  });
  vi.stubGlobal('location', { protocol: 'http:' });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('HandbookSource', () => {
  it('fetches a missing page body once, however often it is asked for', async () => {
    const headings = [{ id: 'h', text: 'H', depth: 2 }];
    const fetch = serve({
      'content/pages/b.json': { html: '<p>B</p>', headings, sources: [], keywords: [] },
    });
    const source = new HandbookSource(start(), false);
    await Promise.all([source.ensurePage('b'), source.ensurePage('b'), source.ensurePage('a')]);
    expect(source.data.pages.map((p) => p.html)).toEqual(['<p>A</p>', '<p>B</p>']);
    expect(source.data.pages[1]!.headings).toEqual(headings);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('swaps in the whole handbook once every body has loaded', async () => {
    const full = { ...start(), pages: [page('a', '<p>A</p>'), page('b', '<p>B</p>')] };
    const fetch = serve({ 'content/handbook.json': full });
    const source = new HandbookSource(start(), false);
    await Promise.all([source.loadAll(), source.loadAll()]);
    expect(source.complete).toBe(true);
    expect(source.data).toEqual(full);
    await source.ensurePage('b');
    await source.loadAll();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('tries a page again after a failed load, rather than failing for good', async () => {
    const fetch = serve({});
    const source = new HandbookSource(start(), false);
    await expect(source.ensurePage('b')).rejects.toThrow(/could not load content\/pages\/b.json/);
    await expect(source.ensurePage('b')).rejects.toThrow();
    expect(fetch).toHaveBeenCalledTimes(2);
    await expect(source.loadAll()).rejects.toThrow();
    expect(source.complete).toBe(false);
  });
});
