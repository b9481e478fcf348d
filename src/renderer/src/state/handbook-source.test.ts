import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HandbookData } from '@shared/handbook-data';
import { HandbookSource } from './handbook-source.svelte';
import { fakeDataScripts } from '../content/fake-data-scripts';

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

const serve = (files: Record<string, unknown>) => fakeDataScripts((path) => files[path]);

afterEach(() => vi.unstubAllGlobals());

describe('HandbookSource', () => {
  it('loads a missing page body once, however often it is asked for', async () => {
    const headings = [{ id: 'h', text: 'H', depth: 2 }];
    const requested = serve({
      'content/pages/b.js': { html: '<p>B</p>', headings, sources: [], keywords: [] },
    });
    const source = new HandbookSource(start(), false);
    await Promise.all([source.ensurePage('b'), source.ensurePage('b'), source.ensurePage('a')]);
    expect(source.data.pages.map((p) => p.html)).toEqual(['<p>A</p>', '<p>B</p>']);
    expect(source.data.pages[1]!.headings).toEqual(headings);
    expect(requested).toHaveLength(1);
  });

  it('swaps in the whole handbook once every body has loaded', async () => {
    const full = { ...start(), pages: [page('a', '<p>A</p>'), page('b', '<p>B</p>')] };
    const requested = serve({ 'content/handbook.js': full });
    const source = new HandbookSource(start(), false);
    await Promise.all([source.loadAll(), source.loadAll()]);
    expect(source.complete).toBe(true);
    expect(source.data).toEqual(full);
    await source.ensurePage('b');
    await source.loadAll();
    expect(requested).toHaveLength(1);
  });

  it('tries a page again after a failed load, rather than failing for good', async () => {
    const requested = serve({});
    const source = new HandbookSource(start(), false);
    await expect(source.ensurePage('b')).rejects.toThrow(/could not load content\/pages\/b.js/);
    await expect(source.ensurePage('b')).rejects.toThrow();
    expect(requested).toHaveLength(2);
    await expect(source.loadAll()).rejects.toThrow();
    expect(source.complete).toBe(false);
  });
});
