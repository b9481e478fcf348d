import type { Page, Region } from '@shared/handbook-data';
import { fillRegionWords } from '../lib/regions';

/**
 * What a printout makes of a page's sanitized HTML (from the content build): its handout, its
 * `##` sections, ids that stay unique beside the article, headings a level down, short lists kept
 * on one sheet, and the handout's boxes. The HTML is read by the browser's own parser
 * into an inert `<template>` (nothing in it loads or runs) and changed as a tree.
 */

/** The HTML as a fragment of nodes, for the helpers below to change. */
export function parseHtml(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** The HTML of a fragment's nodes, or of an element with its own tag (the nodes move out). */
export function htmlOf(nodes: DocumentFragment | Element): string {
  const template = document.createElement('template');
  template.content.append(nodes);
  return template.innerHTML;
}

/** Plain text of a node, with its white space collapsed. */
export function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Takes the page's `section.handout` out of it and returns what the handout holds, or null. */
export function takeHandout(page: DocumentFragment): DocumentFragment | null {
  const section = page.querySelector('section.handout');
  if (!section) return null;
  section.remove();
  const inner = section.ownerDocument.createDocumentFragment();
  inner.append(...section.childNodes);
  return inner;
}

export interface PageSection {
  /** The `##` heading's id, or "" for the text before the first heading. */
  id: string;
  title: string;
  /** What follows the heading, up to the next one. */
  content: DocumentFragment;
}

/** Splits a page at its `##` headings: the introduction first (id ""), then one entry per heading. */
export function splitSections(page: DocumentFragment): PageSection[] {
  const sections: PageSection[] = [];
  let current: PageSection = { id: '', title: '', content: page.ownerDocument.createDocumentFragment() };
  for (const node of [...page.childNodes]) {
    if (node instanceof Element && node.localName === 'h2') {
      sections.push(current);
      current = { id: node.id, title: textOf(node), content: page.ownerDocument.createDocumentFragment() };
    } else {
      current.content.append(node);
    }
  }
  sections.push(current);
  return sections.filter((s) => s.id !== '' || s.content.childElementCount > 0 || textOf(s.content) !== '');
}

/**
 * Gives every id (and every reference to one) a prefix, so a printed copy can sit in the same
 * document as the article, and several pages in one printout, without duplicate ids.
 * In-page links (`href="#id"`) follow; reader routes (`#/page/…`) are left alone.
 */
export function prefixIds(root: ParentNode, prefix: string): void {
  for (const el of root.querySelectorAll('[id]')) el.id = prefix + el.id;
  for (const name of ['aria-labelledby', 'aria-describedby', 'for']) {
    for (const el of root.querySelectorAll(`[${name}]`)) {
      const ids = (el.getAttribute(name) ?? '').split(/\s+/).filter(Boolean);
      el.setAttribute(name, ids.map((id) => prefix + id).join(' '));
    }
  }
  for (const el of root.querySelectorAll('[href^="#"]:not([href^="#/"])')) {
    el.setAttribute('href', `#${prefix}${el.getAttribute('href')?.slice(1) ?? ''}`);
  }
}

/** Moves headings down by `by` levels (h2 → h3 …, never past h6), e.g. when a page becomes a chapter. */
export function demoteHeadings(root: ParentNode, by: number): void {
  if (by <= 0) return;
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Math.min(6, Number(heading.localName[1]) + by);
    const demoted = heading.ownerDocument.createElement(`h${level}`);
    for (const { name, value } of heading.attributes) demoted.setAttribute(name, value);
    demoted.append(...heading.childNodes);
    heading.replaceWith(demoted);
  }
}

/**
 * Marks lists of at most `max` items (nested items included) as short, so print keeps them on one
 * sheet; a long list may still break, or it would leave a large gap.
 */
export function markShortLists(root: ParentNode, max = 8): void {
  for (const list of root.querySelectorAll('ul, ol')) {
    if (list.querySelectorAll('li').length <= max) list.classList.add('short-list');
  }
}

/** The bold lead-in an element starts with (`<p><strong>Key points</strong>`), if any. */
function leadIn(el: Element): Element | null {
  const first = [...el.childNodes].find((n) => !(n.nodeType === Node.TEXT_NODE && textOf(n) === ''));
  return first instanceof Element && first.localName === 'strong' ? first : null;
}

/**
 * Turns a handout's flat content into boxes: each bold lead-in paragraph ("Key points", "The
 * exercises") with the lists that follow it, so the printed leaflet reads as a set of boxes
 * rather than a wall of bullets. Its warning signs are already boxed by urgency (the build's
 * callouts). The build's "Handout" label is dropped: the printout has its own title.
 */
export function decorateHandout(handout: DocumentFragment): void {
  let block: Element | null = null;
  for (const node of [...handout.childNodes]) {
    if (!(node instanceof Element)) {
      if (textOf(node) === '') node.remove();
      else block = null;
      continue;
    }
    if (node.matches('p.handout-label')) {
      node.remove();
      continue;
    }
    const lead = node.localName === 'p' ? leadIn(node) : null;
    if (lead) {
      // A paragraph that is only the bold lead-in is the box's label; a longer one keeps its
      // bold lead-in and normal text.
      node.classList.add(textOf(node) === textOf(lead) ? 'help-label' : 'help-lead');
      block = node.ownerDocument.createElement('div');
      block.classList.add('help-block');
      node.replaceWith(block);
      block.append(node);
    } else if ((node.localName === 'ul' || node.localName === 'ol') && block) {
      block.append(node);
    } else {
      block = null;
    }
  }
}

/** A part's HTML as it prints: the region's words in, ids prefixed, headings moved down. */
export function printed(
  part: DocumentFragment | Element,
  region: Region | undefined,
  prefix: string,
  demote: number,
) {
  fillRegionWords(part, region);
  prefixIds(part, prefix);
  demoteHeadings(part, demote);
  markShortLists(part);
  return htmlOf(part);
}

/** The page without its handout (a printed page or section should not repeat it). */
export function withoutHandout(page: Page): DocumentFragment {
  const html = parseHtml(page.html);
  takeHandout(html);
  return html;
}

/** The page's handout, in its boxes, or null when it has none. */
export function handoutOf(
  page: Page,
  region: Region | undefined,
  prefix: string,
  demote: number,
): string | null {
  const handout = takeHandout(parseHtml(page.html));
  if (!handout) return null;
  decorateHandout(handout);
  const body = handout.ownerDocument.createElement('div');
  body.className = 'handout-body';
  body.append(handout);
  return printed(body, region, prefix, demote);
}
