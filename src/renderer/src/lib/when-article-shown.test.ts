import { describe, expect, it, vi } from 'vitest';
import { whenArticleShown, type ShownHost } from './when-article-shown';

type Callback = (list: { getEntries(): { name: string; identifier?: string }[] }) => void;

/** A window whose timers run by hand, with or without element timing. */
function fakeHost(supportsElementTiming: boolean) {
  const timers = new Map<number, () => void>();
  let nextTimer = 0;
  const observers: { callback: Callback; observed: string[]; disconnected: boolean }[] = [];
  class FakeObserver {
    static readonly supportedEntryTypes = supportsElementTiming ? ['element', 'mark'] : ['mark'];
    readonly record: (typeof observers)[number];
    constructor(callback: Callback) {
      this.record = { callback, observed: [], disconnected: false };
      observers.push(this.record);
    }
    observe(options: { type: string }) {
      this.record.observed.push(options.type);
    }
    disconnect() {
      this.record.disconnected = true;
    }
  }
  const idle = vi.fn((callback: () => void) => callback());
  const host: ShownHost = {
    PerformanceObserver: FakeObserver,
    setTimeout: (callback, _ms) => {
      timers.set(++nextTimer, callback);
      return nextTimer;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
    requestIdleCallback: idle,
  };
  const entries = (...identifiers: string[]) =>
    observers.forEach((o) =>
      o.callback({ getEntries: () => identifiers.map((identifier) => ({ name: '', identifier })) }),
    );
  const runTimers = () => [...timers.values()].forEach((run) => run());
  return { host, observers, entries, runTimers, idle, timers };
}

describe('whenArticleShown', () => {
  it('waits for the article heading to be on screen, then for an idle moment', () => {
    const { host, observers, entries, idle, timers } = fakeHost(true);
    const then = vi.fn();
    whenArticleShown(then, host);
    expect(observers[0]!.observed).toEqual(['element']);
    entries('some-other-element');
    expect(then).not.toHaveBeenCalled();
    entries('article');
    expect(idle).toHaveBeenCalledOnce();
    expect(then).toHaveBeenCalledOnce();
    // The fallback is cancelled and the observer let go.
    expect(timers.size).toBe(0);
    expect(observers[0]!.disconnected).toBe(true);
    entries('article');
    expect(then).toHaveBeenCalledOnce();
  });

  it('falls back to a timer where there is no article heading', () => {
    const { host, runTimers } = fakeHost(true);
    const then = vi.fn();
    whenArticleShown(then, host);
    runTimers();
    expect(then).toHaveBeenCalledOnce();
  });

  it('falls back to a timer where element timing is not supported', () => {
    const { host, observers, runTimers } = fakeHost(false);
    const then = vi.fn();
    whenArticleShown(then, host);
    expect(observers).toEqual([]);
    runTimers();
    expect(then).toHaveBeenCalledOnce();
  });

  it('does nothing once cancelled', () => {
    const { host, entries, runTimers } = fakeHost(true);
    const then = vi.fn();
    whenArticleShown(then, host)();
    entries('article');
    runTimers();
    expect(then).not.toHaveBeenCalled();
  });
});
