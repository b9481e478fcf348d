import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build-index';
import { loadIndex } from './index-file';
import { FIXTURE_DOCS, FIXTURE_SYNONYMS } from '../../../test/fixtures/search/fixture-docs';
import { SearchEngine } from './search-engine';
import { snippetText } from './snippet';

const rethrow = (error: unknown): never => {
  throw error;
};

const engine = SearchEngine.fromData(
  JSON.parse(
    JSON.stringify({ docs: FIXTURE_DOCS, index: buildSearchIndex(FIXTURE_DOCS), synonyms: FIXTURE_SYNONYMS }),
  ),
  rethrow,
);
const ids = (q: string): string[] => engine.search(q).results.map((r) => r.id);

describe('SearchEngine', () => {
  it('warms up without changing any answer', () => {
    const fresh = () =>
      SearchEngine.fromData(
        JSON.parse(
          JSON.stringify({
            docs: FIXTURE_DOCS,
            index: buildSearchIndex(FIXTURE_DOCS),
            synonyms: FIXTURE_SYNONYMS,
          }),
        ),
        rethrow,
      );
    const queries = ['cra', 'cramps', 'back pain', 'kindey', 'midwife '];
    const cold = fresh();
    const expected = queries.map((q) => cold.search(q));
    const warmed = fresh();
    warmed.warmUp();
    expect(queries.map((q) => warmed.search(q))).toEqual(expected);
    // Words found ahead in steps, with a person's query answered between two, as the worker does.
    const ahead = fresh();
    const steps = ahead.findWordsAhead();
    steps.next();
    expect(queries.map((q) => ahead.search(q))).toEqual(expected);
    Array.from(steps);
    expect(queries.map((q) => ahead.search(q))).toEqual(expected);
  });

  it('warms up an index with no documents without complaint', () => {
    const empty = SearchEngine.fromData({ docs: [], index: buildSearchIndex([]) }, rethrow);
    expect(() => empty.warmUp()).not.toThrow();
    expect(() => Array.from(empty.findWordsAhead())).not.toThrow();
  });

  it('returns nothing for empty or whitespace queries', () => {
    expect(engine.search('')).toEqual({ results: [], total: 0, suggestions: [], signs: [] });
    expect(engine.search('  \t\n ').total).toBe(0);
  });

  it('returns well-formed results with marked snippets', () => {
    const { results, total } = engine.search('cramps');
    expect(total).toBe(results.length);
    const first = results[0]!;
    expect(first).toMatchObject({ slug: 'cramps', title: 'Understanding back cramps' });
    expect(first.snippet).toContainEqual({ text: expect.stringMatching(/^cramps?$/i), hit: true });
    expect(first.terms).toContain('cramps');
  });

  it("gives each result its section's words that the query matched in any form, for the article's marks", () => {
    const why = engine.search('cramps').results.find((r) => r.anchor === 'why-they-happen')!;
    expect(why.terms).toEqual(expect.arrayContaining(['cramps', 'cramp', 'cramping']));
    expect(why.terms).not.toContain('happen');
  });

  it('ranks title and heading matches above body mentions', () => {
    expect(ids('kidney ')[0]).toBe('kidneys#');
    expect(ids('herniated ')[0]).toBe('nerves#slipped-disc');
    expect(ids('midwife ')[0]).toBe('pregnancy#when-to-call');
  });

  it('ranks sections matching all words above those matching one', () => {
    expect(ids('pain fever ')[0]).toBe('kidneys#');
  });

  it('is stable, and shows at most two sections of a page before the next page', () => {
    const { results } = engine.search('back pain');
    const pages = [...new Set(results.map((r) => r.slug))];
    expect(pages.length).toBeGreaterThan(2);
    // Best first within a page (`spreadPages` orders the pages: see ranking.test.ts).
    for (const slug of pages) {
      const scores = results.filter((r) => r.slug === slug).map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    expect(ids('back pain')).toEqual(ids('back pain'));
  });

  it('ranks the section about the rarest word first, and a corrected word as that word', () => {
    // "cramps" and "back" are everywhere; "midwife" is the reader's specific word.
    expect(ids('back cramps midwife')[0]).toBe('pregnancy#when-to-call');
    expect(ids('back cramps midwfe')[0]).toBe('pregnancy#when-to-call');
  });

  it('completes the last word being typed, exact matches first', () => {
    expect(ids('pregn')[0]).toMatch(/^pregnancy#/);
    expect(ids('sciat')[0]).toBe('nerves#');
  });

  it('tolerates typos and suggests the readable word', () => {
    expect(ids('sciatca')[0]).toBe('nerves#');
    const r = engine.search('preganant');
    expect(r.results[0]!.slug).toBe('pregnancy');
    expect(r.suggestions).toContain('pregnant');
    expect(ids('kidny')[0]).toBe('kidneys#');
  });

  it('uses synonyms and lay words', () => {
    expect(ids('spasm ')).toContain('cramps#why-they-happen');
    expect(ids('acetaminophen')[0]).toBe('self-care#');
    expect(ids('pins and needles')[0]).toBe('nerves#');
    expect(ids('ER')[0]).toBe('urgent#');
    expect(ids('A&E')[0]).toBe('urgent#');
    expect(ids('slipped disc')[0]).toBe('nerves#slipped-disc');
    expect(ids('renal')[0]).toBe('kidneys#');
  });

  it('narrows to sections containing a quoted phrase', () => {
    expect(ids('"lower back"')).toEqual(['cramps#']);
    expect(ids('lower back').length).toBeGreaterThan(1);
    expect(ids('"back lower"')).toEqual([]);
  });

  it('matches accents and apostrophes loosely', () => {
    expect(ids('cafe')).toEqual(['glossary#lumbar']);
    expect(ids('thats important')[0]).toBe('pregnancy#when-to-call');
  });

  it('never throws on syntax, and offers did-you-mean for nonsense', () => {
    for (const q of ['foo:', '~', '^', '+', '-', '*', '"', 'x'.repeat(10_000), '😣', 'ألم', '\uD800']) {
      const r = engine.search(q);
      expect(Array.isArray(r.results)).toBe(true);
    }
    const r = engine.search('crampz:');
    expect(r.suggestions[0]).toMatch(/^cramp/);
    // Too short for typo tolerance, but still a did-you-mean.
    expect(engine.search('foo:')).toMatchObject({ total: 0, suggestions: ['foot'] });
  });

  it('keeps markup in a section as text in its snippet', () => {
    const snippet = engine.search('lumbar').results[0]!.snippet;
    expect(snippetText(snippet)).toContain('<script>');
    expect(snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase())).toContain('lumbar');
  });

  it('respects the limit but reports the total', () => {
    const r = engine.search('back', { limit: 2 });
    expect(r.results).toHaveLength(2);
    expect(r.total).toBeGreaterThan(2);
  });

  it('reports an internal failure to onError and answers with nothing', () => {
    const errors: unknown[] = [];
    // Sections whose text cannot be read: the engine fails while building snippets.
    const broken = FIXTURE_DOCS.map((d) => ({
      ...d,
      get body(): string {
        throw new Error('boom');
      },
    }));
    const failing = new SearchEngine(broken, loadIndex(buildSearchIndex(FIXTURE_DOCS)), [], (e) =>
      errors.push(e),
    );
    expect(failing.search('back')).toEqual({ results: [], total: 0, suggestions: [], signs: [] });
    expect(errors).toHaveLength(1);
  });
});
