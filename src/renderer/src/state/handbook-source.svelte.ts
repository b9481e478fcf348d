import type { HandbookData } from '@shared/handbook-data';
import { loadContent, loadPageBody } from '../content/load-content';

/**
 * The handbook as the reader has it so far. It starts with every page's entry (title, summary)
 * but only the first page's body (text, headings, sources), so the first article paints without
 * waiting for the rest; `loadAll` then fills in every body in the background.
 */
export class HandbookSource {
  data = $state.raw<HandbookData>() as HandbookData;
  /** True once every page body is present (printing the whole book needs them all). */
  complete = $state(false);
  // Not reactive on purpose: it only stops the same body being fetched twice.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
  #pending = new Map<string, Promise<void>>();

  constructor(data: HandbookData, complete: boolean) {
    this.data = data;
    this.complete = complete;
  }

  /** Loads one page's body if it is still missing, e.g. when the person opens it early. */
  ensurePage(slug: string): Promise<void> {
    const page = this.data.pages.find((p) => p.slug === slug);
    if (this.complete || !page || page.html) return Promise.resolve();
    const pending =
      this.#pending.get(slug) ??
      loadPageBody(slug).then((body) => {
        this.data = {
          ...this.data,
          pages: this.data.pages.map((p) => (p.slug === slug ? { ...p, ...body } : p)),
        };
      });
    this.#pending.set(slug, pending);
    return pending;
  }

  async loadAll(): Promise<void> {
    if (this.complete) return;
    this.data = await loadContent('handbook');
    this.complete = true;
  }
}
