import type { HandbookData, Page } from '@shared/handbook-data';
import { indexHandbook } from '../lib/handbook-index';
import { extractHandout, splitSections, withoutHandout } from './print-html';
import { parseItem } from './print-job';

/** Builder choices for one page: the whole page, its handout, and each `##` section. */
export function pageChoices(page: Page): { item: string; label: string }[] {
  const choices = [{ item: page.slug, label: 'Whole page' }];
  if (page.handout && extractHandout(page.html) !== null)
    choices.push({ item: `${page.slug}:handout`, label: 'One-page handout' });
  for (const section of splitSections(withoutHandout(page.html))) {
    choices.push({
      item: `${page.slug}:${section.id || 'intro'}`,
      label: section.id ? section.title : 'Introduction',
    });
  }
  return choices;
}

/**
 * The items to print for a set of ticked boxes, in handbook order: a ticked whole page makes its
 * sections redundant, so they are dropped rather than printed twice.
 */
export function orderedItems(data: HandbookData, chosen: ReadonlySet<string>): string[] {
  const items: string[] = [];
  for (const page of indexHandbook(data).order) {
    const whole = chosen.has(page.slug);
    for (const { item } of pageChoices(page)) {
      if (!chosen.has(item)) continue;
      const { part } = parseItem(item);
      if (whole && part !== '' && part !== 'handout') continue;
      items.push(item);
    }
  }
  return items;
}
