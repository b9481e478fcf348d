import { describe, expect, it, vi } from 'vitest';
import type { HandbookBridge, ReaderStore, StoreLoadResult } from '@shared/bridge';
import { defaultStore, STORE_LIMITS } from '@shared/reader-store';
import { createBrowserBridge } from '../platform/browser-bridge';
import { ReaderPrefs } from './reader-prefs.svelte';

function fakeBridge(load: () => Promise<StoreLoadResult>) {
  const saved: ReaderStore[] = [];
  const bridge = {
    loadStore: vi.fn(load),
    saveStore: vi.fn(async (store: ReaderStore) => void saved.push(store)),
  } as unknown as HandbookBridge;
  return { bridge, saved };
}

const withBookmark = (): ReaderStore => {
  const store = defaultStore();
  store.bookmarks.push({
    slug: 'self-care',
    anchor: '',
    label: 'Self-care',
    created: '2026-01-01T00:00:00Z',
  });
  return store;
};

describe('ReaderPrefs', () => {
  it('saves the clinic details once, and clears them, only when they change', async () => {
    const { bridge, saved } = fakeBridge(async () => ({ store: defaultStore(), recovered: null }));
    const prefs = new ReaderPrefs(bridge);
    await prefs.load();
    const clinic = { name: 'Riverside Surgery', phone: '01632 960000' };
    prefs.setClinic(clinic);
    prefs.setClinic({ ...clinic });
    expect(saved.map((s) => s.settings.clinic)).toEqual([clinic]);
    prefs.setClinic(null);
    expect(saved).toHaveLength(2);
    expect('clinic' in saved[1]!.settings).toBe(false);
    prefs.setClinic(null);
    expect(saved).toHaveLength(2);
  });

  it('saves nothing before the saved store has been read', async () => {
    let finish!: () => void;
    const { bridge, saved } = fakeBridge(
      () => new Promise((resolve) => (finish = () => resolve({ store: withBookmark(), recovered: null }))),
    );
    const prefs = new ReaderPrefs(bridge);
    const loading = prefs.load();
    prefs.setTheme('dark');
    prefs.flush();
    expect(saved).toEqual([]);
    finish();
    await loading;
    prefs.setTheme('dark');
    expect(saved).toHaveLength(1);
    expect(saved[0]!.bookmarks).toHaveLength(1);
  });

  it('stays read-only when the store cannot be loaded, and says so', async () => {
    const { bridge, saved } = fakeBridge(() => Promise.reject(new Error('disk gone')));
    const prefs = new ReaderPrefs(bridge);
    await prefs.load();
    prefs.toggleBookmark('self-care', '', 'Self-care');
    prefs.flush();
    expect(saved).toEqual([]);
    expect(prefs.notice).toMatch(/will not be saved/);
  });

  it('saves bookmarks at once and scroll positions after a pause', async () => {
    vi.useFakeTimers();
    try {
      const { bridge, saved } = fakeBridge(async () => ({ store: defaultStore(), recovered: null }));
      const prefs = new ReaderPrefs(bridge);
      await prefs.load();
      prefs.toggleBookmark('urgent-help', 'emergency', 'Urgent help — Emergency');
      expect(saved).toHaveLength(1);
      prefs.rememberPosition('#/page/self-care', 120);
      prefs.rememberPosition('#/page/self-care', 480);
      expect(saved).toHaveLength(1);
      vi.advanceTimersByTime(1000);
      expect(saved).toHaveLength(2);
      expect(saved[1]!.settings.lastScroll).toBe(480);
      prefs.rememberPosition(`#/page/${'x'.repeat(500)}`, 0);
      vi.advanceTimersByTime(1000);
      expect(saved).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves the removal of a bookmark: reloaded from what was saved, it is gone', async () => {
    // The web edition's real bridge over an in-memory storage, as after a restart.
    const saved = new Map<string, string>();
    const host = {
      localStorage: {
        getItem: (k: string) => saved.get(k) ?? null,
        setItem: (k: string, v: string) => void saved.set(k, v),
      },
      print() {},
      open() {},
    };
    const start = async () => {
      const prefs = new ReaderPrefs(createBrowserBridge(host, { appVersion: '1', contentEdition: '1' }));
      await prefs.load();
      return prefs;
    };
    const first = await start();
    first.toggleBookmark('self-care', 'heat', 'Self-care — Heat');
    first.toggleBookmark('urgent-help', '', 'Urgent help');
    await vi.waitFor(async () => expect((await start()).store.bookmarks).toHaveLength(2));
    first.removeBookmark('self-care', 'heat');
    await vi.waitFor(async () =>
      expect((await start()).store.bookmarks.map((b) => b.slug)).toEqual(['urgent-help']),
    );
    first.toggleBookmark('urgent-help', '', 'Urgent help');
    await vi.waitFor(async () => expect((await start()).store.bookmarks).toEqual([]));
  });

  it('keeps bookmarks within the store limit and says why a new one was not added', async () => {
    const store = defaultStore();
    for (let i = 0; i < STORE_LIMITS.bookmarks; i++)
      store.bookmarks.push({ slug: `p${i}`, anchor: '', label: 'P', created: '' });
    const { bridge, saved } = fakeBridge(async () => ({ store, recovered: null }));
    const prefs = new ReaderPrefs(bridge);
    await prefs.load();
    prefs.toggleBookmark('one-more', '', 'One more');
    expect(prefs.store.bookmarks).toHaveLength(STORE_LIMITS.bookmarks);
    expect(saved).toEqual([]);
    expect(prefs.notice).toMatch(/up to 1000 bookmarks/);
  });

  it('says which part was kept when only part of the saved store could be read', async () => {
    const recovered = { reason: 'settings.fontScale: Invalid value', keptAs: 'old-copy' };
    const partial = new ReaderPrefs(fakeBridge(async () => ({ store: withBookmark(), recovered })).bridge);
    await partial.load();
    expect(partial.store.bookmarks).toHaveLength(1);
    expect(partial.notice).toMatch(/^Some of your saved bookmarks.*kept the rest.*old copy has been kept/);
    const none = new ReaderPrefs(fakeBridge(async () => ({ store: defaultStore(), recovered })).bridge);
    await none.load();
    expect(none.notice).toMatch(/could not be read .*started with its defaults/);
  });
});
