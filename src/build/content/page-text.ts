import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import { unified } from 'unified';
import type { Page } from '../../shared/handbook-data.ts';

/** Elements that separate words: their text must not run into the next element's. */
const BLOCKS = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'table',
  'tr',
  'th',
  'td',
  'aside',
  'section',
  'br',
  'hr',
  'img',
]);

export function isHandout(node: RootContent | ElementContent): node is Element {
  return node.type === 'element' && node.tagName === 'section' && classes(node).includes('handout');
}

function classes(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

/** Whether the last text written ends with a sentence or label mark. */
function endsSentence(out: readonly string[]): boolean {
  const last = out.findLast((text) => text.trim() !== '') ?? '';
  return /[.:!?]\s*$/.test(last);
}

/** Plain text of a tree, whitespace collapsed; the handout can be left out (it repeats the page). */
export function hastText(nodes: readonly (RootContent | ElementContent)[], skipHandout = false): string {
  const out: string[] = [];
  const walk = (list: readonly (RootContent | ElementContent)[]): void => {
    for (const node of list) {
      if (node.type === 'text') out.push(node.value);
      else if (node.type === 'element') {
        if (skipHandout && isHandout(node)) continue;
        const block = BLOCKS.has(node.tagName);
        if (block) out.push(' ');
        walk(node.children);
        // A callout's label reads as a heading on screen; in a search snippet it must not run
        // into the sentence after it ("If you are pregnant If you need…").
        if (classes(node).includes('callout-label') && !endsSentence(out)) out.push(':');
        if (block) out.push(' ');
      }
    }
  };
  walk(nodes);
  return out.join('').replace(/\s+/g, ' ').trim();
}

export interface TextSection {
  /** Heading id, "" for the introduction. */
  anchor: string;
  heading: string;
  text: string;
}

/** Splits a page at its top-level `##` headings: the introduction, then one section per heading. */
export function sectionsOf(tree: Root): TextSection[] {
  const sections: { anchor: string; heading: string; nodes: RootContent[] }[] = [
    { anchor: '', heading: '', nodes: [] },
  ];
  for (const node of tree.children) {
    if (node.type === 'element' && node.tagName === 'h2') {
      sections.push({ anchor: String(node.properties.id ?? ''), heading: hastText([node]), nodes: [] });
    } else sections.at(-1)!.nodes.push(node);
  }
  return sections.map((s) => ({ anchor: s.anchor, heading: s.heading, text: hastText(s.nodes, true) }));
}

/** All the words of a built page as a reader sees them (for readability checks, not for display). */
export function pageBodyText(page: Page): string {
  const raw = { type: 'root', children: [{ type: 'raw', value: page.html }] } as unknown as Root;
  const tree = unified().use(rehypeRaw).runSync(raw) as Root;
  return hastText(tree.children);
}
