import { describe, expect, it } from 'vitest';
import { parseFrontMatter, readSources, splitFrontMatter } from './front-matter.ts';
import { Reporter, formatProblem, type Problem } from './problems.ts';
import { YamlSource } from './yaml-fields.ts';

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
    expect(splitFrontMatter('Text\n---\n')).toEqual({ yaml: null, body: 'Text\n---\n', bodyLine: 1 });
    expect(splitFrontMatter(' ---\na: 1\n---\n').yaml).toBeNull();
  });

  it('finds none when the front matter is never closed', () => {
    expect(splitFrontMatter('---\na: 1\nb: 2\n')).toEqual({ yaml: null, body: '---\na: 1\nb: 2\n', bodyLine: 1 });
  });

  it('skips a byte-order mark and trailing spaces on the --- lines, and closes with ... too', () => {
    expect(splitFrontMatter('\uFEFF---  \na: 1\n---  \nText')).toEqual({ yaml: 'a: 1', body: '\n\n\nText', bodyLine: 4 });
    expect(splitFrontMatter('---\na: 1\n...\nText').yaml).toBe('a: 1');
    // Only a mark at the very start is dropped: one inside the text is the author's.
    expect(splitFrontMatter('---\na: 1\n---\nA\uFEFFB').body).toBe('\n\n\nA\uFEFFB');
  });

  it('closes only on a line that is --- or ... alone', () => {
    expect(splitFrontMatter('---\na: b---\n---x\n--- y\nc: 1\n---\n').yaml).toBe('a: b---\n---x\n--- y\nc: 1');
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

  it('reads handout: true with where it is', () => {
    const { meta } = parse(GOOD.replace('keywords:', 'handout: true\nkeywords:'));
    expect(meta).toMatchObject({ handout: true, handoutAt: { line: 4, column: 10 } });
  });

  it('gives null for any problem, even one that leaves every field readable', () => {
    const { meta, problems } = parse(GOOD.replace('title: Heat', 'title: Heat\nslug: heat-'));
    expect(problems).toEqual(['p.md:3:7: slug "heat-" may only use a-z, 0-9 and single hyphens']);
    expect(meta).toBeNull();
  });

  it('reports malformed YAML and front matter that is not a set of fields', () => {
    expect(parse('---\ntitle: [a\n---\n')).toEqual({
      meta: null,
      problems: [
        'p.md:2:10: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    });
    expect(parse('---\n- a\n---\n')).toEqual({
      meta: null,
      problems: ['p.md:2:1: the front matter must be a list of "name: value" fields'],
    });
  });

  it('reports missing sources, and each source by its number', () => {
    expect(parse(GOOD.replace(/sources:\n.*\n/, '')).problems).toEqual([
      'p.md:2:1: the front matter needs a "sources" field',
    ]);
    expect(parse(GOOD.replace(/sources:\n.*\n/, 'sources: NHS website\n')).problems).toEqual([
      'p.md:7:10: "sources" in the front matter must be a list',
    ]);
    const twoSources = GOOD.replace(
      /sources:\n.*\n/,
      [
        'sources:',
        '  - { title: A, publisher: B, url: "https://a.org/", accessed: 2026-01-01 }',
        '  - { title: A, publisher: B, url: "http://a.org/", accessed: 2026-01-01 }',
        '  - { title: A, publisher: B, url: "not a url", accessed: 2026-01-01 }',
        '  - plain',
        '',
      ].join('\n'),
    );
    expect(parse(twoSources).problems).toEqual([
      'p.md:9:36: "url" in source 2 must start with https://',
      'p.md:10:36: "url" in source 3 must be a web address',
      'p.md:11:5: source 4 must be a list of "name: value" fields',
    ]);
  });
});

describe('readSources', () => {
  it('reports each missing part of a source and keeps only whole sources, without a url problem', () => {
    const problems: Problem[] = [];
    const yaml = YamlSource.parse('sources:\n  - { x: 1 }\n', new Reporter('p.md', problems), 3);
    const sources = readSources(yaml!.record('the front matter')!);
    expect(sources).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      'p.md:5:5: source 1 needs a "title" field',
      'p.md:5:5: source 1 needs a "publisher" field',
      'p.md:5:5: source 1 needs a "url" field',
      'p.md:5:5: source 1 needs a "accessed" field',
      'p.md:5:7: unknown field "x" in source 1 (expected one of: title, publisher, url, accessed)',
    ]);
  });
});
