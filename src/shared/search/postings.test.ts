import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import type { SearchDoc } from '../handbook-data';
import { buildLunrIndex, buildSearchIndex } from './build-index';
import { loadIndex } from './index-file';
import { FIXTURE_DOCS } from '../../../test/fixtures/search/fixture-docs';
import { Postings, type ScoreClause } from './postings';
import { generateCorpus } from '../../../test/fixtures/search/synthetic-corpus';

/** What lunr's own query step answers for the same clauses: ref → score. */
function lunrScores(index: lunr.Index, clauses: ScoreClause[]): Map<string, number> {
  const results = index.query((q) => {
    for (const c of clauses) {
      q.term(c.term, {
        boost: c.boost,
        usePipeline: false,
        wildcard: c.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
      });
    }
  });
  return new Map(results.map((r) => [r.ref, r.score]));
}

function ourScores(postings: Postings, clauses: ScoreClause[]): Map<string, number> {
  const scored = postings.score(clauses, () => 0);
  return new Map([...scored.docs].map((d, i) => [postings.refs[d]!, scored.scores[i]!]));
}

const CLAUSE_SETS: ScoreClause[][] = [
  [{ term: 'back', boost: 10, prefix: false }],
  [
    { term: 'back', boost: 10, prefix: false },
    { term: 'back', boost: 3, prefix: true },
  ],
  [
    { term: 'pain', boost: 10, prefix: false },
    { term: 'cramp', boost: 10, prefix: false },
    { term: 'spasm', boost: 5, prefix: false },
    { term: 'pre', boost: 3, prefix: true },
  ],
  [
    { term: 'kidney', boost: 10, prefix: false },
    { term: 'ki', boost: 3, prefix: true },
    { term: 'p', boost: 3, prefix: true },
    { term: 'nosuchterm', boost: 10, prefix: false },
  ],
  [{ term: 'nosuchterm', boost: 10, prefix: false }],
  [{ term: 'zz', boost: 3, prefix: true }],
];

/** Our postings, loaded from the index file the content build writes for these documents. */
const postingsOf = (docs: SearchDoc[]): Postings =>
  new Postings(loadIndex(JSON.parse(JSON.stringify(buildSearchIndex(docs)))));

function expectSameAsLunr(docs: SearchDoc[], index: lunr.Index): void {
  const postings = postingsOf(docs);
  for (const clauses of CLAUSE_SETS) {
    const ours = ourScores(postings, clauses);
    const theirs = lunrScores(index, clauses);
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    // Same products summed per field in the same order; only the order the fields are added in
    // may differ, by the last bit, far below the engine's rounding to 6 decimals.
    for (const [ref, score] of theirs)
      expect(Math.abs(ours.get(ref)! - score)).toBeLessThanOrEqual(1e-12 * score);
  }
  expect(postings.refs).toHaveLength(docs.length);
}

describe('Postings', () => {
  it('scores exactly like lunr on a built index', () => {
    expectSameAsLunr(FIXTURE_DOCS, buildLunrIndex(FIXTURE_DOCS));
  });

  it('scores exactly like lunr on a generated corpus', () => {
    const docs = generateCorpus(60, 300, 7);
    expectSameAsLunr(docs, buildLunrIndex(docs));
  });

  it('expands prefixes over the sorted vocabulary and counts documents per term', () => {
    const index = buildLunrIndex(FIXTURE_DOCS);
    const postings = postingsOf(FIXTURE_DOCS);
    const serialized = index.toJSON() as unknown as { invertedIndex: [string][] };
    const vocabulary = serialized.invertedIndex.map(([t]) => t).sort();
    for (const prefix of ['', 'b', 'back', 'pr', 'preg', 'zzz', 'é']) {
      expect(postings.withPrefix(prefix)).toEqual(vocabulary.filter((t) => t.startsWith(prefix)));
    }
    const containing = (term: string): number =>
      FIXTURE_DOCS.filter((d) =>
        index.query((q) => q.term(term, { usePipeline: false })).some((r) => r.ref === d.id),
      ).length;
    for (const term of ['back', 'kidney', 'pain']) {
      expect(postings.docFrequency(term)).toBe(containing(term));
      expect(postings.docFrequency(term)).toBeGreaterThan(0);
    }
    expect(postings.docFrequency('nosuchterm')).toBe(0);
  });

  it('ORs the term masks of every matched term per document', () => {
    const postings = postingsOf(FIXTURE_DOCS);
    const clauses: ScoreClause[] = [
      { term: 'back', boost: 10, prefix: false },
      { term: 'kidney', boost: 10, prefix: false },
    ];
    const scored = postings.score(clauses, (t) => (t === 'back' ? 1 : 2));
    expect(scored.terms).toEqual(new Set(['back', 'kidney']));
    const masks = new Set(scored.masks);
    expect(masks.has(1) || masks.has(3)).toBe(true);
    expect([...masks].every((m) => m >= 1 && m <= 3)).toBe(true);
    // A second query reuses the scratch space without leaking the first one's state.
    const again = postings.score([{ term: 'kidney', boost: 10, prefix: false }], () => 4);
    expect([...again.masks].every((m) => m === 4)).toBe(true);
  });
});
