import { describe, expect, it, vi } from 'vitest';
import { whenIdle, type IdleHost } from './when-idle';

const timers = (): IdleHost => ({ setTimeout: vi.fn(() => 7), clearTimeout: vi.fn() });

describe('whenIdle', () => {
  it('asks for an idle callback with a deadline, and cancels it', () => {
    const host = { ...timers(), requestIdleCallback: vi.fn(() => 3), cancelIdleCallback: vi.fn() };
    const then = () => {};
    const cancel = whenIdle(then, host, 150);
    expect(host.requestIdleCallback).toHaveBeenCalledWith(then, { timeout: 150 });
    cancel();
    expect(host.cancelIdleCallback).toHaveBeenCalledWith(3);
    expect(host.setTimeout).not.toHaveBeenCalled();
  });

  it('falls back to a timer where idle callbacks are missing', () => {
    const host = timers();
    const cancel = whenIdle(() => {}, host);
    expect(host.setTimeout).toHaveBeenCalledWith(expect.any(Function), 0);
    cancel();
    expect(host.clearTimeout).toHaveBeenCalledWith(7);
  });
});
