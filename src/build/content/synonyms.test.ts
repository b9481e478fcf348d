import { afterEach, describe, expect, it } from 'vitest';
import { buildHandbook, formatProblem } from './build-handbook.ts';
import { VALID, withErrorFixture } from './fixtures/fixture.ts';
import { formatProblem as format, Reporter, type Problem } from './problems.ts';
import { parseSynonyms, searchSynonyms } from './synonyms.ts';
import { TEST_GLOSSARY } from './test-context.ts';

describe('synonyms.yml', () => {
  let cleanup = (): void => {};
  afterEach(() => cleanup());

  it('feeds search with its groups joined by the glossary’s "also called" names', async () => {
    const built = await buildHandbook(VALID);
    if (!built.ok) throw new Error(built.problems.map(formatProblem).join('\n'));
    // The glossary's herniated disc is also called a slipped disc: it joins that group.
    expect(built.synonyms).toContainEqual(['cramp', 'spasm']);
    expect(built.synonyms.find((g) => g.includes('bad disc'))).toEqual(
      expect.arrayContaining(['slipped disc', 'bad disc', 'Herniated disc']),
    );
  });

  it('reports an empty group, a word in two groups and malformed groups at file:line:column', async () => {
    const f = withErrorFixture('synonyms');
    cleanup = f.cleanup;
    const result = await buildHandbook(f.dir);
    const file = f.at('synonyms.yml');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${file}:3:5: this synonym group is empty`,
      `${file}:4:6: "Spasm" is already in the synonym group on line 2`,
      `${file}:5:5: the synonym group [lonely] needs at least two entries`,
      `${file}:6:5: a synonym group must be a list like [cramp, spasm]`,
    ]);
  });

  it('keeps the good groups when one is bad, and reads numbers as words', () => {
    const problems: Problem[] = [];
    const groups = parseSynonyms('groups:\n  - [999, 911]\n  - []\n', new Reporter('s.yml', problems));
    expect(groups).toEqual([['999', '911']]);
    expect(problems.map(format)).toEqual(['s.yml:3:5: this synonym group is empty']);
  });

  it('adds glossary terms with aliases as groups of their own when no group shares a name', () => {
    const groups = searchSynonyms([['cramp', 'spasm']], TEST_GLOSSARY);
    expect(groups[0]).toEqual(['cramp', 'spasm']);
    for (const term of TEST_GLOSSARY.terms.filter((t) => t.aliases.length))
      expect(groups).toContainEqual([term.term, ...term.aliases]);
  });
});
