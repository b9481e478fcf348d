import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildLunrIndex, buildSearchIndex } from './build-index';
import { decode, decodeTerms, encode } from './compact-index';
import { FIXTURE_DOCS } from './fixture-docs';
import { generateCorpus } from './synthetic-corpus';

function results(index: lunr.Index, query: string): [string, number][] {
  return index
    .search(query)
    .map((r): [string, number] => [r.ref, Math.round(r.score * 1e9) / 1e9])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

describe('compact index', () => {
  it('round-trips: the decoded index answers exactly like the original', () => {
    const original = buildLunrIndex(FIXTURE_DOCS);
    const compact = JSON.parse(JSON.stringify(buildSearchIndex(FIXTURE_DOCS)));
    const loaded = lunr.Index.load(decode(compact));
    for (const q of ['back', 'cramp*', 'sciatica~1', 'title:pain', 'pain -kidney', 'disc nerve', 'zzz']) {
      expect(results(loaded, q)).toEqual(results(original, q));
    }
  });

  it('front-codes the vocabulary losslessly', () => {
    const serialized = buildLunrIndex(FIXTURE_DOCS).toJSON() as { invertedIndex: [string][] };
    expect(decodeTerms(encode(serialized).terms)).toEqual(serialized.invertedIndex.map(([t]) => t));
  });

  it('is at most half the size of lunr’s JSON on a large corpus', () => {
    const docs = generateCorpus(120, 500, 7);
    const index = buildLunrIndex(docs);
    const compact = encode(index.toJSON());
    const ratio = JSON.stringify(compact).length / JSON.stringify(index).length;
    expect(ratio).toBeLessThan(0.5);
    const loaded = lunr.Index.load(decode(compact));
    for (const q of ['back pain', 'cramp*', 'sciatca~1'])
      expect(results(loaded, q)).toEqual(results(index, q));
  });

  it('rejects data it does not understand', () => {
    expect(() => decode({} as never)).toThrow(/unsupported/);
  });
});
