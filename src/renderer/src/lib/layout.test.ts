import { describe, expect, it } from 'vitest';
import { layoutFor } from './layout.ts';

describe('layoutFor', () => {
  it('is narrow up to 1000 px at the normal text size, wide beyond', () => {
    expect(layoutFor(800, 100)).toBe('narrow');
    expect(layoutFor(1000, 100)).toBe('narrow');
    expect(layoutFor(1001, 100)).toBe('wide');
  });

  it('turns narrow at a wider window as the text grows', () => {
    expect(layoutFor(1280, 100)).toBe('wide');
    expect(layoutFor(1280, 140)).toBe('narrow');
    expect(layoutFor(1400, 140)).toBe('narrow');
    expect(layoutFor(1401, 140)).toBe('wide');
  });

  it('stays wide for smaller text in a window that is narrow at the normal size', () => {
    expect(layoutFor(950, 90)).toBe('wide');
  });

  it('is small in a phone-sized window, or where large text leaves as little room', () => {
    expect(layoutFor(601, 100)).toBe('narrow');
    expect(layoutFor(600, 100)).toBe('small');
    expect(layoutFor(380, 100)).toBe('small');
    expect(layoutFor(1280, 200)).toBe('narrow');
    expect(layoutFor(1280, 400)).toBe('small');
  });
});
