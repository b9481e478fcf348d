import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadWindowState, trackWindowState, WINDOW_STATE_FILE } from './window-state';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winstate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('window state', () => {
  it('saves normal bounds and maximised state on close, and loads them back', async () => {
    const listeners = new Map<string, () => void>();
    const win = {
      on: vi.fn((name: string, l: () => void) => listeners.set(name, l)),
      getNormalBounds: () => ({ x: 10, y: 20, width: 900, height: 700 }),
      isMaximized: () => true,
      isFullScreen: () => false,
      isDestroyed: () => false,
    };
    const save = trackWindowState(win as never, dir, 10_000);
    expect([...listeners.keys()]).toEqual(
      expect.arrayContaining(['resize', 'move', 'maximize', 'unmaximize', 'close']),
    );
    await save();
    expect(JSON.parse(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8'))).toEqual({
      x: 10,
      y: 20,
      width: 900,
      height: 700,
      maximized: true,
    });
    expect(await loadWindowState(dir)).toEqual({ x: 10, y: 20, width: 900, height: 700, maximized: true });
  });
  it('writes the final state synchronously when the window closes', () => {
    const listeners = new Map<string, () => void>();
    const win = {
      on: (name: string, l: () => void) => listeners.set(name, l),
      getNormalBounds: () => ({ x: 5, y: 6, width: 800, height: 600 }),
      isMaximized: () => false,
      isFullScreen: () => false,
      isDestroyed: () => false,
    };
    trackWindowState(win as never, dir, 10_000);
    listeners.get('resize')!();
    listeners.get('close')!();
    expect(JSON.parse(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8'))).toEqual({
      x: 5,
      y: 6,
      width: 800,
      height: 600,
      maximized: false,
    });
  });

  it('treats a missing or damaged file as "no saved state"', async () => {
    expect(await loadWindowState(dir)).toBeNull();
    writeFileSync(join(dir, WINDOW_STATE_FILE), '{oops');
    expect(await loadWindowState(dir)).toBeNull();
  });
});
