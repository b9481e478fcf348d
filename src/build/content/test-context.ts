import type { Glossary } from './glossary.ts';
import type { PageContext } from './page-context.ts';
import { GENERIC_WORDS } from './placeholders.ts';
import { Reporter, type Problem } from './problems.ts';
import { renderMarkdown, type RenderedPage } from './render-page.ts';
import { SourceText } from './source-text.ts';
import type { Drawing } from './svg-drawing.ts';

/** Test support: renders one Markdown body as page "here" of a tiny handbook, with no files. */
export const TEST_GLOSSARY: Glossary = {
  title: 'Glossary',
  summary: 'Words.',
  terms: [
    { id: 'sciatica', term: 'Sciatica', aliases: [], definition: 'Leg pain from the back.' },
    {
      id: 'herniated-disc',
      term: 'Herniated disc',
      aliases: ['slipped disc'],
      definition: 'A bulging disc.',
    },
  ],
};

/** A 1×1 PNG header is all an image needs to be "readable" here. */
const PNG_1X1 = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

/** A drawing as `parseDrawing` returns it: a circle in the reader's text colour. */
const TEST_DRAWING: Drawing = {
  width: 20,
  height: 10,
  properties: { viewBox: '0 0 20 10', fill: 'none', stroke: 'currentColor' },
  children: [{ type: 'element', tagName: 'circle', properties: { cx: '5', cy: '5', r: '4' }, children: [] }],
};

/** `overrides` replace parts of the page context, e.g. a sign book or another slug. */
export function renderForTest(
  markdown: string,
  overrides: Partial<PageContext> = {},
): RenderedPage & { problems: Problem[]; messages: string[]; ctx: PageContext } {
  const problems: Problem[] = [];
  const ctx: PageContext = {
    reporter: new Reporter('here.md', problems),
    source: new SourceText(markdown),
    slug: 'here',
    glossary: TEST_GLOSSARY,
    regionWords: { ...GENERIC_WORDS, urgent: 'your doctor' },
    signBook: null,
    snippets: new Map(),
    usedSnippets: new Set(),
    shownSigns: [],
    slugOfFile: new Map([
      ['here.md', 'here'],
      ['other.md', 'other'],
    ]),
    readImage: (path) => (path === 'images/ok.png' ? PNG_1X1 : null),
    readDrawing: (path) => (path === 'images/ok.svg' ? TEST_DRAWING : undefined),
    links: [],
    images: [],
    ...overrides,
  };
  const rendered = renderMarkdown(markdown, ctx);
  const messages = problems.map((p) => `${p.line}:${p.column}: ${p.message}`);
  return { ...rendered, problems, messages, ctx };
}
