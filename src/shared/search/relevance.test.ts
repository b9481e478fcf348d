import { beforeAll, describe, expect, it } from 'vitest';
import type { HandbookData, SearchDoc } from '../handbook-data';
import { buildSearchIndex } from './build-index';
import { relevanceCases, relevanceRates, type RelevanceCase } from './relevance-queries';
import { SearchEngine } from './search-engine';

const rethrow = (error: unknown): never => {
  throw error;
};

let engine: SearchEngine;
let cases: RelevanceCase[];

/** The content build is Node code and src/shared is also type-checked for the browser: import it by path. */
const CONTENT_BUILD = '../../build/content/build-handbook.ts';
type BuildHandbook = (
  dir: string,
) => Promise<
  { ok: false } | { ok: true; searchDocs: SearchDoc[]; synonyms: string[][]; handbook: HandbookData }
>;

beforeAll(async () => {
  const { buildHandbook } = (await import(/* @vite-ignore */ CONTENT_BUILD)) as {
    buildHandbook: BuildHandbook;
  };
  const built = await buildHandbook('content');
  if (!built.ok) throw new Error('the content build failed; fix content/ first');
  const { searchDocs: docs, synonyms } = built;
  engine = SearchEngine.fromData(
    JSON.parse(JSON.stringify({ docs, index: buildSearchIndex(docs), synonyms })),
    rethrow,
  );
  cases = relevanceCases(docs, built.handbook.signs);
}, 60_000);

describe('relevance over the real handbook', () => {
  it('has at least 120 queries, one for every warning sign, each with a page that can answer it', () => {
    expect(cases.length).toBeGreaterThanOrEqual(120);
    for (const c of cases) expect(c.pages.length, c.query).toBeGreaterThan(0);
  });

  it('puts the right page in the top 3 for every query', () => {
    expect(relevanceRates(engine, cases).misses).toEqual([]);
  });

  it('ranks the right page first for the issue’s two examples', () => {
    const examples: [string, string][] = [
      ['preganant back cramps', 'early-pregnancy'],
      ['back spasm after lifting boxes', 'injury-and-strain'],
    ];
    for (const [query, slug] of examples)
      expect(engine.search(query, { limit: 1 }).results[0]?.slug, query).toBe(slug);
  });
});
