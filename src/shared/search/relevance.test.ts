import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchDoc } from '../handbook-data';
import { buildSearchIndex } from './build-index';
import { SearchEngine } from './search-engine';

const rethrow = (error: unknown): never => {
  throw error;
};

/**
 * Realistic queries over the REAL handbook (`content/`), each with the page a reader expects in
 * the top 3. Lay words, misspellings and medicine names on purpose: this is what people type.
 */
export const RELEVANCE_CASES: [query: string, slug: string][] = [
  ['sciatica', 'nerve-related-pain'],
  ['exercises for back pain', 'exercises-and-stretches'],
  ['stretches for lower back', 'exercises-and-stretches'],
  ['birthing ball', 'exercises-and-stretches'],
  ['sciatca', 'nerve-related-pain'],
  ['pain down my leg', 'nerve-related-pain'],
  ['pins and needles in my leg', 'nerve-related-pain'],
  ['tingling foot', 'nerve-related-pain'],
  ['slipped disk', 'nerve-related-pain'],
  ['muscle relaxers', 'nerve-related-pain'],
  ['preganant back pain', 'later-pregnancy'],
  ['cramps in early pregnancy', 'early-pregnancy'],
  ['implantation cramps', 'early-pregnancy'],
  ['miscarrige', 'early-pregnancy'],
  ['ectopic', 'early-pregnancy'],
  ['period like cramps', 'early-pregnancy'],
  ['braxton hicks', 'later-pregnancy'],
  ['paracetamol when pregnant', 'later-pregnancy'],
  ['round ligament pain', 'later-pregnancy'],
  ['contractions', 'later-pregnancy'],
  ['kidny pain', 'other-medical-causes'],
  ['kidney stones', 'other-medical-causes'],
  ['magnesium supplements', 'other-medical-causes'],
  ['underactive thyroid', 'other-medical-causes'],
  ['water infection', 'other-medical-causes'],
  ['pulled muscle lifting', 'injury-and-strain'],
  ['put my back out', 'injury-and-strain'],
  ['how long to heal', 'injury-and-strain'],
  ['physio', 'injury-and-strain'],
  ['hot water bottle', 'self-care'],
  ['acetaminophen', 'glossary'],
  ['tylenol pregnant', 'later-pregnancy'],
  ['ibuprofen for back pain', 'self-care'],
  ['what does spondylolisthesis mean', 'glossary'],
  ['safe lifting', 'self-care'],
  ['heat or ice', 'self-care'],
  ['A&E', 'urgent-help'],
  ['numb bum', 'urgent-help'],
  ["can't pee", 'urgent-help'],
  ['cauda equina', 'urgent-help'],
  ['back spasm', 'understanding-back-cramps'],
  ['what is a back cramp', 'understanding-back-cramps'],
  ['lumbago', 'understanding-back-cramps'],
  ['print a handout', 'start-here'],
  ['report a mistake', 'sources-and-review'],
  ['who wrote this', 'sources-and-review'],
];

let engine: SearchEngine;

/** The content build is Node code and src/shared is also type-checked for the browser: import it by path. */
const CONTENT_BUILD = '../../build/content/build-handbook.ts';
type BuildHandbook = (dir: string) => Promise<{ ok: false } | { ok: true; searchDocs: SearchDoc[] }>;

beforeAll(async () => {
  const { buildHandbook } = (await import(/* @vite-ignore */ CONTENT_BUILD)) as {
    buildHandbook: BuildHandbook;
  };
  const built = await buildHandbook('content');
  if (!built.ok) throw new Error('the content build failed; fix content/ first');
  engine = SearchEngine.fromData(
    JSON.parse(JSON.stringify({ docs: built.searchDocs, index: buildSearchIndex(built.searchDocs) })),
    rethrow,
  );
});

describe('relevance over the real handbook', () => {
  it.each(RELEVANCE_CASES)('%s → %s in the top 3', (query, slug) => {
    const top = engine.search(query, { limit: 3 }).results.map((r) => r.slug);
    expect(top).toContain(slug);
  });
});
