import { describe, expect, it } from 'vitest';
import { storeAtTheCap } from './reader-store.fixture';
import { defaultStore, salvageStore, STORE_LIMITS, type Bookmark } from './reader-store';

const bookmark = (slug: string): Bookmark => ({
  slug,
  anchor: '',
  label: slug,
  created: '2026-01-01T00:00:00Z',
});

const saved = (value: unknown) => JSON.stringify(value);

describe('salvageStore: what is kept of saved data the schema refused', () => {
  it('resets only the setting outside the limits and keeps the bookmarks and other settings', () => {
    const store = defaultStore();
    store.bookmarks.push(bookmark('self-care'), bookmark('urgent-help'));
    store.recent.push({ slug: 'self-care', visited: '2026-01-02T00:00:00Z' });
    const text = saved({ ...store, settings: { ...store.settings, theme: 'dark', fontScale: 300 } });
    expect(salvageStore(text)).toEqual({ ...store, settings: { ...store.settings, theme: 'dark' } });
  });

  it('drops a malformed bookmark and keeps the valid ones, in order', () => {
    const text = saved({
      ...defaultStore(),
      bookmarks: [bookmark('a'), { slug: 1 }, bookmark('b'), 'nonsense'],
    });
    expect(salvageStore(text)?.bookmarks.map((b) => b.slug)).toEqual(['a', 'b']);
  });

  it('keeps no more items than the limits allow', () => {
    const recent = Array.from({ length: STORE_LIMITS.recent + 5 }, (_, i) => ({
      slug: `page-${i}`,
      visited: '2026-01-02T00:00:00Z',
    }));
    expect(salvageStore(saved({ ...defaultStore(), recent }))?.recent).toHaveLength(STORE_LIMITS.recent);
  });

  it('reads settings from a store of another version or with unknown fields', () => {
    const text = saved({ version: 7, settings: { theme: 'contrast', colour: 'red' }, extra: true });
    expect(salvageStore(text)).toEqual({
      ...defaultStore(),
      settings: { ...defaultStore().settings, theme: 'contrast' },
    });
  });

  it.each([
    ['not JSON', '{"version":1, broken'],
    ['an array', '[1,2]'],
    ['a string', '"store"'],
    ['null', 'null'],
    ['too large', ' '.repeat(STORE_LIMITS.bytes + 1)],
    // Valid JSON, and what it holds would fit: still too large to be a file the reader wrote.
    ['too large, though it holds a small store', `${' '.repeat(STORE_LIMITS.bytes)}${saved(defaultStore())}`],
  ])('is null for text that is not a store at all (%s)', (_name, text) => {
    expect(salvageStore(text)).toBeNull();
  });

  it('keeps a store of exactly the size cap whole', () => {
    const store = storeAtTheCap();
    expect(salvageStore(saved(store))).toEqual(store);
  });
});
