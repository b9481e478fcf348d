import type { BlockContent, List, ListItem, Paragraph, Root } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { visitParents } from 'unist-util-visit-parents';
import { AUDIENCES, TIER_IDS, type Audience, type TierId } from '../../shared/handbook-data.ts';
import type { Callout } from './directives.ts';
import { cloneAt } from './inline-text.ts';
import { report, type PageContext } from './page-context.ts';
import type { ParsedSign, ParsedTier, SignBook } from './sign-book.ts';

type Position = LeafDirective['position'];

/** How the urgent help page introduces the signs of each audience (none for everyone). */
const AUDIENCE_INTRO: Record<Audience, string | null> = {
  everyone: null,
  pregnant: 'If you are pregnant:',
  'early-pregnancy': 'In early pregnancy:',
  'later-pregnancy': 'In later pregnancy:',
  'after-birth': 'After giving birth:',
};

const TIER_CALLOUTS = TIER_IDS.map((id) => `:::${id}`).join(', ');

function isTier(name: string): name is TierId {
  return (TIER_IDS as readonly string[]).includes(name);
}

function para(text: string, className: string, position: Position): Paragraph {
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: text }],
    data: { hName: 'p', hProperties: { className: [className] } },
    position,
  };
}

/** The tier's action sentence, the first line of every callout of that tier. */
function actionLine(tier: ParsedTier, position: Position): Paragraph {
  return {
    type: 'paragraph',
    children: cloneAt(tier.actionNodes, position),
    data: { hName: 'p', hProperties: { className: ['callout-action'] } },
    position,
  };
}

/** The signs as a list; on the urgent help page's full list each carries `id="sign-<id>"`. */
function signList(signs: ParsedSign[], position: Position, anchored: boolean): List {
  const items: ListItem[] = signs.map((sign) => ({
    type: 'listItem',
    spread: false,
    children: [{ type: 'paragraph', children: cloneAt(sign.nodes, position), position }],
    data: {
      hProperties: { className: ['sign'], dataSign: sign.id, ...(anchored ? { id: `sign-${sign.id}` } : {}) },
    },
    position,
  }));
  return { type: 'list', ordered: false, spread: false, children: items, position, data: { hProperties: { className: ['signs'] } } };
}

/** A tier callout the build writes itself (on the urgent help page and in handouts). */
function tierCallout(tier: ParsedTier, body: BlockContent[], position: Position): Callout {
  const label = para(tier.label, 'callout-label', position);
  const node: ContainerDirective = {
    type: 'containerDirective',
    name: tier.id,
    attributes: {},
    children: [label, actionLine(tier, position), ...body],
    data: { hName: 'aside', hProperties: { className: ['callout', `callout-${tier.id}`], role: 'note' } },
    position,
  };
  return { node, name: tier.id, label };
}

/** Splits `ids="a b c"` into ids, reporting each unknown one. */
function namedSigns(node: LeafDirective, book: SignBook, ctx: PageContext): ParsedSign[] | null {
  const { ids, ...rest } = node.attributes ?? {};
  for (const key of Object.keys(rest)) report(ctx, node, `"::${node.name}" does not take the attribute "${key}" (only ids)`);
  if (ids === undefined || ids === null) return null;
  const signs: ParsedSign[] = [];
  for (const id of ids.split(/\s+/).filter(Boolean)) {
    const sign = book.byId.get(id);
    if (sign) signs.push(sign);
    else report(ctx, node, `unknown warning sign "${id}" (check warning-signs.yml)`);
  }
  return signs;
}

/** The callout a node sits in (the nearest block directive around it), if any. */
function enclosing(ancestors: unknown[], name?: string): ContainerDirective | undefined {
  const blocks = ancestors.filter((a): a is ContainerDirective => (a as ContainerDirective).type === 'containerDirective');
  return name ? blocks.find((b) => b.name === name) : blocks.at(-1);
}

/**
 * Renders `::signs`, `::all-signs` and `::get-help`, and gives every tier callout its action line.
 * Checks each misuse where it is written: a sign at another tier, a hand-written list in a tier
 * callout, a directive in the wrong place. Generated callouts are added to `callouts` for ids.
 */
