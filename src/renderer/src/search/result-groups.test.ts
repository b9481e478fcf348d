import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../shared/search/types';
import { groupByPage } from './result-groups';

const result = (slug: string, anchor: string): SearchResult => ({
  id: `${slug}#${anchor}`,
  slug,
  anchor,
  title: slug.toUpperCase(),
  heading: anchor,
  score: 1,
  snippet: [],
  terms: [],
});

describe('groupByPage', () => {
  it('groups neighbouring results of one page under its title, keeping list positions', () => {
    const groups = groupByPage([result('a', '1'), result('a', '2'), result('b', '1'), result('a', '3')]);
    expect(groups.map((g) => [g.title, g.items.map((i) => `${i.result.id}@${i.index}`)])).toEqual([
      ['A', ['a#1@0', 'a#2@1']],
      ['B', ['b#1@2']],
      ['A', ['a#3@3']],
    ]);
    expect(groupByPage([])).toEqual([]);
  });
});
