import type { Html, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { PageContext } from './page-context.ts';

/**
 * Authors may use a handful of harmless inline tags; anything else is reported rather than left
 * for the sanitizer to drop quietly, so nothing an author wrote ever disappears unnoticed.
 */
const ALLOWED: Record<string, readonly string[]> = { kbd: [], br: [], abbr: ['title'], sub: [], sup: [] };
// A `>` inside a quoted attribute value does not end the tag.
const PIECES = /<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>?|[^<]+/g;
const TAG =
  /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>$/;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

const ALLOWED_TAGS_TEXT = '<kbd>, <br>, <abbr title="…">, <sub>, <sup> and <!-- comments -->';

/** Why `piece` (one tag or comment) is not allowed, or null when it is fine. */
export function rawHtmlFault(piece: string): string | null {
  if (!piece.startsWith('<')) return null;
  if (/^<!--(?:(?!--)[\s\S])*-->$/.test(piece)) return null;
  const tag = TAG.exec(piece);
  const name = tag?.[2]?.toLowerCase();
  const allowed = name === undefined ? undefined : ALLOWED[name];
  if (!tag || allowed === undefined)
    return `raw HTML ${shorten(piece)} is not allowed; use Markdown (allowed tags: ${ALLOWED_TAGS_TEXT})`;
  const attrs = [...(tag[3] ?? '').matchAll(ATTR)];
  const bad = attrs.find((m) => tag[1] === '/' || !allowed.includes((m[1] ?? '').toLowerCase()));
  if (bad) return `the attribute "${bad[1]}" is not allowed on <${name}>`;
  // Markup in an attribute is inert here, but a tooltip script could one day insert it as HTML.
  const marked = attrs.find((m) => /[<>]|&[#a-z0-9]+;?/i.test((m[0] ?? '').replace(/^[^=]*=/, '')));
  return marked ? `write the ${marked[1]} of <${name}> as plain text, without <, > or &-codes` : null;
}

function shorten(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 40 ? `${one.slice(0, 37)}...` : one;
}

/** Reports and removes every raw HTML node that is not on the allow-list. */
export function checkRawHtml(tree: Root, ctx: PageContext): void {
  visit(tree, 'html', (node: Html, index, parent) => {
    const start = node.position?.start.offset ?? 0;
    // Past the last piece reported, so a tag written twice is reported twice, each where it is.
    let from = start;
    let faulty = false;
    for (const match of node.value.matchAll(PIECES)) {
      const fault = rawHtmlFault(match[0]);
      if (fault === null) continue;
      faulty = true;
      const found = ctx.source.text.indexOf(match[0], from);
      if (found >= 0) from = found + match[0].length;
      const offset = found >= 0 ? found : start + (match.index ?? 0);
      ctx.reporter.at(ctx.source.pointAt(offset), fault);
    }
    // Comments are notes for authors: they go, quietly, before the page is built.
    const comment = /^<!--(?:(?!--)[\s\S])*-->$/.test(node.value.trim());
    if ((faulty || comment) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
}
