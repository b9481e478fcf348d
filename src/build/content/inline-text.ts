import type { Element, Root as HastRoot } from 'hast';
import type { PhrasingContent, Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Glossary } from './glossary.ts';
import { transformDirectives } from './directives.ts';
import { textOf } from './mdast-text.ts';
import type { PageContext } from './page-context.ts';
import { replacePlaceholders, type RegionWords } from './placeholders.ts';
import { Reporter, type Point } from './problems.ts';
import { checkRawHtml } from './raw-html.ts';
import { assertSafeTree, SANITIZE_SCHEMA } from './sanitize-schema.ts';
import { SourceText } from './source-text.ts';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();
const toHast = unified().use(remarkRehype).freeze();
const sanitizer = unified().use(rehypeSanitize, SANITIZE_SCHEMA).freeze();
const stringifier = unified().use(rehypeStringify).freeze();

/** A short piece of inline Markdown from a data file (a sign's wording, a tier's action). */
export interface InlineText {
  /** Rendered mdast (glossary links and region spans done), cloned into each page that shows it. */
  nodes: PhrasingContent[];
  /** As inline HTML. */
  html: string;
  /** As plain text, with the default region's words. */
  text: string;
}

/** Reports every problem at one place: the data field the text came from. */
class PinnedReporter extends Reporter {
  constructor(
    private readonly inner: Reporter,
    private readonly pin: Point,
    private readonly what: string,
  ) {
    super(inner.file, inner.problems);
  }

  override at(_point: Point | undefined, message: string): void {
    this.inner.at(this.pin, `${this.what}: ${message}`);
  }
}

/**
 * Renders one sentence of inline Markdown (`:term[...]`, `**bold**`, placeholders). Links, images,
 * lists and blank lines are refused: the text is dropped into lists on many pages.
 */
export function renderInline(
  markdown: string,
  where: { reporter: Reporter; at: Point; what: string },
  glossary: Glossary | null,
  regionWords: RegionWords,
): InlineText | null {
  const reporter = new PinnedReporter(where.reporter, where.at, where.what);
  const before = where.reporter.problems.length;
  const tree = parser.parse(markdown) as Root;
  const paragraph = tree.children[0];
  if (tree.children.length !== 1 || paragraph?.type !== 'paragraph') {
    reporter.at(undefined, 'must be one line of text (no lists, headings or blank lines)');
    return null;
  }
  const ctx: PageContext = {
    reporter,
    source: new SourceText(markdown),
    slug: '',
    glossary,
    regionWords,
    signBook: null,
    snippets: new Map(),
    usedSnippets: new Set(),
    shownSigns: [],
    slugOfFile: new Map(),
    readImage: () => null,
    links: [],
    images: [],
  };
  checkRawHtml(tree, ctx);
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type.endsWith('Reference'))
      reporter.at(undefined, 'cannot contain links or images');
  });
  transformDirectives(tree, ctx);
  replacePlaceholders(tree, ctx);
  if (where.reporter.problems.length > before) return null;
  const hast = sanitizer.runSync(toHast.runSync(tree)) as HastRoot;
  assertSafeTree(hast);
  const p = hast.children.find((c): c is Element => c.type === 'element');
  const html = stringifier.stringify({ type: 'root', children: p?.children ?? [] });
  return { nodes: paragraph.children, html, text: textOf(paragraph).replace(/\s+/g, ' ').trim() };
}

/** A fresh copy of rendered inline nodes, placed at `position` (the directive that shows them). */
export function cloneAt(nodes: PhrasingContent[], position: PhrasingContent['position']): PhrasingContent[] {
  const copy = structuredClone(nodes);
  const root: Root = { type: 'root', children: [{ type: 'paragraph', children: copy }] };
  visit(root, (node) => {
    if (position) node.position = position;
    else delete node.position;
  });
  return copy;
}
