/**
 * An expression that runs `fn(arg)` in a page, for QuietPage.evaluate: page-side code stays
 * typed and linted TypeScript instead of a string. tsx names functions by wrapping them in
 * `__name(...)`, which the page lacks, so a no-op stands in for it there. `fn` must use nothing
 * from its module: only its own text reaches the page.
 */
export function inPage<A, R>(fn: (arg: A) => R, arg: A): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
}
