import type { SearchResult } from '../../../shared/search/types';

export interface ResultGroup {
  slug: string;
  title: string;
  /** The page's results with their position in the whole list (for ids and the arrow keys). */
  items: { result: SearchResult; index: number }[];
}

/** Neighbouring results of one page, grouped under its title (the engine keeps them together). */
export function groupByPage(results: readonly SearchResult[]): ResultGroup[] {
  const groups: ResultGroup[] = [];
  results.forEach((result, index) => {
    const last = groups[groups.length - 1];
    if (last && last.slug === result.slug) last.items.push({ result, index });
    else groups.push({ slug: result.slug, title: result.title, items: [{ result, index }] });
  });
  return groups;
}
