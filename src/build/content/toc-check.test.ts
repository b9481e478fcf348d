import { describe, expect, it } from 'vitest';
import type { HandbookConfig } from './handbook-config.ts';
import type { SourcePage } from './load-pages.ts';
import { formatProblem, Reporter, type Problem } from './problems.ts';
import { checkToc } from './toc-check.ts';

/** A config whose toc lists `pages` (one section each), each at its own line of handbook.yml. */
function config(sections: string[][], meta: { home?: string; urgentHelp?: string } = {}): HandbookConfig {
  let line = 10;
  return {
    meta: { home: meta.home ?? 'a', urgentHelp: meta.urgentHelp ?? 'a' } as HandbookConfig['meta'],
    tiers: [],
    toc: sections.map((pages) => ({ title: 'T', pages: pages.map((value) => ({ value, at: { line: line++, column: 5 } })) })),
    at: { home: { line: 2, column: 7 }, urgentHelp: { line: 3, column: 13 }, toc: { line: 9, column: 3 } },
  };
}

/** Checks the toc against pages with these slugs (each its own file), plus generated `extra` slugs. */
function check(cfg: HandbookConfig, pageSlugs: string[], extra: string[] = []): string[] {
  const problems: Problem[] = [];
  const pages = pageSlugs.map(
    (slug) =>
      ({ slug, slugAt: { line: 1, column: 1 }, reporter: new Reporter(`${slug}.md`, problems) }) as SourcePage,
  );
  checkToc(cfg, new Set([...pageSlugs, ...extra]), pages, new Reporter('handbook.yml', problems));
  return problems.map(formatProblem);
}

describe('checkToc', () => {
  it('accepts a toc listing every page once, home and urgent help among them', () => {
    expect(check(config([['a', 'b'], ['glossary']]), ['a', 'b'], ['glossary'])).toEqual([]);
  });

  it('reports an entry with no page, and an entry listed twice, at the entry', () => {
    expect(check(config([['a', 'nope'], ['a', 'b']]), ['a', 'b'])).toEqual([
      'handbook.yml:11:5: the table of contents lists "nope", but there is no such page',
      'handbook.yml:12:5: "a" is listed in the table of contents twice',
    ]);
  });

  it('reports a missing page twice only once, as missing', () => {
    expect(check(config([['a', 'nope', 'nope']]), ['a'])).toEqual([
      'handbook.yml:11:5: the table of contents lists "nope", but there is no such page',
      'handbook.yml:12:5: the table of contents lists "nope", but there is no such page',
    ]);
  });

  it('reports a page left out of the toc, in its own file', () => {
    expect(check(config([['a']]), ['a', 'b'])).toEqual(['b.md:1:1: the page "b" is not in the toc of handbook.yml']);
  });

  it('reports the generated glossary left out, at the toc, but not a glossary written as a page', () => {
    expect(check(config([['a']]), ['a'], ['glossary'])).toEqual([
      'handbook.yml:9:3: the generated "glossary" page is not in the toc',
    ]);
    expect(check(config([['a']]), ['a'])).toEqual([]);
    expect(check(config([['a']]), ['a', 'glossary'])).toEqual([
      'glossary.md:1:1: the page "glossary" is not in the toc of handbook.yml',
    ]);
  });

  it('reports a home or urgent help that is no page, each at its field; empty ones are left to the field check', () => {
    expect(check(config([['a']], { home: 'start', urgentHelp: 'help' }), ['a'])).toEqual([
      'handbook.yml:2:7: home "start" is not a page',
      'handbook.yml:3:13: urgentHelp "help" is not a page',
    ]);
    expect(check(config([['a']], { home: '', urgentHelp: '' }), ['a'])).toEqual([]);
  });
});
