import type { Paragraph, Root } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import { TIER_IDS, type TierId } from '../../shared/handbook-data.ts';
import { findTerm, GLOSSARY_SLUG } from './glossary.ts';
import { textOf } from './mdast-text.ts';
import { report, type PageContext } from './page-context.ts';

/** Leaf directives the sign step renders once callouts are known (see `sign-directives.ts`). */
const SIGN_DIRECTIVES = new Set(['signs', 'all-signs', 'get-help']);

/**
 * The container blocks authors may use besides the four tiers, with the label shown when they give
 * none. A tier's label is written once, in `tiers:` in handbook.yml.
 */
const BLOCK_LABELS: Record<string, string> = {
  'key-points': 'Key points',
  pregnancy: 'If you are pregnant',
  handout: 'One-page summary',
};

/** A block whose label still needs an id (given out with heading ids, in document order). */
export interface Callout {
  node: ContainerDirective;
  name: string;
  label: Paragraph;
  /** `{#id}` written by the author, if any. */
  id?: string;
}

/**
 * Turns container blocks into callouts and `:term[...]` into glossary links; reports every other
 * directive. Returns the callouts in document order.
 */
export function transformDirectives(tree: Root, ctx: PageContext): Callout[] {
  const callouts: Callout[] = [];
  visit(tree, (node, index, parent) => {
    if (node.type === 'containerDirective') {
      const callout = toCallout(node, ctx);
      if (!callout) return undefined;
      callouts.push(callout);
      if (callout.name === 'handout' && inside(callout, callouts)) {
        report(ctx, node, 'a :::handout block cannot contain another');
      }
    } else if (node.type === 'leafDirective') {
      if (SIGN_DIRECTIVES.has(node.name)) return SKIP;
      report(
        ctx,
        node,
        `unknown block "::${node.name}" (blocks start with three colons, e.g. :::key-points; known with two: ::signs, ::all-signs, ::get-help, ::snippet)`,
      );
    } else if (node.type === 'textDirective') {
      if (node.name === 'term') return toTermLink(node, ctx);
      if (
        /^\d/.test(node.name) &&
        node.children.length === 0 &&
        Object.keys(node.attributes ?? {}).length === 0
      ) {
        // "10:30" parses as text "10" and directive ":30"; it is a time or a ratio, not a directive.
        if (parent && index !== undefined)
          parent.children.splice(index, 1, { type: 'text', value: `:${node.name}` });
        return SKIP;
      }
      report(ctx, node, `unknown inline directive ":${node.name}" (to write a colon before text, write \\:)`);
    }
    return undefined;
  });
  return callouts;
}

function inside(handout: Callout, callouts: Callout[]): boolean {
  return callouts.some((c) => c !== handout && c.name === 'handout' && contains(c.node, handout.node));
}

function contains(outer: ContainerDirective, inner: ContainerDirective): boolean {
  const a = outer.position;
  const b = inner.position;
  return !!a && !!b && a.start.offset! < b.start.offset! && a.end.offset! >= b.end.offset!;
}

function toCallout(node: ContainerDirective, ctx: PageContext): Callout | null {
  const isTier = (TIER_IDS as readonly string[]).includes(node.name);
  const tier = isTier ? ctx.signBook?.tiers.get(node.name as TierId) : undefined;
  // Without the tiers (handbook.yml's could not be read, so the build already fails) the id stands in.
  const defaultLabel = isTier ? (tier?.label ?? node.name) : BLOCK_LABELS[node.name];
  if (defaultLabel === undefined) {
    const known = [...TIER_IDS, ...Object.keys(BLOCK_LABELS)].join(', ');
    report(ctx, node, `unknown block ":::${node.name}" (known: ${known})`);
    return null;
  }
  const { id, ...rest } = node.attributes ?? {};
  for (const key of Object.keys(rest))
    report(ctx, node, `":::${node.name}" does not take the attribute "${key}"`);
  const first = node.children[0];
  let label: Paragraph;
  if (first?.type === 'paragraph' && first.data?.directiveLabel) {
    label = first;
    // A tier's label is part of its one fixed meaning; a page's own wording could drift from it.
    if (tier) report(ctx, node, `a :::${node.name} callout takes its label from "tiers:" in handbook.yml; remove "[${textOf(first)}]"`);
  }
  else {
    label = { type: 'paragraph', children: [{ type: 'text', value: defaultLabel }] };
    node.children.unshift(label);
  }
  const isHandout = node.name === 'handout';
  label.data = { hName: 'p', hProperties: { className: [isHandout ? 'handout-label' : 'callout-label'] } };
  node.data = {
    hName: isHandout ? 'section' : 'aside',
    hProperties: isHandout
      ? { className: ['handout'] }
      : { className: ['callout', `callout-${node.name}`], role: 'note' },
  };
  return { node, name: node.name, label, ...(id ? { id } : {}) };
}

function toTermLink(node: TextDirective, ctx: PageContext): undefined {
  const fail = (message: string): undefined => void report(ctx, node, message);
  const { id, ...rest } = node.attributes ?? {};
  for (const key of Object.keys(rest))
    report(ctx, node, `":term" does not take the attribute "${key}" (only id)`);
  const label = textOf(node).trim();
  if (label === '') return fail('a glossary reference needs text, e.g. :term[sciatica]');
  const term = findTerm(ctx.glossary, label, id ?? undefined);
  if (!term) {
    const what = id ? `id "${id}"` : `"${label}"`;
    return fail(`no glossary term with ${what} (check glossary.yml, or add {id=...})`);
  }
  node.data = {
    hName: 'a',
    hProperties: { className: ['term'], href: `#/page/${GLOSSARY_SLUG}#${term.id}`, dataTerm: term.id },
  };
  return undefined;
}
