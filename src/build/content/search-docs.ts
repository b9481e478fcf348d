import type { Page, SearchDoc, Sign } from '../../shared/handbook-data.ts';
import type { TextSection } from './page-text.ts';

/**
 * One search document per section, so a hit opens the exact place. The introduction is always
 * there, even when empty, so a page is found by its title and keywords alone. A section showing a
 * warning sign also carries the sign's phrasings as keywords ("numb bum"), so the reader's words
 * find the place where the sign and its action are.
 */
export function searchDocs(page: Page, sections: TextSection[], signs: Pick<Sign, 'text' | 'phrasings'>[] = []): SearchDoc[] {
  const keywords = page.keywords.join(' ');
  return sections.map((s) => {
    const phrasings = signs.filter((sign) => s.text.includes(sign.text)).flatMap((sign) => sign.phrasings);
    return {
      id: `${page.slug}#${s.anchor}`,
      slug: page.slug,
      anchor: s.anchor,
      title: page.title,
      heading: s.heading,
      keywords: phrasings.length ? `${keywords} ${phrasings.join(' ')}` : keywords,
      body: s.text,
    };
  });
}
