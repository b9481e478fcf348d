import type { Source } from '../../shared/handbook-data.ts';
import type { PageContext } from './page-context.ts';
import type { RenderedPage } from './render-page.ts';
import type { SignBook } from './sign-book.ts';
import type { Snippet } from './snippets.ts';

/**
 * The most words a handout may have, an upper bound for one printed sheet (A4 or Letter) with its
 * title, emergency line, disclaimer, review dates and edition. Measured on the print PDFs
 * (`npm run handouts -- --all`, printed as e2e/print.spec.ts prints them): the longest handout of
 * edition 2026.1 that fitted one sheet had 214 words; with "When to get help" as tier callouts,
 * handouts of 177 to 211 words filled 93 to 98% of a Letter sheet (the shorter paper), and 248
 * words or more took two. Callouts and list items take room too, so fewer words can still
 * overflow: the print test has the last word, this rule catches it before printing.
 */
export const HANDOUT_WORD_BUDGET = 215;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A handout must fit its sheet, and take its "When to get help" part from the page's own signs. */
export function checkHandout(rendered: RenderedPage, ctx: PageContext): void {
  if (!rendered.handout || !rendered.handoutAt) return;
  if (ctx.shownSigns.length > 0 && !rendered.handout.getHelp)
    ctx.reporter.at(
      rendered.handoutAt,
      'this page shows warning signs, so its handout needs ::get-help (its "When to get help" part)',
    );
  const words = wordCount(rendered.handout.text);
  if (words > HANDOUT_WORD_BUDGET)
    ctx.reporter.at(
      rendered.handoutAt,
      `the handout has ${words} words, more than fit on one printed page (${HANDOUT_WORD_BUDGET}); shorten it, or choose fewer signs with ::get-help{ids="..."}`,
    );
}

/** Every sign must be shown by some page's `::signs`, and every snippet included somewhere. */
export function reportUnused(
  book: SignBook,
  shown: ReadonlySet<string>,
  snippets: ReadonlyMap<string, Snippet>,
  used: ReadonlySet<string>,
): void {
  for (const sign of book.signs) {
    if (!shown.has(sign.id))
      book.reporter.at(
        sign.at,
        `no page shows the sign "${sign.id}": add it to a page's :::${sign.tier} callout with ::signs`,
      );
  }
  for (const snippet of snippets.values()) {
    if (!used.has(snippet.id))
      snippet.reporter.at(
        { line: 1, column: 1 },
        `no page includes this snippet: add ::snippet{id=${snippet.id}} to a page, or delete it`,
      );
  }
}

/** The page's sources and those of the snippets it includes, each once. */
export function withSnippetSources(
  sources: Source[],
  used: ReadonlySet<string>,
  snippets: ReadonlyMap<string, Snippet>,
): Source[] {
  const out = [...sources];
  for (const id of used) {
    for (const source of snippets.get(id)?.sources ?? []) {
      if (!out.some((s) => s.url === source.url)) out.push(source);
    }
  }
  return out;
}
