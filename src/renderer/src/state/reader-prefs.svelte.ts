import type { HandbookBridge, ReaderStore, StoreLoadResult, ThemeChoice } from '@shared/bridge';
import { defaultStore, FONT_SCALE, STORE_LIMITS } from '@shared/reader-store';
import type { ClinicDetails } from '@shared/handout-extras';
import { nowIso } from '../lib/format-date';

/** Scrolling saves often; waiting a moment keeps that to one write. Other changes save at once. */
const POSITION_SAVE_DELAY_MS = 400;

/**
 * Everything the reader remembers about a person (settings, bookmarks, recent pages), saved
 * through the bridge. Nothing is saved until the saved data has been loaded: writing defaults
 * over a store we have not read yet would lose the person's bookmarks.
 */
export class ReaderPrefs {
  store = $state<ReaderStore>(defaultStore());
  /** A calm message to show once, e.g. when saved data could not be read. */
  notice = $state<string | null>(null);
  #canSave = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly bridge: HandbookBridge) {
    globalThis.addEventListener?.('pagehide', () => this.flush());
  }

  async load() {
    try {
      this.accept(await this.bridge.loadStore());
    } catch {
      // Stay read-only: the saved data may be fine, and saving now would overwrite it.
      this.notice =
        'Your saved bookmarks and settings could not be loaded. Changes you make now will not be saved.';
    }
  }

  /** Takes what loading the store found: the person's data, and a notice if it was unreadable. */
  accept({ store, recovered }: StoreLoadResult) {
    this.store = store;
    this.#canSave = true;
    if (recovered) {
      const keptSome = JSON.stringify(store) !== JSON.stringify(defaultStore());
      this.notice =
        (keptSome
          ? `Some of your saved bookmarks and settings could not be read (${recovered.reason}). ` +
            `The handbook kept the rest and uses its defaults for what could not be read.`
          : `Your saved bookmarks and settings could not be read (${recovered.reason}), so the handbook ` +
            `started with its defaults.`) +
        (recovered.keptAs ? ' The old copy has been kept in case it is needed.' : '');
    }
  }

  /** Saves now; used for changes a person would be upset to lose. */
  private save() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#canSave) return;
    this.bridge.saveStore($state.snapshot(this.store)).catch(() => {
      this.notice = 'Your latest settings could not be saved. They will apply until you close the handbook.';
    });
  }

  private saveSoon() {
    if (!this.#canSave) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.save(), POSITION_SAVE_DELAY_MS);
  }

  /** Writes any pending change, e.g. when the page is being hidden or closed. */
  flush() {
    if (this.#timer !== undefined) this.save();
  }

  get settings() {
    return this.store.settings;
  }

  setTheme(theme: ThemeChoice) {
    this.store.settings.theme = theme;
    this.save();
  }

  /** Steps the text size up or down; 0 resets it. */
  stepFontScale(direction: -1 | 0 | 1) {
    const current = this.store.settings.fontScale;
    const next = direction === 0 ? FONT_SCALE.default : current + direction * FONT_SCALE.step;
    this.store.settings.fontScale = Math.min(FONT_SCALE.max, Math.max(FONT_SCALE.min, next));
    this.save();
  }

  setRegion(code: string) {
    this.store.settings.region = code;
    this.save();
  }

  /** The clinic details printed on every handout (checked by the print dialog); null clears them. */
  setClinic(clinic: ClinicDetails | null) {
    if (JSON.stringify(clinic ?? undefined) === JSON.stringify(this.store.settings.clinic)) return;
    if (clinic) this.store.settings.clinic = { ...clinic };
    else delete this.store.settings.clinic;
    this.save();
  }

  rememberPosition(route: string, scroll: number) {
    // Longer routes are not worth remembering, and the store refuses them.
    if (route.length > STORE_LIMITS.route) return;
    this.store.settings.lastRoute = route;
    this.store.settings.lastScroll = Math.max(0, Math.round(scroll));
    this.saveSoon();
  }

  isBookmarked(slug: string, anchor = ''): boolean {
    return this.store.bookmarks.some((b) => b.slug === slug && b.anchor === anchor);
  }

  toggleBookmark(slug: string, anchor: string, label: string) {
    if (this.isBookmarked(slug, anchor)) this.removeBookmark(slug, anchor);
    else if (this.store.bookmarks.length >= STORE_LIMITS.bookmarks) {
      this.notice = `The handbook keeps up to ${STORE_LIMITS.bookmarks} bookmarks. Remove one to add another.`;
    } else {
      this.store.bookmarks.push({
        slug,
        anchor,
        label: label.slice(0, STORE_LIMITS.label),
        created: nowIso(),
      });
      this.save();
    }
  }

  removeBookmark(slug: string, anchor: string) {
    this.store.bookmarks = this.store.bookmarks.filter((b) => !(b.slug === slug && b.anchor === anchor));
    this.save();
  }

  visit(slug: string) {
    const rest = this.store.recent.filter((r) => r.slug !== slug);
    this.store.recent = [{ slug, visited: nowIso() }, ...rest].slice(0, STORE_LIMITS.recent);
    this.saveSoon();
  }
}
