import type { Nodes } from 'mdast';

/** The visible text of an mdast node (what a heading's slug and a term's label are made from). */
export function textOf(node: Nodes): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  if (node.type === 'image') return node.alt ?? '';
  return '';
}
