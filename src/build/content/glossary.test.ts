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
