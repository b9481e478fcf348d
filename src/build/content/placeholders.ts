import type { PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { PageContext } from './page-context.ts';

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** What a placeholder says before the reader swaps in the chosen region's text. */
export function placeholderText(name: string, urgentText: string): string | undefined {
  if (name === 'emergency') return 'your local emergency number';
  if (name === 'urgent') return urgentText;
  return undefined;
}

/**
 * Replaces `{{emergency}}` and `{{urgent}}` with spans the reader fills in for the chosen region;
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
      const text = placeholderText(name, ctx.urgentText);
      const found = ctx.source.text.indexOf(match[0], searchFrom);
      if (found >= 0) searchFrom = found + match[0].length;
      if (text === undefined) {
        const at = found >= 0 ? ctx.source.pointAt(found) : node.position?.start;
        ctx.reporter.at(at, `unknown placeholder "${match[0]}" (known: {{emergency}}, {{urgent}})`);
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
