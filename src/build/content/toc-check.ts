import type { HandbookConfig } from './handbook-config.ts';
import type { SourcePage } from './load-pages.ts';
import type { Reporter } from './problems.ts';

/**
 * Every toc entry must be a page and every page must be in the toc exactly once: a page missing
 * from it could never be reached, and one listed twice makes "next page" ambiguous.
 */
export function checkToc(
  config: HandbookConfig,
  slugs: Set<string>,
  pages: SourcePage[],
  reporter: Reporter,
): void {
  const listed = new Set<string>();
  for (const section of config.toc) {
    for (const entry of section.pages) {
      if (!slugs.has(entry.value))
        reporter.at(entry.at, `the table of contents lists "${entry.value}", but there is no such page`);
      else if (listed.has(entry.value))
        reporter.at(entry.at, `"${entry.value}" is listed in the table of contents twice`);
      listed.add(entry.value);
    }
  }
  for (const page of pages) {
    if (!listed.has(page.slug))
      page.reporter.at(page.slugAt, `the page "${page.slug}" is not in the toc of handbook.yml`);
  }
  if (slugs.has('glossary') && !listed.has('glossary') && !pages.some((p) => p.slug === 'glossary')) {
    reporter.at(config.at.toc, 'the generated "glossary" page is not in the toc');
  }
  for (const key of ['home', 'urgentHelp'] as const) {
    const slug = config.meta[key];
    if (slug !== '' && !slugs.has(slug)) reporter.at(config.at[key], `${key} "${slug}" is not a page`);
  }
}
