import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Case, Sample } from './startup.ts';
import { reportStartUp } from './startup-report.ts';

afterEach(() => vi.restoreAllMocks());

const samples = (paints: number[]): Sample[] =>
  paints.map((paint) => ({ paint, ready: paint, phases: [1, 2, 3], longestTask: 0 }));

function caseOf(role: Case['role'] | undefined, paints: number[]): Case {
  return {
    name: role ?? 'static',
    root: '',
    link: '',
    readyMark: role === 'bundled' || role === 'large' ? 'ready' : null,
    role,
    first: samples(paints),
    repeat: samples(paints),
  };
}

describe('reportStartUp', () => {
  it('gives each ratio of medians with the middle half of the same ratio round by round', () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void lines.push(parts.join(' ')));
    reportStartUp([
      caseOf(undefined, [50, 50, 50, 50, 50]),
      caseOf('floor', [100, 100, 100, 100, 100]),
      // Round by round ÷ floor: 1.0, 1.1, 1.2, 1.3, 1.5; median 1.2 (120 ÷ 100).
      caseOf('bundled', [100, 110, 120, 130, 150]),
      caseOf('large', [100, 110, 120, 130, 150]),
    ]);
    const ratios = lines.filter((line) => line.startsWith('ratios, '));
    expect(ratios).toHaveLength(2);
    expect(ratios[0]).toContain(
      "÷ no-framework script 1.20× (rounds' middle half 1.10–1.30; target ≤ 1.2×: met)",
    );
    expect(ratios[1]).toContain(
      "2,000 pages ÷ bundled 1.00× (rounds' middle half 1.00–1.00; target ≤ 1.1×: met)",
    );
  });
});
