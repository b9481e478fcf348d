import type { HandbookData, Page } from '@shared/handbook-data';
import { indexHandbook } from '../lib/handbook-index';
import { parseHtml, splitSections, takeHandout } from './print-html';
import { parseItem } from '@shared/print-route';

type Choice = { item: string; label: string };

// Every tick of a box asks again for every page; a page's choices never change (a page whose
// body arrives later is a new object), so each is worked out once.
const known = new WeakMap<Page, Choice[]>();

/** Builder choices for one page: the whole page, its handout, and each `##` section. */
export function pageChoices(page: Page): Choice[] {
  const cached = known.get(page);
  if (cached) return cached;
  const choices = [{ item: page.slug, label: 'Whole page' }];
  const html = parseHtml(page.html);
  // Taken out either way: the sections below are the page's own, without its handout.
  const hasHandout = takeHandout(html) !== null;
  if (page.handout && hasHandout) choices.push({ item: `${page.slug}:handout`, label: 'One-page handout' });
  for (const section of splitSections(html)) {
    choices.push({
      item: `${page.slug}:${section.id || 'intro'}`,
      label: section.id ? section.title : 'Introduction',
    });
  }
  known.set(page, choices);
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
