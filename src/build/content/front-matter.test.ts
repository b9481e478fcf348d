import { describe, expect, it } from 'vitest';
import { parseFrontMatter, splitFrontMatter } from './front-matter.ts';
import { Reporter, formatProblem, type Problem } from './problems.ts';

function parse(text: string): { meta: ReturnType<typeof parseFrontMatter>; problems: string[] } {
  const problems: Problem[] = [];
  const meta = parseFrontMatter(splitFrontMatter(text), new Reporter('p.md', problems));
  return { meta, problems: problems.map(formatProblem) };
}

const GOOD = `---
title: Heat
summary: Using heat.
keywords: [heat, warm]
reviewed: 2026-02-03
nextReview: 2027-02-03
sources:
  - { title: Back pain, publisher: NHS, url: "https://nhs.uk/", accessed: 2026-01-01 }
---
Body.
`;

describe('splitFrontMatter', () => {
  it('blanks the front matter so Markdown positions stay file positions', () => {
    const split = splitFrontMatter('---\na: 1\n---\n\nText\n');
    expect(split).toEqual({ yaml: 'a: 1', body: '\n\n\n\nText\n', bodyLine: 4 });
  });

  it('finds no front matter when the file does not start with ---', () => {
    expect(splitFrontMatter('Text\n---\n').yaml).toBeNull();
  });
});

describe('parseFrontMatter', () => {
  it('reads every field, with dates as ISO strings', () => {
    expect(parse(GOOD)).toEqual({
      meta: {
        title: 'Heat',
        summary: 'Using heat.',
        keywords: ['heat', 'warm'],
        reviewed: '2026-02-03',
        nextReview: '2027-02-03',
        sources: [{ title: 'Back pain', publisher: 'NHS', url: 'https://nhs.uk/', accessed: '2026-01-01' }],
        handout: false,
        handoutAt: { line: 2, column: 1 },
      },
      problems: [],
    });
  });

  it('accepts a YAML 1.1 timestamp as a date', () => {
    expect(
      parse(GOOD.replace('reviewed: 2026-02-03', 'reviewed: !!timestamp 2026-02-03')).meta?.reviewed,
    ).toBe('2026-02-03');
  });

  it('reads a slug override with its position', () => {
    expect(parse(GOOD.replace('title: Heat', 'title: Heat\nslug: heat-and-ice')).meta?.slug).toEqual({
      value: 'heat-and-ice',
      at: { line: 3, column: 7 },
    });
  });

  it('reports impossible dates, unknown fields, bad slugs, no sources and a missing file header', () => {
    const text = GOOD.replace('2026-02-03', '2026-02-30').replace(
      'title: Heat',
      'title: Heat\nslug: Heat Pack\nkeyword: x',
    );
    const problems = parse(text).problems;
    expect(problems).toContain(
      'p.md:4:1: unknown field "keyword" in the front matter (expected one of: title, slug, summary, keywords, reviewed, nextReview, sources, handout)',
    );
    expect(problems).toContain('p.md:3:7: slug "Heat Pack" may only use a-z, 0-9 and single hyphens');
    expect(problems).toContain('p.md:7:11: "reviewed" in the front matter must be a date like 2026-01-31');
    expect(parse(GOOD.replace(/sources:\n.*\n/, 'sources: []\n')).problems).toEqual([
      'p.md:7:10: a page needs at least one source',
    ]);
    expect(parse('Text\n').problems).toEqual([
      'p.md:1:1: the page must start with front matter between two "---" lines',
    ]);
  });
});
