/** One thing an author must fix, pointing at the exact place in the source file. */
export interface Problem {
  /** Path relative to the working directory, e.g. "content/self-care.md". */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
}

/** The `file:line:column: message` form editors and terminals turn into links. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

/** Stable order, so the same content always reports the same list. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

export interface Point {
  line: number;
  column: number;
}

/** Collects problems for one file, so callers only say where and what. */
export class Reporter {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {}

  at(point: Point | undefined, message: string): void {
    this.problems.push({ file: this.file, line: point?.line ?? 1, column: point?.column ?? 1, message });
  }
}
