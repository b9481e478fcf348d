import { describe, expect, it } from 'vitest';
import { FIXTURE_DOCS } from '../../../test/fixtures/search/fixture-docs';
import { generateCorpus } from '../../../test/fixtures/search/synthetic-corpus';
import { buildLunrIndex, buildSearchIndex } from './build-index';
import { decodeTerms, loadIndex, type RankingIndex } from './index-file';

type Serialized = {
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, { _index: number }][];
};

/** Every (field/ref, term) → weight lunr serialized, and the same read back from the loaded index. */
function lunrWeights(s: Serialized): Map<string, number> {
  const termOf = new Map(s.invertedIndex.map(([term, p]) => [p._index, term]));
  const out = new Map<string, number>();
  for (const [fieldRef, elements] of s.fieldVectors)
    for (let i = 0; i < elements.length; i += 2)
      out.set(`${fieldRef} ${termOf.get(elements[i]!)}`, elements[i + 1]!);
  return out;
}
function loadedWeights(index: RankingIndex): Map<string, number> {
  const out = new Map<string, number>();
  index.terms.forEach((term, t) => {
    for (let p = index.start[t]!; p < index.start[t + 1]!; p++)
      out.set(`${index.fields[index.field[p]!]}/${index.refs[index.doc[p]!]} ${term}`, index.weight[p]!);
  });
  return out;
}

describe('search index file', () => {
  it('loads back exactly the weights lunr computed, per field, section and term', () => {
    for (const docs of [FIXTURE_DOCS, generateCorpus(40, 300, 7)]) {
      const serialized = buildLunrIndex(docs).toJSON() as unknown as Serialized;
      const index = loadIndex(JSON.parse(JSON.stringify(buildSearchIndex(docs))));
      expect(loadedWeights(index)).toEqual(lunrWeights(serialized));
      expect(index.refs).toEqual(docs.map((d) => d.id));
    }
  });

  it('front-codes the vocabulary losslessly', () => {
    const serialized = buildLunrIndex(FIXTURE_DOCS).toJSON() as unknown as Serialized;
    const terms = serialized.invertedIndex.map(([t]) => t).sort();
    expect(decodeTerms(buildSearchIndex(FIXTURE_DOCS).terms)).toEqual(terms);
  });

  it('is at most half the size of lunr’s JSON on a large corpus', () => {
    const docs = generateCorpus(120, 500, 7);
    const ratio = JSON.stringify(buildSearchIndex(docs)).length / JSON.stringify(buildLunrIndex(docs)).length;
    expect(ratio).toBeLessThan(0.5);
  });

  it('rejects data it does not understand', () => {
    const good = buildSearchIndex(FIXTURE_DOCS);
    for (const bad of [
      null,
      {},
      { ...good, v: 1 },
      { ...good, postings: [] },
      { ...good, postings: good.postings.map(() => [99999, 1]) },
    ])
      expect(() => loadIndex(bad)).toThrow(/unsupported or malformed/);
  });
});
