import { describe, expect, it, vi } from 'vitest';
import type { HandbookBridge, ReaderStore } from '@shared/bridge';
import { defaultStore } from '@shared/reader-store';
import { ReaderPrefs } from './reader-prefs.svelte';

function fakeBridge(load: () => Promise<{ store: ReaderStore; recovered: null }>) {
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
});
