import type { Definition, Link, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { report, type PageContext } from './page-context.ts';

/** The reader's route for a page and optional anchor (same form as the reader's `pageHref`). */
export function pageHref(slug: string, anchor = ''): string {
  return `#/page/${slug}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}

/**
 * Browsers ignore tabs, newlines and leading controls in URLs ("java\tscript:" is javascript:), so
 * schemes are judged on the URL without them.
 */
export function withoutControls(url: string): string {
  let out = '';
  for (const char of url) if (char > ' ' && char !== '\u007f') out += char;
  return out;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Turns `[text][ref]` into plain links and images, so one check covers every way to write them. */
export function resolveReferences(tree: Root): void {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node: Definition) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  visit(tree, (node, index, parent) => {
    if ((node.type !== 'linkReference' && node.type !== 'imageReference') || !parent || index === undefined)
      return;
    const def = definitions.get(node.identifier);
    if (!def) return;
    const common = { url: def.url, title: def.title ?? null, position: node.position };
    parent.children[index] =
      node.type === 'linkReference'
        ? { type: 'link', children: node.children, ...common }
        : { type: 'image', alt: node.alt ?? null, ...common };
  });
}

/** Schemes a link may use: web pages and e-mail. Everything else is someone's mistake or an attack. */
const EXTERNAL = new Set(['https:', 'mailto:']);

/**
 * Rewrites internal links to reader routes and marks external ones, reporting anything else.
 * Anchors are checked later, once every page's ids are known.
 */
export function rewriteLinks(tree: Root, ctx: PageContext): void {
  visit(tree, 'link', (node: Link, index, parent) => {
    if (rewrite(node, ctx) || !parent || index === undefined) return undefined;
    // A rejected link keeps its words but loses the target, so no bad href reaches the page.
    parent.children.splice(index, 1, ...node.children);
    return [SKIP, index];
  });
}

function rewrite(node: Link, ctx: PageContext): boolean {
  const url = node.url;
  const cleaned = withoutControls(url);
  if (cleaned.startsWith('#')) {
    const anchor = decode(cleaned.slice(1));
    ctx.links.push({ at: node.position!.start, slug: ctx.slug, anchor, written: url });
    node.url = pageHref(ctx.slug, anchor);
    return true;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(cleaned)) return external(node, ctx);
  const match = /^(?:\.\/)?([^/\\?#:]+\.md)(?:#(.*))?$/.exec(cleaned);
  if (!match) {
    report(
      ctx,
      node,
      `cannot link to "${url}": link to another page by its file name (e.g. self-care.md) or to an https:// address`,
    );
    return false;
  }
  const file = decode(match[1] ?? '');
  const anchor = decode(match[2] ?? '');
  const slug = ctx.slugOfFile.get(file);
  if (slug === undefined) {
    report(ctx, node, `broken link: there is no page "${file}"`);
    return false;
  }
  if (anchor !== '') ctx.links.push({ at: node.position!.start, slug, anchor, written: url });
  node.url = pageHref(slug, anchor);
  return true;
}

function external(node: Link, ctx: PageContext): boolean {
  let parsed: URL | null = null;
  try {
    parsed = new URL(node.url);
  } catch {
    parsed = null;
  }
  if (!parsed || !EXTERNAL.has(parsed.protocol)) {
    const scheme = parsed?.protocol ?? `${node.url.split(':')[0]}:`;
    report(
      ctx,
      node,
      `links may not use "${scheme}" (only https:// and mailto: addresses, or page.md files)`,
    );
    return false;
  }
  node.url = parsed.href;
  node.data = {
    ...node.data,
    hProperties: {
      className: ['external'],
      rel: ['noopener', 'noreferrer'],
      target: '_blank',
      dataExternal: '',
    },
  };
  return true;
}
