/** What `whenIdle` needs from the window; a fake in tests. */
export interface IdleHost {
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Runs `then` once the page has nothing more urgent to do, and after `timeoutMs` at the latest
 * (a timer where idle callbacks are missing, as in Safari). Returns a function that cancels.
 */
export function whenIdle(then: () => void, host: IdleHost, timeoutMs = 200): () => void {
  if (host.requestIdleCallback && host.cancelIdleCallback) {
    const handle = host.requestIdleCallback(then, { timeout: timeoutMs });
    return () => host.cancelIdleCallback!(handle);
  }
  const timer = host.setTimeout(then, 0);
  return () => host.clearTimeout(timer);
}
