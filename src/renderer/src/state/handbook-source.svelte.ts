import type { HandbookData } from '@shared/handbook-data';
import { loadContent, loadPageBody } from '../content/load-content';

/**
 * The handbook as the reader has it so far. It starts with every page's entry (title, summary)
 * but only the opening page's body (text, headings, sources). Other bodies load when they are
 * needed: a page when it is opened or printed, all of them for the handout builder or the whole
 * book. A 2,000-page handbook's bodies are megabytes; loading them all at start would hold up
 * the reader (and the search index) for a second while nobody needs them.
 */
export class HandbookSource {
  data = $state.raw<HandbookData>() as HandbookData;
  /** True once every page body is present. */
  complete = $state(false);
  /** Pages whose last attempt to load failed; cleared when they are tried again. */
  failedPages = $state<Record<string, boolean>>({});
  /** The last attempt to load every body failed. */
  allFailed = $state(false);
  // Not reactive on purpose: it only stops the same data being fetched twice.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
  #pending = new Map<string, Promise<void>>();
  #all: Promise<void> | null = null;

  constructor(data: HandbookData, complete: boolean) {
    this.data = data;
    this.complete = complete;
  }

  /** Loads one page's body if it is still missing. */
  ensurePage(slug: string): Promise<void> {
    const page = this.data.pages.find((p) => p.slug === slug);
    if (this.complete || !page || page.html) return Promise.resolve();
    let pending = this.#pending.get(slug);
    if (!pending) {
      delete this.failedPages[slug];
      pending = loadPageBody(slug).then(
        (body) => {
          this.data = {
            ...this.data,
            pages: this.data.pages.map((p) => (p.slug === slug ? { ...p, ...body } : p)),
          };
        },
        (error: unknown) => {
          // A later attempt may succeed (e.g. a file being replaced by an update).
          this.#pending.delete(slug);
          this.failedPages[slug] = true;
          throw error;
        },
      );
      this.#pending.set(slug, pending);
    }
    return pending;
  }

  /** Loads every page body (one file), once. */
  loadAll(): Promise<void> {
    if (this.complete) return Promise.resolve();
    if (!this.#all) {
      this.allFailed = false;
      this.#all = loadContent('handbook').then(
        (data) => {
          this.data = data;
          this.complete = true;
        },
        (error: unknown) => {
          this.#all = null;
          this.allFailed = true;
          throw error;
        },
      );
    }
    return this.#all;
  }
}
