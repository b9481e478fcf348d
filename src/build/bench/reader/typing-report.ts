import { median } from './stats.ts';
import { summariseTyping, TARGET_TYPING_MS, typingLine, type TypingCase } from './typing.ts';

const HANDBOOK_NAMES = { bundled: 'bundled handbook', large: '2,000-page handbook' } as const;

/**
 * One line per build and handbook; with two builds, how the first compares with the second on
 * the same handbook in the same run (the only comparison this busy a machine allows).
 */
export function reportTyping(cases: TypingCase[]): void {
  const builds = [...new Set(cases.map((c) => c.build))];
  for (const handbook of ['bundled', 'large'] as const) {
    const target = TARGET_TYPING_MS[handbook];
    const found = builds.map((build) => cases.find((k) => k.build === build && k.handbook === handbook)!);
    const summaries = found.map((c) => summariseTyping(c.keystrokes, target));
    const cpu = found.map((c) => ({
      path: median(c.cpu.map((k) => k.path)),
      all: median(c.cpu.map((k) => k.all)),
    }));
    summaries.forEach((s, i) => {
      const who = builds.length > 1 ? `${builds[i]}, ` : '';
      console.log(typingLine(`${who}${HANDBOOK_NAMES[handbook]}`, s, target));
      console.log(
        `  main-thread CPU per keystroke (median of ${found[i]!.cpu.length} traced rounds): ` +
          `${cpu[i]!.path.toFixed(2)} ms from keystroke to results painted, ${cpu[i]!.all.toFixed(2)} ms in all`,
      );
    });
    if (summaries.length === 2) {
      const [ours, theirs] = summaries as [(typeof summaries)[0], (typeof summaries)[0]];
      console.log(
        `  ${builds[0]} ÷ ${builds[1]}, ${HANDBOOK_NAMES[handbook]}: p50 ×${(ours.p50 / theirs.p50).toFixed(2)}, ` +
          `p95 ×${(ours.p95 / theirs.p95).toFixed(2)}, CPU to painted ×${(cpu[0]!.path / cpu[1]!.path).toFixed(2)}, CPU in all ×${(cpu[0]!.all / cpu[1]!.all).toFixed(2)}; next frame ${(ours.nextFrame * 100).toFixed(0)}% vs ` +
          `${(theirs.nextFrame * 100).toFixed(0)}%`,
      );
    }
  }
}
