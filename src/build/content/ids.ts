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
 * Ids the reader gives its own elements (skip link target, title, tooltip…). Content ids must
 * never take one, or a heading called "Sidebar" would break the page's labels and links.
 */
export const READER_IDS = [
  'bookmarks-heading',
  'bookmarks-title',
  'builder-title',
  'display-settings',
  'external-title',
  'glossary-tip',
  'info-title',
  'main-content',
  'not-found-title',
  'page-title',
  'print-contents-title',
  'print-dialog-title',
  'print-doc-title',
  'print-menu',
  'recent-heading',
  'sidebar',
  'sources-title',
  'topics-title',
];

/** A slugger that has already handed out the reader's ids, so content gets `sidebar-1` instead. */
export function contentSlugger(): GithubSlugger {
  const slugger = new GithubSlugger();
  for (const id of READER_IDS) slugger.slug(id);
  return slugger;
}

/**
 * Gives headings and block labels their ids from one slugger, in document order, so every id on
 * the page is unique and deep links stay stable while text above them is unchanged.
 */
export function assignIds(tree: Root, callouts: Callout[], ctx: PageContext): PageHeading[] {
  const slugger = contentSlugger();
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
    id = slugger.slug(callout.id);
    // One mistake, one message: a badly written id is not also "already used".
    if (!SLUG.test(callout.id))
      report(ctx, callout.node, `the id "${callout.id}" may only use a-z, 0-9 and hyphens`);
    else if (id !== callout.id)
      report(ctx, callout.node, `the id "${callout.id}" is already used on this page`);
  } else {
    id = slugger.slug(callout.name === 'handout' ? 'handout' : `callout-${callout.name}`);
  }
  ((callout.label.data ??= {}).hProperties ??= {}).id = id;
  ((callout.node.data ??= {}).hProperties ??= {}).ariaLabelledBy = [id];
}
