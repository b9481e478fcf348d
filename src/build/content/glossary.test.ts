import { describe, expect, it } from 'vitest';
import { findTerm, parseGlossary } from './glossary.ts';
import { formatProblem, Reporter, type Problem } from './problems.ts';
import { TEST_GLOSSARY } from './test-context.ts';

describe('findTerm', () => {
  it('finds by explicit id, else by id, term or alias, ignoring case and spacing', () => {
    expect(findTerm(TEST_GLOSSARY, 'anything', 'sciatica')?.id).toBe('sciatica');
    expect(findTerm(TEST_GLOSSARY, 'herniated-disc', undefined)?.id).toBe('herniated-disc');
    expect(findTerm(TEST_GLOSSARY, 'HERNIATED  disc', undefined)?.id).toBe('herniated-disc');
    expect(findTerm(TEST_GLOSSARY, 'Slipped Disc', undefined)?.id).toBe('herniated-disc');
    expect(findTerm(TEST_GLOSSARY, 'lumbago', undefined)).toBeUndefined();
    expect(findTerm(TEST_GLOSSARY, 'sciatica', 'nope')).toBeUndefined();
    expect(findTerm(null, 'sciatica', undefined)).toBeUndefined();
  });
});

describe('parseGlossary', () => {
  it('reports bad ids and words that name two terms, and keeps the good terms', () => {
    const problems: Problem[] = [];
    const glossary = parseGlossary(
      [
        'title: Glossary',
        'summary: Words.',
        'terms:',
        '  - { id: disc, term: Disc, definition: A disc. }',
        '  - { id: Bad Id, term: Other, aliases: [DISC], definition: Two. }',
      ].join('\n'),
      new Reporter('glossary.yml', problems),
    );
    expect(problems.map(formatProblem)).toEqual([
      'glossary.yml:5:11: glossary id "Bad Id" may only use a-z, 0-9 and single hyphens',
      'glossary.yml:5:41: "DISC" already names glossary term "disc"',
    ]);
    expect(glossary?.terms.map((t) => t.id)).toEqual(['disc', 'Bad Id']);
  });
});

/** Parses glossary lines as glossary.yml, handing back the glossary and its problems. */
function glossaryOf(...lines: string[]): { glossary: ReturnType<typeof parseGlossary>; problems: string[] } {
  const problems: Problem[] = [];
  const glossary = parseGlossary(lines.join('\n'), new Reporter('glossary.yml', problems));
  return { glossary, problems: problems.map(formatProblem) };
}

describe('parseGlossary, each problem at its place', () => {
  it('reads title, summary and terms, aliases optional', () => {
    expect(
      glossaryOf(
        'title: Words',
        'summary: What they mean.',
        'terms:',
        '  - { id: disc, term: Disc, definition: A disc. }',
        '  - { id: sciatica, term: Sciatica, aliases: [leg pain], definition: Pain. }',
      ),
    ).toEqual({
      glossary: {
        title: 'Words',
        summary: 'What they mean.',
        terms: [
          { id: 'disc', term: 'Disc', aliases: [], definition: 'A disc.' },
          { id: 'sciatica', term: 'Sciatica', aliases: ['leg pain'], definition: 'Pain.' },
        ],
      },
      problems: [],
    });
  });

  it('reports unknown fields at the top and in a term, and a missing title and summary', () => {
    const { glossary, problems } = glossaryOf(
      'intro: x',
      'terms:',
      '  - { id: disc, term: Disc, definition: A disc., see: other }',
    );
    expect(problems).toEqual([
      'glossary.yml:1:1: unknown field "intro" in glossary.yml (expected one of: title, summary, terms)',
      'glossary.yml:1:1: glossary.yml needs a "title" field',
      'glossary.yml:1:1: glossary.yml needs a "summary" field',
      'glossary.yml:3:50: unknown field "see" in glossary term 1 (expected one of: id, term, aliases, definition)',
    ]);
    expect(glossary).toMatchObject({ title: '', summary: '', terms: [{ id: 'disc' }] });
  });

  it('leaves out a term missing a field, naming it by its number', () => {
    const { glossary, problems } = glossaryOf(
      'title: G',
      'summary: S.',
      'terms:',
      '  - { id: a, term: A, definition: One. }',
      '  - { id: b, definition: Two. }',
      '  - { id: c, term: C, aliases: x, definition: Three. }',
      '  - { id: d, term: D }',
      '  - { term: E, definition: Five. }',
    );
    expect(problems).toEqual([
      'glossary.yml:5:5: glossary term 2 needs a "term" field',
      'glossary.yml:6:32: "aliases" in glossary term 3 must be a list',
      'glossary.yml:7:5: glossary term 4 needs a "definition" field',
      'glossary.yml:8:5: glossary term 5 needs a "id" field',
    ]);
    expect(glossary?.terms.map((t) => t.id)).toEqual(['a']);
  });

  it('reports a word naming two terms at the id, the term or the alias, and an id used twice', () => {
    const { glossary, problems } = glossaryOf(
      'title: G',
      'summary: S.',
      'terms:',
      '  - { id: disc, term: Slipped disc, aliases: [bulge], definition: One. }',
      '  - { id: bulge, term: Bulge thing, definition: Two. }',
      '  - { id: other, term: slipped DISC, definition: Three. }',
      '  - { id: disc, term: Disc again, definition: Four. }',
      '  - { id: spine, term: Spine, aliases: [spine, backbone, Backbone], definition: Five. }',
    );
    expect(problems).toEqual([
      'glossary.yml:5:11: "bulge" already names glossary term "disc"',
      'glossary.yml:6:24: "slipped DISC" already names glossary term "disc"',
      'glossary.yml:7:11: glossary id "disc" is used twice',
    ]);
    expect(glossary?.terms.map((t) => t.id)).toEqual(['disc', 'bulge', 'other', 'disc', 'spine']);
  });

  it('gives null for a glossary that is not YAML fields', () => {
    expect(glossaryOf('- a')).toEqual({
      glossary: null,
      problems: ['glossary.yml:1:1: glossary.yml must be a list of "name: value" fields'],
    });
    expect(glossaryOf('a: [').glossary).toBeNull();
  });

  it('keeps the terms when "terms" is missing: none', () => {
    expect(glossaryOf('title: G', 'summary: S.')).toEqual({
      glossary: { title: 'G', summary: 'S.', terms: [] },
      problems: ['glossary.yml:1:1: glossary.yml needs a "terms" field'],
    });
  });
});

describe('findTerm by label', () => {
  it('trims the label and folds runs of spaces, tabs and newlines', () => {
    expect(findTerm(TEST_GLOSSARY, '  Slipped \t\n disc ', undefined)?.id).toBe('herniated-disc');
    expect(findTerm(TEST_GLOSSARY, 'Sciatica', undefined)?.id).toBe('sciatica');
  });

  it('prefers a term whose id is the label over one whose term or alias is', () => {
    const glossary = {
      ...TEST_GLOSSARY,
      terms: [
        { id: 'a', term: 'B', aliases: [], definition: 'x' },
        { id: 'b', term: 'C', aliases: [], definition: 'y' },
      ],
    };
    expect(findTerm(glossary, 'b', undefined)?.id).toBe('b');
  });
});
