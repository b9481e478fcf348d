import type { Element, Root } from 'hast';
import type { GlossaryEntry, HandbookMeta, Page } from '../../shared/handbook-data.ts';
import { GLOSSARY_SLUG, type Glossary } from './glossary.ts';
import { finishHast, type FinishedHtml } from './render-page.ts';

function element(tagName: string, properties: Element['properties'], text: string): Element {
  return { type: 'element', tagName, properties, children: [{ type: 'text', value: text }] };
}

/** The glossary page: one `##` per term, with the entry id as its anchor so `:term` links land. */
export function glossaryPage(
  glossary: Glossary,
  { reviewed, nextReview }: Pick<HandbookMeta, 'reviewed' | 'nextReview'>,
): { page: Page; finished: FinishedHtml } {
  const children: Element[] = [];
  for (const term of glossary.terms) {
    children.push(element('h2', { id: term.id }, term.term));
    if (term.aliases.length > 0) {
      children.push(
        element('p', { className: ['glossary-aliases'] }, `Also called: ${term.aliases.join(', ')}.`),
      );
    }
    children.push(element('p', {}, term.definition));
  }
  const tree: Root = { type: 'root', children };
  const finished = finishHast(tree);
  const page: Page = {
    slug: GLOSSARY_SLUG,
    title: glossary.title,
    summary: glossary.summary,
    keywords: [],
    reviewed,
    nextReview,
    sources: [],
    handout: false,
    headings: glossary.terms.map((t) => ({ id: t.id, text: t.term, depth: 2 })),
    html: finished.html,
  };
  return { page, finished };
}

/** The entries the reader turns into tooltips on `:term` links. */
export function glossaryEntries(glossary: Glossary): GlossaryEntry[] {
  return glossary.terms.map((t) => ({ id: t.id, term: t.term, definition: t.definition }));
}
