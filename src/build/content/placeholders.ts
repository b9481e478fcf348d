import type { PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { REGION_SERVICES, type Region, type RegionService } from '../../shared/handbook-data.ts';
import type { PageContext } from './page-context.ts';

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** What each placeholder says before the reader swaps in the chosen region's words. */
export type RegionWords = Record<RegionService, string>;

/** Words that stay true anywhere, for a handbook whose default region is missing. */
export const GENERIC_WORDS: RegionWords = {
  emergency: 'your local emergency number',
  urgent: 'your doctor or local urgent care service',
  maternity: 'your maternity unit or midwife',
  doctor: 'your doctor',
};

export function regionWords(region: Region | undefined): RegionWords {
  if (!region) return GENERIC_WORDS;
  return Object.fromEntries(REGION_SERVICES.map((service) => [service, region[service]])) as RegionWords;
}

function placeholderText(name: string, words: RegionWords): string | undefined {
  return (REGION_SERVICES as readonly string[]).includes(name) ? words[name as RegionService] : undefined;
}

const KNOWN = REGION_SERVICES.map((name) => `{{${name}}}`).join(', ');

/**
 * Replaces `{{emergency}}`, `{{urgent}}`, `{{maternity}}` and `{{doctor}}` with spans the reader fills in for the chosen region;
 * their generic text stays meaningful if it never does (print, search, no script).
 */
export function replacePlaceholders(tree: Root, ctx: PageContext): void {
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || !node.value.includes('{{')) return undefined;
    const parts: PhrasingContent[] = [];
    let last = 0;
    let searchFrom = node.position?.start.offset ?? 0;
    for (const match of node.value.matchAll(PLACEHOLDER)) {
      const name = match[1] ?? '';
      const text = placeholderText(name, ctx.regionWords);
      const found = ctx.source.text.indexOf(match[0], searchFrom);
      if (found >= 0) searchFrom = found + match[0].length;
      if (text === undefined) {
        const at = found >= 0 ? ctx.source.pointAt(found) : node.position?.start;
        ctx.reporter.at(at, `unknown placeholder "${match[0]}" (known: ${KNOWN})`);
        continue;
      }
      const start = match.index ?? 0;
      if (start > last) parts.push({ type: 'text', value: node.value.slice(last, start) });
      parts.push({
        type: 'emphasis',
        data: { hName: 'span', hProperties: { className: [`region-${name}`] } },
        children: [{ type: 'text', value: text }],
      });
      last = start + match[0].length;
    }
    if (parts.length === 0) return undefined;
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    parent.children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
}
