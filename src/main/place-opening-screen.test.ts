import { describe, expect, it } from 'vitest';
import { OPENING_ATTRIBUTES } from '../shared/opening-screen.ts';
import { placeOpeningScreenScript } from './place-opening-screen.ts';

/**
 * Runs the placing script in a page at `hash`, on a document drawn with `attributes`, and then
 * lets the page finish: parsing ends (readystatechange), then the first animation frame runs.
 */
function runScript(hash: string, attributes: Record<string, string>) {
  const calls: string[] = [];
  let onParsed: (() => void) | null = null;
  let onFrame: (() => void) | null = null;
  const root = {
    getAttribute: (name: string) => attributes[name] ?? null,
    setAttribute: (name: string, value: string) => void (attributes[name] = value),
    removeAttribute: (name: string) => void delete attributes[name],
  };
  const document = {
    documentElement: root,
    addEventListener: (type: string, listener: () => void) => {
      expect(type).toBe('readystatechange');
      onParsed = listener;
    },
    removeEventListener: (_type: string, listener: () => void) => {
      if (onParsed === listener) onParsed = null;
    },
  };
  const history = {
    state: null,
    scrollRestoration: 'auto',
    replaceState: (_state: unknown, _title: string, url: string) => calls.push(`address ${url}`),
  };
  const scrollTo = (x: number, y: number) => calls.push(`scroll ${x},${y}`);
  const requestAnimationFrame = (callback: () => void) => void (onFrame = callback);
  new Function(
    'document',
    'location',
    'history',
    'scrollTo',
    'requestAnimationFrame',
    placeOpeningScreenScript(),
  )(document, { hash }, history, scrollTo, requestAnimationFrame);
  const state = () => ({
    calls: [...calls],
    stale: OPENING_ATTRIBUTES.stale in attributes,
    placing: OPENING_ATTRIBUTES.placing in attributes,
  });
  const atStart = state();
  (onParsed as (() => void) | null)?.();
  const parsed = { ...state(), listening: onParsed !== null };
  (onFrame as (() => void) | null)?.();
  return { atStart, parsed, firstFrame: state(), scrollRestoration: history.scrollRestoration };
}

describe('the placing script', () => {
  const drawn = { [OPENING_ATTRIBUTES.route]: '#/page/self-care', [OPENING_ATTRIBUTES.scroll]: '640' };

  it('gives an address without a route the drawn one at once', () => {
    expect(runScript('', { ...drawn }).atStart.calls).toEqual(['address #/page/self-care']);
    expect(runScript('#', { ...drawn }).atStart.calls).toEqual(['address #/page/self-care']);
    expect(runScript('#/page/self-care', { ...drawn }).atStart.calls).toEqual([]);
  });

  it('keeps the drawing hidden until the page is whole and styled, then shows it where the person left it', () => {
    const run = runScript('', { ...drawn });
    expect(run.atStart).toMatchObject({ placing: true, stale: false });
    // Parsed, but the stylesheet may still be on its way: nothing moves yet.
    expect(run.parsed).toMatchObject({
      placing: true,
      calls: ['address #/page/self-care'],
      listening: false,
    });
    expect(run.firstFrame).toEqual({
      calls: ['address #/page/self-care', 'scroll 0,640'],
      stale: false,
      placing: false,
    });
    // The browser's own restoring (on a reload) must not move it again.
    expect(run.scrollRestoration).toBe('manual');
  });

  it('hides nothing for a page shown from its top', () => {
    const run = runScript('', { ...drawn, [OPENING_ATTRIBUTES.scroll]: '0' });
    expect(run.atStart.placing).toBe(false);
    expect(run.firstFrame.calls).toEqual(['address #/page/self-care']);
  });

  it('keeps the drawing hidden for good when the page was opened at another route', () => {
    expect(runScript('#/page/urgent-help', { ...drawn }).firstFrame).toEqual({
      calls: [],
      stale: true,
      placing: false,
    });
  });

  it('does nothing on a page nobody drew (the web edition)', () => {
    expect(runScript('', {}).firstFrame).toEqual({ calls: [], stale: false, placing: false });
  });
});
