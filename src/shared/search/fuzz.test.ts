import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build-index';
import { FIXTURE_DOCS, FIXTURE_SYNONYMS } from '../../../test/fixtures/search/fixture-docs';
import { SearchEngine } from './search-engine';

const rethrow = (error: unknown): never => {
  throw error;
};
import { seededRandom } from '../../../test/fixtures/search/synthetic-corpus';

const PIECES = [':', '~', '^', '+', '-', '*', '"', '“', '\\', '/', '(', ')', '&', "'", ' ', '  ', '\t', '\n'];
const WORDS = [
  'back',
  'cramp',
  'pain',
  'sciatica',
  'pregn',
  'kidny',
  'A&E',
  'foo',
  'title',
  'body',
  '1',
  '2',
];
const UNICODE = [
  '😣',
  '👩🏽‍⚕️',
  'ألم',
  'כאב',
  '\u200F',
  '\u202E',
  '\uD800',
  '\uDFFF',
  'é',
  'e\u0301',
  '\u0000',
  'ß',
  'İ',
  '𝔘',
];

function generate(random: () => number): string {
  const n = Math.floor(random() * 12);
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = random();
    if (r < 0.3) s += PIECES[Math.floor(random() * PIECES.length)];
    else if (r < 0.6) s += WORDS[Math.floor(random() * WORDS.length)];
    else if (r < 0.8) s += UNICODE[Math.floor(random() * UNICODE.length)];
    else s += String.fromCharCode(Math.floor(random() * 0x10000));
  }
  return s;
}

describe('fuzz', () => {
  it('answers 10,000 generated queries without throwing, with well-formed results', () => {
    const engine = SearchEngine.fromData(
      { docs: FIXTURE_DOCS, index: buildSearchIndex(FIXTURE_DOCS), synonyms: FIXTURE_SYNONYMS },
      rethrow,
    );
    const random = seededRandom(20261125);
    const ids = new Set(FIXTURE_DOCS.map((d) => d.id));
    for (let i = 0; i < 10_000; i++) {
      const query = generate(random);
      const r = engine.search(query);
      expect(r.total).toBeGreaterThanOrEqual(r.results.length);
      for (const x of r.results) {
        if (!ids.has(x.id) || !Number.isFinite(x.score) || x.score <= 0)
          throw new Error(`bad result for ${JSON.stringify(query)}`);
        // No empty runs, and no two runs of plain text side by side.
        if (x.snippet.some((p, k) => p.text === '' || (!p.hit && x.snippet[k - 1]?.hit === false)))
          throw new Error(`untidy snippet for ${JSON.stringify(query)}`);
      }
      for (const s of r.suggestions) expect(typeof s).toBe('string');
    }
  });
});
