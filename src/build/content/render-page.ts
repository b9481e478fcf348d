import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import type { PageHeading } from '../../shared/handbook-data.ts';
import { transformDirectives } from './directives.ts';
import { assignIds } from './ids.ts';
import { rewriteImages } from './images.ts';
import { resolveReferences, rewriteLinks } from './links.ts';
import { report, type PageContext } from './page-context.ts';
import type { Point } from './problems.ts';
import { textOf } from './mdast-text.ts';
import { hastText, isHandout, sectionsOf, type TextSection } from './page-text.ts';
import { replacePlaceholders } from './placeholders.ts';
import { checkRawHtml } from './raw-html.ts';
import { expandSigns } from './sign-directives.ts';
import { expandSnippets } from './snippets.ts';
import { assertSafeTree, SANITIZE_SCHEMA } from './sanitize-schema.ts';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();
const toHast = unified().use(remarkRehype, { allowDangerousHtml: true }).freeze();
// Re-parsing through parse5 is the slowest step and only matters for the rare allowed raw tag.
const parseRaw = unified().use(rehypeRaw).freeze();
const sanitizer = unified().use(rehypeSanitize, SANITIZE_SCHEMA).freeze();
const stringifier = unified().use(rehypeStringify).freeze();

export interface FinishedHtml {
  html: string;
  /** Every id on the page, for checking `#anchor` links. */
  ids: Set<string>;
  sections: TextSection[];
  /** Where sanitizing changed the page (see `changedAt`), or null. */
  changedAt: HastRoot['children'][number] | null;
  /** The handout's words as printed, and whether it has its `::get-help` part; null without one. */
  handout: { text: string; getHelp: boolean } | null;
}

export interface RenderedPage extends FinishedHtml {
  headings: PageHeading[];
  /** No words at all, judged before any problem removes something. */
  empty: boolean;
  /** Where the first `:::handout` block is, or null when there is none. */
  handoutAt: Point | null;
}

function hasClass(node: HastRoot['children'][number] | Element, name: string): boolean {
  return node.type === 'element' && Array.isArray(node.properties.className) && node.properties.className.includes(name);
}

/** Sanitizes a page tree (the second wall after the source checks) and turns it into HTML. */
export function finishHast(tree: HastRoot): FinishedHtml {
  const clean = sanitizer.runSync(tree) as HastRoot;
  assertSafeTree(clean);
  const ids = new Set<string>();
  let handout: FinishedHtml['handout'] = null;
  visit(clean, 'element', (node) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    if (!handout && isHandout(node)) {
      let getHelp = false;
      visit(node, 'element', (inner) => {
        getHelp ||= hasClass(inner, 'get-help-label');
      });
      // Its label is not printed: the printout has its own title.
      const printed = node.children.filter((c) => !hasClass(c, 'handout-label'));
      handout = { text: hastText(printed), getHelp };
    }
  });
  const html = stringifier.stringify(clean);
  return { html, ids, sections: sectionsOf(clean), changedAt: changedAt(tree, html), handout };
}

/**
 * The top-level node where the sanitizer changed the page, or null. The source checks should have
 * caught everything, so a change means a gap in them, and the author must hear of it, not lose text.
 */
function changedAt(tree: HastRoot, html: string): HastRoot['children'][number] | null {
  const before = stringifier.stringify(tree);
  if (before === html) return null;
  let same = 0;
  while (before[same] === html[same]) same++;
  let end = 0;
  for (const child of tree.children) {
    end += stringifier.stringify({ type: 'root', children: [child] }).length;
    if (end > same) return child;
  }
  return tree.children.at(-1) ?? null;
}

/**
 * Renders a page body. Problems go to `ctx.reporter`; the HTML is still produced (safe, with the
 * offending parts removed) so tests can check what would reach a reader.
 */
export function renderMarkdown(
  body: string,
  ctx: PageContext,
  checkTree?: (tree: Root, ctx: PageContext) => void,
): RenderedPage {
  const problemsBefore = ctx.reporter.problems.length;
  const tree = parser.parse(body);
  checkTree?.(tree, ctx);
  expandSnippets(tree, ctx, (text) => parser.parse(text));
  const empty = textOf(tree).trim() === '';
  rejectUnsupported(tree, ctx);
  checkRawHtml(tree, ctx);
  resolveReferences(tree);
  const callouts = transformDirectives(tree, ctx);
  expandSigns(tree, callouts, ctx);
  replacePlaceholders(tree, ctx);
  const headings = assignIds(tree, callouts, ctx);
  rewriteLinks(tree, ctx);
  rewriteImages(tree, ctx);
  let hast = toHast.runSync(tree) as HastRoot;
  let hasRaw = false;
  visit(hast, 'raw', () => {
    hasRaw = true;
    return EXIT;
  });
  if (hasRaw) hast = parseRaw.runSync(hast) as HastRoot;
  wrapTables(hast);
  const handout = callouts.find((c) => c.name === 'handout')?.node.position?.start;
  const finished = finishHast(hast);
  // With problems already reported, what they rejected is expected to differ; only gaps are news.
  if (finished.changedAt && ctx.reporter.problems.length === problemsBefore) {
    const message = 'this part of the page uses markup the handbook cannot show safely; please simplify it';
    ctx.reporter.at(finished.changedAt.position?.start, message);
  }
  return { ...finished, headings, empty, handoutAt: handout ?? null };
}

/**
 * Puts each table in a box of its own that the reader lets scroll sideways: a table wider than a
 * phone-sized window then scrolls by itself, not the whole page, and stays a table for screen readers.
 */
function wrapTables(tree: HastRoot): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'table' || !parent || index === undefined) return;
    const box: Element = { type: 'element', tagName: 'div', properties: { className: ['table-scroll'] }, children: [node] };
    parent.children[index] = box;
    return SKIP;
  });
}

/** GFM footnotes link with plain `#fn` anchors, which the reader's hash routes would swallow. */
function rejectUnsupported(tree: Root, ctx: PageContext): void {
  visit(tree, (node, index, parent) => {
    if (node.type === 'listItem' && typeof node.checked === 'boolean') {
      // The sanitizer would drop the checkbox (no form controls), leaving a list item that lies.
      report(ctx, node, 'checkbox lists ("- [ ]") are not supported: write a plain list');
      node.checked = null;
    }
    if (node.type !== 'footnoteReference' && node.type !== 'footnoteDefinition') return undefined;
    report(ctx, node, 'footnotes are not supported: list the source in the front matter "sources"');
    parent?.children.splice(index!, 1);
    return [SKIP, index!];
  });
}
