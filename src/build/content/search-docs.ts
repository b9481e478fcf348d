import type { Page, SearchDoc } from '../../shared/handbook-data.ts';
import type { TextSection } from './page-text.ts';

/**
 * One search document per section, so a hit opens the exact place. The introduction is always
 * there, even when empty, so a page is found by its title and keywords alone.
 */
export function searchDocs(page: Page, sections: TextSection[]): SearchDoc[] {
  const keywords = page.keywords.join(' ');
  return sections.map((s) => ({
    id: `${page.slug}#${s.anchor}`,
    slug: page.slug,
    anchor: s.anchor,
    title: page.title,
    heading: s.heading,
    keywords,
    body: s.text,
  }));
}
