import { joinPage, type Page, type PageBody } from '@shared/handbook-data';

/** A page for component tests, titled "Title of <slug>", with `body` if it has arrived. */
export function testPage(slug: string, body?: PageBody): Page {
  const entry = {
    slug,
    title: `Title of ${slug}`,
    summary: '',
    reviewed: '2026-11-25',
    nextReview: '2027-11-25',
    handout: false,
  };
  return body ? joinPage(entry, body) : joinPage(entry);
}
