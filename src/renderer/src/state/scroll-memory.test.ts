import { describe, expect, it } from 'vitest';
import { ScrollMemory, type HistoryLike } from './scroll-memory';

/** A history of entries with their states, like the browser's, moved by hand. */
function fakeHistory() {
  const entries: { state: unknown }[] = [{ state: null }];
  let at = 0;
  const history: HistoryLike & { push(): void; back(): void; forward(): void } = {
    get state() {
      return entries[at]!.state;
    },
    replaceState(state: unknown) {
      entries[at] = { state };
    },
    push() {
      entries.splice(at + 1, Infinity, { state: null });
      at += 1;
    },
    back() {
      at -= 1;
    },
    forward() {
      at += 1;
    },
  } as HistoryLike & { push(): void; back(): void; forward(): void };
  return history;
}

describe('ScrollMemory', () => {
  it('gives each entry back the place it was left, on Back and on Forward', () => {
    const history = fakeHistory();
    const memory = new ScrollMemory(history);
    expect(memory.arrive()).toBeUndefined();
    memory.record(1234.4);
    history.push(); // a link followed: the new entry has no key yet, so its scroll is ignored
    memory.record(0);
    expect(memory.arrive()).toBeUndefined();
    memory.record(300);
    history.back();
    expect(memory.arrive()).toBe(1234);
    history.forward();
    expect(memory.arrive()).toBe(300);
  });

  it('keeps what else the entry state holds, and knows nothing of entries from before a reload', () => {
    const history = fakeHistory();
    history.replaceState({ other: 1 }, '');
    new ScrollMemory(history).arrive();
    expect(history.state).toMatchObject({ other: 1 });
    new ScrollMemory(history).record(50);
    expect(new ScrollMemory(history).arrive()).toBeUndefined();
  });
});
