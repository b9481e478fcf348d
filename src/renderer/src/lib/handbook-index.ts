import type { HandbookData, Page } from '@shared/handbook-data';

/** Lookups the reader needs often, computed once from the loaded handbook. */
export interface HandbookIndex {
  bySlug: Map<string, Page>;
  /** Pages in table-of-contents order, for previous/next. */
  order: Page[];
  sectionOf: Map<string, string>;
}

export function indexHandbook(data: HandbookData): HandbookIndex {
  const bySlug = new Map(data.pages.map((p) => [p.slug, p]));
  const sectionOf = new Map<string, string>();
  const order: Page[] = [];
  for (const section of data.toc) {
    for (const slug of section.pages) {
      const page = bySlug.get(slug);
      if (!page) continue;
      sectionOf.set(slug, section.title);
      order.push(page);
    }
  }
  return { bySlug, order, sectionOf };
}

export function neighbours(index: HandbookIndex, slug: string): { previous?: Page; next?: Page } {
  const at = index.order.findIndex((p) => p.slug === slug);
  if (at < 0) return {};
  return { previous: index.order[at - 1], next: index.order[at + 1] };
}
