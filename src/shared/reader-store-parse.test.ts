import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  defaultStore,
  parseStore,
  RECENT_LIMIT,
  StoreFormatError,
  validateStore,
} from './reader-store';

/** Saved data as the reader writes it, with `change` applied to a copy. */
function saved(
  change: (raw: Record<string, unknown> & { settings: Record<string, unknown> }) => void = () => {},
) {
  const raw = {
    version: 1,
    settings: { theme: 'dark', fontScale: 120, region: 'UK', lastRoute: '#/page/self-care', lastScroll: 40 },
    bookmarks: [
      { slug: 'self-care', anchor: 'heat', label: 'Self-care — Heat', created: '2026-01-31T09:15:00Z' },
    ],
    recent: [{ slug: 'self-care', visited: '2026-01-31T09:15:00Z' }],
  };
  change(raw);
  return JSON.stringify(raw);
}

const settingsOf = (change: (s: Record<string, unknown>) => void) =>
  parseStore(saved((raw) => change(raw.settings))).settings;

function refused(text: string, message: string) {
  expect(() => parseStore(text)).toThrow(StoreFormatError);
  expect(() => parseStore(text)).toThrow(message);
}

describe('the defaults', () => {
  it('are the system theme at 100%, no region, no place, no bookmarks', () => {
    expect(defaultSettings()).toEqual({
      theme: 'system',
      fontScale: 100,
      region: '',
      lastRoute: '',
      lastScroll: 0,
    });
    expect(defaultStore()).toEqual({ version: 1, settings: defaultSettings(), bookmarks: [], recent: [] });
  });
});

describe('parseStore reads back what the reader saved', () => {
  it('keeps every field of a good store', () => {
    expect(parseStore(saved())).toEqual(JSON.parse(saved()));
  });

  it('refuses what is not a store we wrote, saying why', () => {
    refused('{"version":1, broken', 'the saved file is not valid JSON');
    for (const text of ['null', '[]', '"store"', '3']) refused(text, 'the saved data is not an object');
    refused(
      saved((raw) => (raw.version = 2)),
      'unknown store version 2',
    );
    refused(
      saved((raw) => delete raw.version),
      'unknown store version undefined',
    );
    refused(
      saved((raw) => delete raw.bookmarks),
      'bookmarks or recent pages are missing',
    );
    refused(
      saved((raw) => (raw.recent = {})),
      'bookmarks or recent pages are missing',
    );
    refused(
      saved((raw) => delete (raw as Record<string, unknown>).settings),
      'settings are missing',
    );
    refused(
      saved((raw) => (raw.settings = [] as never)),
      'settings are missing',
    );
  });

  it('repairs a setting out of range rather than losing the bookmarks', () => {
    expect(settingsOf((s) => (s.theme = 'neon')).theme).toBe('system');
    for (const theme of ['system', 'light', 'dark', 'contrast'])
      expect(settingsOf((s) => (s.theme = theme)).theme).toBe(theme);
    expect(settingsOf((s) => (s.fontScale = '120')).fontScale).toBe(100);
    expect(settingsOf((s) => (s.fontScale = 123)).fontScale).toBe(120);
    expect(settingsOf((s) => (s.fontScale = 125)).fontScale).toBe(130);
    expect(settingsOf((s) => (s.fontScale = 10)).fontScale).toBe(80);
    expect(settingsOf((s) => (s.fontScale = 999)).fontScale).toBe(200);
    expect(settingsOf((s) => (s.region = 'A'.repeat(20))).region).toBe('A'.repeat(20));
    expect(settingsOf((s) => (s.region = 'A'.repeat(21))).region).toBe('');
    expect(settingsOf((s) => (s.region = 7)).region).toBe('');
    expect(settingsOf((s) => (s.lastRoute = '#'.repeat(500))).lastRoute).toBe('#'.repeat(500));
    expect(settingsOf((s) => (s.lastRoute = '#'.repeat(501))).lastRoute).toBe('');
    expect(settingsOf((s) => (s.lastScroll = 0)).lastScroll).toBe(0);
    expect(settingsOf((s) => (s.lastScroll = 12.5)).lastScroll).toBe(12.5);
    expect(settingsOf((s) => (s.lastScroll = -1)).lastScroll).toBe(0);
    expect(settingsOf((s) => (s.lastScroll = '40')).lastScroll).toBe(0);
  });

  it('treats numbers too large for a double (JSON 1e400 reads as Infinity) as unset', () => {
    const text = saved()
      .replace('"fontScale":120', '"fontScale":1e400')
      .replace('"lastScroll":40', '"lastScroll":1e400');
    expect(parseStore(text).settings).toMatchObject({ fontScale: 100, lastScroll: 0 });
  });

  it('refuses a malformed bookmark or recent page, at each field’s length limit', () => {
    const bookmark = (field: string, value: unknown) =>
      saved((raw) => ((raw.bookmarks as Record<string, unknown>[])[0]![field] = value));
    const recent = (field: string, value: unknown) =>
      saved((raw) => ((raw.recent as Record<string, unknown>[])[0]![field] = value));
    for (const [field, max] of [
      ['slug', 200],
      ['anchor', 200],
      ['label', 500],
      ['created', 40],
    ] as const) {
      expect(() => parseStore(bookmark(field, 'x'.repeat(max)))).not.toThrow();
      refused(bookmark(field, 'x'.repeat(max + 1)), 'a bookmark is malformed');
      refused(bookmark(field, 1), 'a bookmark is malformed');
    }
    refused(
      saved((raw) => (raw.bookmarks = ['self-care'])),
      'a bookmark is malformed',
    );
    for (const [field, max] of [
      ['slug', 200],
      ['visited', 40],
    ] as const) {
      expect(() => parseStore(recent(field, 'x'.repeat(max)))).not.toThrow();
      refused(recent(field, 'x'.repeat(max + 1)), 'a recent page is malformed');
    }
    refused(
      saved((raw) => (raw.recent = [null])),
      'a recent page is malformed',
    );
  });

  it('keeps only the known fields, and the most recent pages up to the limit', () => {
    const store = parseStore(
      saved((raw) => {
        (raw.bookmarks as Record<string, unknown>[])[0]!.extra = 'x';
        (raw.recent as Record<string, unknown>[])[0]!.extra = 'x';
        raw.recent = Array.from({ length: RECENT_LIMIT + 3 }, (_, i) => ({
          slug: `p${i}`,
          visited: 'today',
        }));
      }),
    );
    expect(store.bookmarks[0]).toEqual({
      slug: 'self-care',
      anchor: 'heat',
      label: 'Self-care — Heat',
      created: '2026-01-31T09:15:00Z',
    });
    expect(store.recent.map((r) => r.slug)).toEqual(Array.from({ length: RECENT_LIMIT }, (_, i) => `p${i}`));
    expect(RECENT_LIMIT).toBe(12);
  });
});

describe('validateStore checks a store on its way in', () => {
  it('passes a good store and refuses anything else', () => {
    expect(validateStore(JSON.parse(saved()))).toEqual(JSON.parse(saved()));
    expect(() => validateStore(undefined)).toThrow('the saved data is not an object');
    expect(() => validateStore({ version: 1 })).toThrow('bookmarks or recent pages are missing');
  });
});
