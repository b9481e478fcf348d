import { median, quantile } from './stats.ts';
import { PHASES, RUNS, VISITS, type Case } from './startup.ts';

const TARGET = { overFloor: 1.2, largeOverBundled: 1.1 };

/** The start-up table (first and later opens) and the two ratios with their targets. */
export function reportStartUp(cases: Case[]): void {
  const cell = (text: string, width: number) => text.padStart(width);
  const ms = (xs: number[]) => median(xs).toFixed(0);
  const [base] = cases as [Case];
  console.log(`reader start-up in Chromium: medians of ${RUNS} rounds, ms from navigation start`);
  for (const mode of ['first', 'repeat'] as const) {
    const basePaint = median(base[mode].map((s) => s.paint));
    console.log(
      mode === 'first'
        ? '\nFIRST OPEN (nothing cached: the very first start)'
        : `\nLATER OPEN (opened ${VISITS - 1} times before: scripts and compiled code cached)`,
    );
    console.log(
      'case'.padEnd(30),
      ...PHASES.map(([, label]) => cell(label, 12)),
      cell('article on screen', 18),
      cell('middle half', 12),
      cell('vs baseline', 12),
      cell('search ready', 13),
      cell('longest task', 13),
    );
    for (const c of cases) {
      const samples = c[mode];
      const paints = samples.map((s) => s.paint);
      const paint = median(paints);
      console.log(
        c.name.padEnd(30),
        ...PHASES.map((_, i) => cell(c.readyMark ? ms(samples.map((s) => s.phases[i]!)) : '—', 12)),
        cell(paint.toFixed(0), 18),
        // The spread says how far to trust the median on a busy or noisy machine.
        cell(`${quantile(paints, 0.25).toFixed(0)}–${quantile(paints, 0.75).toFixed(0)}`, 12),
        cell(`×${(paint / basePaint).toFixed(2)}`, 12),
        cell(c.readyMark ? ms(samples.map((s) => s.ready)) : '—', 13),
        cell(c.readyMark ? Math.max(...samples.map((s) => s.longestTask)).toFixed(0) : '—', 13),
      );
    }
  }
  const paintOf = (c: Case, mode: 'first' | 'repeat') => median(c[mode].map((s) => s.paint));
  const [floor, bundled, large] = ['floor', 'bundled', 'large'].map((role) =>
    cases.find((c) => c.role === role),
  ) as [Case, Case, Case];
  console.log('');
  for (const mode of ['first', 'repeat'] as const) {
    // The middle half of the same ratio taken round by round (the cases of a round run back to
    // back): how far one run's verdict can be trusted when the ratio sits near its target.
    const verdict = (over: Case, under: Case, target: number) => {
      const ratio = paintOf(over, mode) / paintOf(under, mode);
      const perRound = over[mode].map((s, i) => s.paint / under[mode][i]!.paint);
      const spread = `${quantile(perRound, 0.25).toFixed(2)}–${quantile(perRound, 0.75).toFixed(2)}`;
      return `${ratio.toFixed(2)}× (rounds' middle half ${spread}; target ≤ ${target}×: ${ratio <= target ? 'met' : 'MISSED'})`;
    };
    console.log(
      `ratios, ${mode === 'first' ? 'first open' : 'later opens'}: article on screen ÷ no-framework script ` +
        `${verdict(bundled, floor, TARGET.overFloor)}; 2,000 pages ÷ bundled ${verdict(large, bundled, TARGET.largeOverBundled)}`,
    );
  }
}
