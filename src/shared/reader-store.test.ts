import { describe, expect, it } from 'vitest';
import {
  defaultStore,
  parseStore,
  serializeStore,
  STORE_LIMITS,
  StoreFormatError,
  validateStore,
  type ReaderStore,
} from './reader-store';
import { largestStore, storeAtTheCap } from './reader-store.fixture';

const withSettings = (settings: Partial<ReaderStore['settings']>): unknown => ({
  ...defaultStore(),
  settings: { ...defaultStore().settings, ...settings },
});

const problem = (value: unknown) => {
  try {
    validateStore(value);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(StoreFormatError);
    return (error as Error).message;
  }
};

describe('the reader store schema', () => {
  it('accepts what the reader writes, and round-trips it', () => {
    const store = defaultStore();
    store.settings = { theme: 'dark', fontScale: 130, region: 'UK', lastRoute: '#/page/a', lastScroll: 12.5 };
    store.bookmarks.push({ slug: 'a', anchor: '', label: 'A', created: '2026-01-01T00:00:00.000Z' });
    store.recent.push({ slug: 'a', visited: '2026-01-01T00:00:00.000Z' });
    expect(parseStore(serializeStore(store))).toEqual(store);
  });

  it('keeps text size to the steps the display settings offer (80 to 200 in tens)', () => {
    expect(problem(withSettings({ fontScale: 80 }))).toBeNull();
    expect(problem(withSettings({ fontScale: 200 }))).toBeNull();
    expect(problem(withSettings({ fontScale: 70 }))).toMatch(/^settings\.fontScale: /);
    expect(problem(withSettings({ fontScale: 210 }))).toMatch(/^settings\.fontScale: /);
    expect(problem(withSettings({ fontScale: 105 }))).toMatch(/^settings\.fontScale: /);
    expect(problem(withSettings({ fontScale: Number.NaN }))).toMatch(/^settings\.fontScale: /);
  });

  it('remembers at most 12 recent pages, and refuses unknown fields, themes and long regions', () => {
    const recent = Array.from({ length: STORE_LIMITS.recent + 1 }, (_, i) => ({
      slug: `p${i}`,
      visited: '',
    }));
    expect(problem({ ...defaultStore(), recent: recent.slice(1) })).toBeNull();
    expect(problem({ ...defaultStore(), recent })).toMatch(/^recent: /);
    expect(problem({ ...defaultStore(), extra: 1 })).toMatch(/extra/);
    expect(problem(withSettings({ theme: 'neon' as never }))).toMatch(/^settings\.theme: /);
    expect(problem(withSettings({ region: 'X'.repeat(21) }))).toMatch(/^settings\.region: /);
    expect(problem(withSettings({ lastScroll: -1 }))).toMatch(/^settings\.lastScroll: /);
    expect(problem({ ...defaultStore(), version: 2 })).toMatch(/^version: /);
  });

  it('caps the whole store at 256 KB', () => {
    const largest = largestStore();
    // Within one bookmark of the cap.
    expect(new TextEncoder().encode(serializeStore(largest)).length).toBeGreaterThan(
      STORE_LIMITS.bytes - 1000,
    );
    expect(problem(largestStore(1))).toMatch(/larger than 256 KB/);
    expect(() => serializeStore(largestStore(1))).toThrow(StoreFormatError);
  });

  it('keeps a store of exactly 256 KB, whether checked, saved or read back', () => {
    const store = storeAtTheCap();
    const text = serializeStore(store);
    expect(new TextEncoder().encode(text).length).toBe(STORE_LIMITS.bytes);
    expect(text.length).toBe(STORE_LIMITS.bytes);
    expect(validateStore(store)).toEqual(store);
    expect(parseStore(text)).toEqual(store);
  });

  it('starts a new reader on the system theme, normal text size, no region and the first page', () => {
    expect(defaultStore()).toEqual({
      version: 1,
      settings: { theme: 'system', fontScale: 100, region: '', lastRoute: '', lastScroll: 0 },
      bookmarks: [],
      recent: [],
    });
  });

  it('refuses a saved file over the cap before parsing it, and reports bad JSON', () => {
    expect(() => parseStore(`${' '.repeat(STORE_LIMITS.bytes)}{}`)).toThrow('the saved file is too large');
    expect(() => parseStore('{"version":1,')).toThrow('the saved file is not valid JSON');
  });
});
