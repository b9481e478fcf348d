import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, fitBoundsToDisplays, parseWindowState } from './window-bounds';

const primary = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const right = { workArea: { x: 1920, y: 0, width: 1280, height: 1024 } };

describe('fitBoundsToDisplays', () => {
  it('centres a default-size window on the primary display when nothing is saved', () => {
    expect(fitBoundsToDisplays(null, [primary])).toEqual({
      x: (1920 - DEFAULT_SIZE.width) / 2,
      y: (1040 - DEFAULT_SIZE.height) / 2,
      ...DEFAULT_SIZE,
    });
  });

  it('keeps saved bounds that are on a display', () => {
    const saved = { x: 100, y: 50, width: 1000, height: 700, maximized: false };
    expect(fitBoundsToDisplays(saved, [primary, right])).toEqual({ x: 100, y: 50, width: 1000, height: 700 });
    const onRight = { x: 2000, y: 100, width: 900, height: 700, maximized: false };
    expect(fitBoundsToDisplays(onRight, [primary, right])).toEqual({
      x: 2000,
      y: 100,
      width: 900,
      height: 700,
    });
  });

  it('recovers bounds that are off every display (monitor unplugged)', () => {
    const saved = { x: 2000, y: 100, width: 900, height: 700, maximized: false };
    expect(fitBoundsToDisplays(saved, [primary])).toEqual({ x: 510, y: 170, width: 900, height: 700 });
    const farAway = { x: -50000, y: -50000, width: 800, height: 600, maximized: false };
    expect(fitBoundsToDisplays(farAway, [primary])).toEqual({ x: 560, y: 220, width: 800, height: 600 });
  });

  it('recovers a window whose title bar is above the top of the screen', () => {
    const saved = { x: 100, y: -900, width: 800, height: 1000, maximized: false };
    const fitted = fitBoundsToDisplays(saved, [primary]);
    expect(fitted.y).toBeGreaterThanOrEqual(0);
  });

  it('pulls a partly visible window fully onto its display and shrinks it to fit', () => {
    const saved = { x: 1700, y: 900, width: 3000, height: 2000, maximized: false };
    expect(fitBoundsToDisplays(saved, [primary])).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
    const edge = { x: 1500, y: 500, width: 800, height: 600, maximized: false };
    expect(fitBoundsToDisplays(edge, [primary])).toEqual({ x: 1120, y: 440, width: 800, height: 600 });
  });

  it('centres when only a size was saved, and never goes below the minimum size', () => {
    expect(fitBoundsToDisplays({ width: 100, height: 100, maximized: false }, [primary])).toMatchObject({
      width: 480,
      height: 400,
    });
  });

  it('copes with no display information at all', () => {
    expect(fitBoundsToDisplays(null, [])).toMatchObject(DEFAULT_SIZE);
  });
});

describe('parseWindowState', () => {
  it('reads good state and rejects damaged state', () => {
    expect(parseWindowState({ x: 1, y: 2, width: 800, height: 600, maximized: true })).toEqual({
      x: 1,
      y: 2,
      width: 800,
      height: 600,
      maximized: true,
    });
    expect(parseWindowState({ width: 800, height: 600 })).toEqual({
      width: 800,
      height: 600,
      maximized: false,
    });
    expect(parseWindowState({ x: 1, y: 2, width: -5, height: 600 })).toBeNull();
    expect(parseWindowState({ width: '800', height: 600 })).toBeNull();
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState({ x: Number.NaN, y: 0, width: 800, height: 600 })).toEqual({
      width: 800,
      height: 600,
      maximized: false,
    });
  });
});
