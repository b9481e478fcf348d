import type { Node } from 'unist';
import { describe, expect, it } from 'vitest';
import { report, type PageContext } from './page-context.ts';
import { formatProblem, Reporter, type Problem } from './problems.ts';

describe('report', () => {
  it('puts a problem where the Markdown node starts, or at 1:1 for a node made by the build', () => {
    const problems: Problem[] = [];
    const ctx = { reporter: new Reporter('p.md', problems) } as PageContext;
    const at = { start: { line: 7, column: 3, offset: 40 }, end: { line: 7, column: 9, offset: 46 } };
    report(ctx, { type: 'text', position: at }, 'here');
    report(ctx, { type: 'text' } as Node, 'made');
    report(ctx, undefined, 'none');
    expect(problems.map(formatProblem)).toEqual(['p.md:7:3: here', 'p.md:1:1: made', 'p.md:1:1: none']);
  });
});
