import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { PageHeading } from '../../shared/handbook-data.ts';
import type { Callout } from './directives.ts';
import { SLUG } from './front-matter.ts';
import { textOf } from './mdast-text.ts';
import { report, type PageContext } from './page-context.ts';

/**
 * Gives headings and block labels their ids from one slugger, in document order, so every id on
 * the page is unique and deep links stay stable while text above them is unchanged.
 */
export function assignIds(tree: Root, callouts: Callout[], ctx: PageContext): PageHeading[] {
  const slugger = new GithubSlugger();
  const byNode = new Map<ContainerDirective, Callout>(callouts.map((c) => [c.node, c]));
  const headings: PageHeading[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const heading = headingId(node, slugger, ctx);
      if (heading) headings.push(heading);
    } else if (node.type === 'containerDirective') {
      const callout = byNode.get(node);
      if (callout) calloutId(callout, slugger, ctx);
    }
  });
  return headings.filter((h) => h.depth <= 3);
}

function headingId(node: Heading, slugger: GithubSlugger, ctx: PageContext): PageHeading | null {
  if (node.depth === 1) {
    report(ctx, node, 'a page cannot have a "#" heading: the title comes from the front matter (use "##")');
    return null;
  }
  const text = textOf(node).replace(/\s+/g, ' ').trim();
  if (text === '') {
    report(ctx, node, 'empty heading');
    return null;
  }
  const id = slugger.slug(text);
  ((node.data ??= {}).hProperties ??= {}).id = id;
  return { id, text, depth: node.depth };
}

function calloutId(callout: Callout, slugger: GithubSlugger, ctx: PageContext): void {
  let id: string;
  if (callout.id !== undefined) {
    if (!SLUG.test(callout.id))
      report(ctx, callout.node, `the id "${callout.id}" may only use a-z, 0-9 and hyphens`);
    id = slugger.slug(callout.id);
    if (id !== callout.id) report(ctx, callout.node, `the id "${callout.id}" is already used on this page`);
  } else {
    id = slugger.slug(callout.name === 'handout' ? 'handout' : `callout-${callout.name}`);
  }
  ((callout.label.data ??= {}).hProperties ??= {}).id = id;
  ((callout.node.data ??= {}).hProperties ??= {}).ariaLabelledBy = [id];
}
