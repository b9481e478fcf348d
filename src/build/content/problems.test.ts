import { describe, expect, it } from 'vitest';
import { formatProblem, sortProblems } from './problems.ts';
import { SourceText } from './source-text.ts';

describe('problems', () => {
  it('formats as file:line:column: message', () => {
    expect(formatProblem({ file: 'content/x.md', line: 12, column: 3, message: 'bad' })).toBe(
      'content/x.md:12:3: bad',
    );
  });

  it('sorts by file, line, column and message', () => {
    const p = (file: string, line: number, column: number) => ({ file, line, column, message: 'm' });
    expect(sortProblems([p('b', 1, 1), p('a', 2, 1), p('a', 1, 5), p('a', 1, 2)])).toEqual([
      p('a', 1, 2),
      p('a', 1, 5),
      p('a', 2, 1),
      p('b', 1, 1),
    ]);
  });
});

describe('SourceText', () => {
  it('maps offsets to 1-based line and column', () => {
    const text = new SourceText('ab\ncd\n\nef');
    expect([0, 1, 3, 6, 7, 8].map((o) => text.pointAt(o))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });
});
