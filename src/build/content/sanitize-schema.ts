import type { Root } from 'hast';
import type { Options as Schema } from 'rehype-sanitize';
import { visit } from 'unist-util-visit';
import { SVG_RULES, svgAttributes } from './svg-schema.ts';

const headingId = ['id'];

/**
 * The only markup a page may contain: what our Markdown produces plus the few raw tags authors may
 * write. Built from nothing rather than from GitHub's default, so nothing is allowed by accident.
 */
export const SANITIZE_SCHEMA: Schema = {
  tagNames: [
    'p',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'blockquote',
    'hr',
    'pre',
    'code',
    'em',
    'strong',
    'del',
    'a',
    'img',
    'div',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'aside',
    'section',
    'span',
    'br',
    'kbd',
    'abbr',
    'sub',
    'sup',
    // Drawings from content/images, inlined (svg-drawing.ts); the same rules as for the file.
    ...Object.keys(SVG_RULES),
  ],
  attributes: {
    a: [
      'href',
      'title',
      ['className', 'term', 'external'],
      ['rel', 'noopener', 'noreferrer'],
      ['target', '_blank'],
      'dataTerm',
      'dataExternal',
    ],
    img: ['src', 'alt', 'title', 'width', 'height'],
    aside: [['className', /^callout(-[a-z-]+)?$/], ['role', 'note'], 'ariaLabelledBy'],
    section: [['className', 'handout'], 'ariaLabelledBy'],
    p: [
      ['className', 'callout-label', 'callout-action', 'signs-audience', 'get-help-label', 'handout-label', 'glossary-aliases'],
      'id',
    ],
    span: [['className', 'region-emergency', 'region-urgent', 'region-maternity', 'region-doctor']],
    ul: [['className', 'signs']],
    div: [['className', 'table-scroll']],
    // Only the urgent help page's full list gives signs ids (`sign-<id>`), for links from search.
    li: [['className', 'sign'], ['id', /^sign-[a-z0-9-]+$/], 'dataSign'],
    code: [['className', /^language-[\w+#.-]+$/]],
    abbr: ['title'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
    h2: headingId,
    h3: headingId,
    h4: headingId,
    h5: headingId,
    h6: headingId,
    ...svgAttributes(),
    svg: [...(svgAttributes().svg ?? []), ['className', 'drawing'], ['role', 'img'], 'ariaLabel'],
  },
  // Only relative image paths: no protocol is named "relative-only", so every absolute src goes.
  protocols: { href: ['https', 'mailto'], src: ['relative-only'] },
  // Our ids come from the slugger and the glossary; the reader's deep links need them verbatim.
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style', 'template', 'noscript'],
  required: {},
  allowComments: false,
  allowDoctypes: false,
};

/**
 * A last check on the sanitized tree: every link and image points where the build sends them.
 * It throws, because reaching it means the checks before it have a hole, not that an author erred.
 */
export function assertSafeTree(tree: Root): void {
  visit(tree, 'element', (node) => {
    const href = node.properties.href;
    if (href !== undefined && !/^(#\/page\/|https:\/\/|mailto:)/.test(String(href))) {
      throw new Error(`unsafe href survived sanitizing: ${String(href)}`);
    }
    const src = node.properties.src;
    if (src !== undefined && !/^content\/images\/[^/:]+$/.test(String(src))) {
      throw new Error(`unsafe src survived sanitizing: ${String(src)}`);
    }
  });
}
