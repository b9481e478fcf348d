import type { Bookmark, ReaderStore, RecentPage, Settings, ThemeChoice } from './bridge';

/** How many recent pages the reader remembers. */
export const RECENT_LIMIT = 12;
export const FONT_SCALE = { min: 80, max: 200, step: 10, default: 100 } as const;
const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark', 'contrast'];

export function defaultSettings(): Settings {
  return { theme: 'system', fontScale: FONT_SCALE.default, region: '', lastRoute: '', lastScroll: 0 };
}

export function defaultStore(): ReaderStore {
  return { version: 1, settings: defaultSettings(), bookmarks: [], recent: [] };
}

export class StoreFormatError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown, max = 500): value is string {
  return typeof value === 'string' && value.length <= max;
}

function parseSettings(value: unknown): Settings {
  if (!isRecord(value)) throw new StoreFormatError('settings are missing');
  const d = defaultSettings();
  const theme = THEMES.includes(value.theme as ThemeChoice) ? (value.theme as ThemeChoice) : d.theme;
  const scale =
    typeof value.fontScale === 'number' && Number.isFinite(value.fontScale) ? value.fontScale : d.fontScale;
  return {
    theme,
    fontScale: Math.min(FONT_SCALE.max, Math.max(FONT_SCALE.min, Math.round(scale / 10) * 10)),
    region: str(value.region, 20) ? value.region : d.region,
    lastRoute: str(value.lastRoute) ? value.lastRoute : d.lastRoute,
    lastScroll:
      typeof value.lastScroll === 'number' && Number.isFinite(value.lastScroll) && value.lastScroll >= 0
        ? value.lastScroll
        : 0,
  };
}

function parseBookmark(value: unknown): Bookmark {
  if (
    !isRecord(value) ||
    !str(value.slug, 200) ||
    !str(value.anchor, 200) ||
    !str(value.label) ||
    !str(value.created, 40)
  ) {
    throw new StoreFormatError('a bookmark is malformed');
  }
  return { slug: value.slug, anchor: value.anchor, label: value.label, created: value.created };
}

function parseRecent(value: unknown): RecentPage {
  if (!isRecord(value) || !str(value.slug, 200) || !str(value.visited, 40)) {
    throw new StoreFormatError('a recent page is malformed');
  }
  return { slug: value.slug, visited: value.visited };
}

/**
 * Checks saved data strictly: anything that is not a store we wrote is reported, so the
 * caller can keep the bad copy aside and tell the person, rather than silently dropping it.
 */
export function parseStore(text: string): ReaderStore {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new StoreFormatError('the saved file is not valid JSON');
  }
  if (!isRecord(raw)) throw new StoreFormatError('the saved data is not an object');
  if (raw.version !== 1) throw new StoreFormatError(`unknown store version ${String(raw.version)}`);
  if (!Array.isArray(raw.bookmarks) || !Array.isArray(raw.recent)) {
    throw new StoreFormatError('bookmarks or recent pages are missing');
  }
  return {
    version: 1,
    settings: parseSettings(raw.settings),
    bookmarks: raw.bookmarks.map(parseBookmark),
    recent: raw.recent.map(parseRecent).slice(0, RECENT_LIMIT),
  };
}

/** Checks a store on its way in (from the renderer, over IPC); throws on anything unexpected. */
export function validateStore(value: unknown): ReaderStore {
  return parseStore(JSON.stringify(value ?? null));
}