export function expandSigns(tree: Root, callouts: Callout[], ctx: PageContext): void {
  const book = ctx.signBook;
  for (const callout of callouts) {
    if (!isTier(callout.name)) continue;
    const tier = book?.tiers.get(callout.name);
    const labelAt = callout.node.children.indexOf(callout.label);
    if (tier) callout.node.children.splice(labelAt + 1, 0, actionLine(tier, callout.node.position));
    for (const child of callout.node.children) {
      if (child.type !== 'list') continue;
      for (const item of child.children)
        report(ctx, item, `write warning signs with ::signs{ids="..."} (from warning-signs.yml), not as a list`);
    }
  }
  const found: { node: LeafDirective; ancestors: unknown[] }[] = [];
  visitParents(tree, 'leafDirective', (node: LeafDirective, ancestors) => {
    if (node.name === 'signs' || node.name === 'all-signs' || node.name === 'get-help')
      found.push({ node, ancestors });
  });
  // The page's own signs first, so `::get-help` can come anywhere.
  const lists = new Map<LeafDirective, List | null>();
  for (const { node, ancestors } of found) if (node.name === 'signs') lists.set(node, placeSigns(node, ancestors, ctx));
  // The page's own signs, for its handout: on the urgent help page, every sign.
  const pool = found.some((f) => f.node.name === 'all-signs') && book ? book.signs : ctx.shownSigns.map((id) => book!.byId.get(id)!);
  for (const { node, ancestors } of found) {
    let replacement: BlockContent[];
    if (node.name === 'signs') replacement = [lists.get(node) ?? []].flat();
    else if (node.name === 'all-signs') replacement = allSigns(node, ancestors, callouts, ctx);
    else replacement = getHelp(node, ancestors, callouts, ctx, pool);
    const parent = ancestors.at(-1) as { children: unknown[] };
    parent.children.splice(parent.children.indexOf(node), 1, ...replacement);
  }
}

function placeSigns(node: LeafDirective, ancestors: unknown[], ctx: PageContext): List | null {
  const book = ctx.signBook;
  const callout = enclosing(ancestors);
  if (!callout || !isTier(callout.name)) {
    report(ctx, node, `::signs must be inside a tier callout (${TIER_CALLOUTS})`);
    return null;
  }
  if (!book) return null;
  const signs = namedSigns(node, book, ctx);
  if (signs === null) {
    report(ctx, node, '::signs needs ids, e.g. ::signs{ids="saddle-numbness cannot-pee"}');
    return null;
  }
  for (const sign of signs) {
    if (sign.tier !== callout.name)
      report(ctx, node, `the sign "${sign.id}" is at the tier "${sign.tier}": show it in a :::${sign.tier} callout, not :::${callout.name}`);
    if (!ctx.shownSigns.includes(sign.id)) ctx.shownSigns.push(sign.id);
  }
  return signList(signs, node.position, false);
}

function allSigns(node: LeafDirective, ancestors: unknown[], callouts: Callout[], ctx: PageContext): BlockContent[] {
  const book = ctx.signBook;
  if (book && ctx.slug !== book.urgentHelp) report(ctx, node, `::all-signs belongs on the urgent help page (${book.urgentHelp}) only`);
  if (enclosing(ancestors)) report(ctx, node, '::all-signs cannot be inside a block: it writes its own callouts');
  if (!book) return [];
  const out: BlockContent[] = [];
  for (const tier of book.tiers.values()) {
    for (const audience of AUDIENCES) {
      const signs = book.signs.filter((s) => s.tier === tier.id && s.audience === audience);
      if (signs.length === 0) continue;
      const intro = AUDIENCE_INTRO[audience];
      const body: BlockContent[] = [
        ...(intro ? [para(intro, 'signs-audience', node.position)] : []),
        signList(signs, node.position, true),
      ];
      const callout = tierCallout(tier, body, node.position);
      callouts.push(callout);
      out.push(callout.node);
    }
  }
  return out;
}

function getHelp(
  node: LeafDirective,
  ancestors: unknown[],
  callouts: Callout[],
  ctx: PageContext,
  shown: ParsedSign[],
): BlockContent[] {
  const book = ctx.signBook;
  if (!enclosing(ancestors, 'handout')) report(ctx, node, '::get-help belongs inside the :::handout block');
  if (!book) return [];
  const chosen = namedSigns(node, book, ctx);
  for (const sign of chosen ?? []) {
    if (!shown.includes(sign))
      report(ctx, node, `::get-help names "${sign.id}", which this page does not show with ::signs`);
  }
  const signs = chosen ? shown.filter((s) => chosen.includes(s)) : shown;
  if (signs.length === 0) {
    report(ctx, node, '::get-help has no signs to show: this page shows none with ::signs');
    return [];
  }
  const out: BlockContent[] = [para('When to get help', 'get-help-label', node.position)];
  for (const tier of book.tiers.values()) {
    const ofTier = signs.filter((s) => s.tier === tier.id);
    if (ofTier.length === 0) continue;
    const callout = tierCallout(tier, [signList(ofTier, node.position, false)], node.position);
    callouts.push(callout);
    out.push(callout.node);
  }
  return out;
}
