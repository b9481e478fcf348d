import { describe, expect, it } from 'vitest';
import type { PageContext } from './page-context.ts';
import { formatProblem, Reporter, type Problem } from './problems.ts';
import type { RenderedPage } from './render-page.ts';
import type { SignBook } from './sign-book.ts';
import { checkHandout, HANDOUT_WORD_BUDGET, reportUnused, withSnippetSources, wordCount } from './sign-checks.ts';
import type { Snippet } from './snippets.ts';

// The rules on their own, at their edges; signs-errors.test.ts shows them in whole builds.

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

function handoutProblems(text: string, getHelp: boolean, shownSigns: string[] = []): string[] {
  const problems: Problem[] = [];
  const rendered = { handout: { text, getHelp }, handoutAt: { line: 7, column: 1 } } as RenderedPage;
  const ctx = { shownSigns, reporter: new Reporter('content/p.md', problems) } as unknown as PageContext;
  checkHandout(rendered, ctx);
  return problems.map(formatProblem);
}

describe('wordCount', () => {
  it('counts words with a letter or a digit, not dashes, bullets or runs of spaces', () => {
    expect(wordCount('  Call 999 —  now,\n\tplease • ')).toBe(4);
    expect(wordCount('')).toBe(0);
  });
});

describe('checkHandout', () => {
  it('lets a handout of exactly the budget through, and reports one word more at the handout', () => {
    expect(handoutProblems(words(HANDOUT_WORD_BUDGET), true)).toEqual([]);
    expect(handoutProblems(words(HANDOUT_WORD_BUDGET + 1), true)).toEqual([
      `content/p.md:7:1: the handout has ${HANDOUT_WORD_BUDGET + 1} words, more than fit on one printed page (${HANDOUT_WORD_BUDGET}); shorten it, or choose fewer signs with ::get-help{ids="..."}`,
    ]);
  });

  it('needs "When to get help" only on a page that shows warning signs', () => {
    expect(handoutProblems('Rest.', false)).toEqual([]);
    expect(handoutProblems('Rest.', false, ['cannot-pee'])).toEqual([
      'content/p.md:7:1: this page shows warning signs, so its handout needs ::get-help (its "When to get help" part)',
    ]);
    expect(handoutProblems('Rest.', true, ['cannot-pee'])).toEqual([]);
  });

  it('checks nothing on a page without a handout', () => {
    const problems: Problem[] = [];
    const ctx = { shownSigns: ['x'], reporter: new Reporter('p.md', problems) } as unknown as PageContext;
    checkHandout({ handout: null, handoutAt: null } as RenderedPage, ctx);
    expect(problems).toEqual([]);
  });
});

describe('reportUnused', () => {
  it('reports each sign no page shows, at the sign, and each snippet no page includes', () => {
    const problems: Problem[] = [];
    const reporter = new Reporter('content/warning-signs.yml', problems);
    const sign = (id: string, line: number) => ({ id, tier: 'emergency', at: { line, column: 5 } });
    const book = { signs: [sign('shown', 3), sign('unshown', 9)], reporter } as unknown as SignBook;
    const snippet = (id: string) =>
      ({ id, reporter: new Reporter(`content/snippets/${id}.md`, problems) }) as unknown as Snippet;
    const snippets = new Map([
      ['used', snippet('used')],
      ['unused', snippet('unused')],
    ]);
    reportUnused(book, new Set(['shown']), snippets, new Set(['used']));
    expect(problems.map(formatProblem)).toEqual([
      'content/warning-signs.yml:9:5: no page shows the sign "unshown": add it to a page\'s :::emergency callout with ::signs',
      'content/snippets/unused.md:1:1: no page includes this snippet: add ::snippet{id=unused} to a page, or delete it',
    ]);
  });
});

describe('withSnippetSources', () => {
  it('adds the sources of the snippets a page uses, each address once, after its own', () => {
    const source = (url: string) => ({ title: url, publisher: 'P', url, accessed: '2026-01-01' });
    const snippets = new Map([
      ['a', { sources: [source('https://a'), source('https://own')] }],
      ['b', { sources: [source('https://b')] }],
      ['unused', { sources: [source('https://unused')] }],
    ]) as unknown as Map<string, Snippet>;
    const out = withSnippetSources([source('https://own')], new Set(['a', 'b', 'missing']), snippets);
    expect(out.map((s) => s.url)).toEqual(['https://own', 'https://a', 'https://b']);
  });
});
