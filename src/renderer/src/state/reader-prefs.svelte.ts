import type { HandbookBridge, ReaderStore, ThemeChoice } from '@shared/bridge';
import { defaultStore, FONT_SCALE, RECENT_LIMIT } from '@shared/reader-store';
import { nowIso } from '../lib/format-date';

const SAVE_DELAY_MS = 300;

/**
 * Everything the reader remembers about a person (settings, bookmarks, recent pages), saved
 * through the bridge shortly after each change and once more when the page is hidden.
 */
export class ReaderPrefs {
  store = $state<ReaderStore>(defaultStore());
  /** A calm message to show once, e.g. when saved data could not be read. */
  notice = $state<string | null>(null);
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly bridge: HandbookBridge) {
    addEventListener('pagehide', () => this.flush());
  }

  async load() {
    try {
      const { store, recovered } = await this.bridge.loadStore();
      this.store = store;
      if (recovered) {
        this.notice =
          `Your saved bookmarks and settings could not be read (${recovered.reason}), so the handbook ` +
          `started with its defaults.` +
          (recovered.keptAs ? ' The old copy has been kept in case it is needed.' : '');
      }
    } catch {
      this.notice =
        'Your saved bookmarks and settings could not be loaded. The handbook started with its defaults.';
    }
  }

  private changed() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), SAVE_DELAY_MS);
  }

  flush() {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.bridge.saveStore($state.snapshot(this.store)).catch(() => {
      this.notice = 'Your latest settings could not be saved. They will apply until you close the handbook.';
    });
  }

  get settings() {
    return this.store.settings;
  }

  setTheme(theme: ThemeChoice) {
    this.store.settings.theme = theme;
    this.changed();
  }

  /** Steps the text size up or down; 0 resets it. */
  stepFontScale(direction: -1 | 0 | 1) {
    const current = this.store.settings.fontScale;
    const next = direction === 0 ? FONT_SCALE.default : current + direction * FONT_SCALE.step;
    this.store.settings.fontScale = Math.min(FONT_SCALE.max, Math.max(FONT_SCALE.min, next));
    this.changed();
  }

  setRegion(code: string) {
    this.store.settings.region = code;
    this.changed();
  }

  rememberPosition(route: string, scroll: number) {
    this.store.settings.lastRoute = route;
    this.store.settings.lastScroll = Math.max(0, Math.round(scroll));
    this.changed();
  }

  isBookmarked(slug: string, anchor = ''): boolean {
    return this.store.bookmarks.some((b) => b.slug === slug && b.anchor === anchor);
  }

  toggleBookmark(slug: string, anchor: string, label: string) {
    if (this.isBookmarked(slug, anchor)) this.removeBookmark(slug, anchor);
    else {
      this.store.bookmarks.push({ slug, anchor, label, created: nowIso() });
      this.changed();
    }
  }

  removeBookmark(slug: string, anchor: string) {
    this.store.bookmarks = this.store.bookmarks.filter((b) => !(b.slug === slug && b.anchor === anchor));
    this.changed();
  }

  visit(slug: string) {
    const rest = this.store.recent.filter((r) => r.slug !== slug);
    this.store.recent = [{ slug, visited: nowIso() }, ...rest].slice(0, RECENT_LIMIT);
    this.changed();
  }
}
