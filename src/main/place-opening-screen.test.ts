import { describe, expect, it } from 'vitest';
import { layoutFor } from '../shared/layout.ts';
import { OPENING_ATTRIBUTES } from '../shared/opening-screen.ts';
import { placeOpeningScreenScript, READER_SCRIPT_ATTRIBUTE } from './place-opening-screen.ts';

interface Page {
  hash?: string;
  attributes: Record<string, string>;
  innerWidth?: number;
  fontScale?: number;
  readerScripts?: string[];
}

/**
 * Runs the placing script in a page, and then lets the page go on step by step: parsing ends
 * (readystatechange), the deferred scripts have run (DOMContentLoaded), a frame is drawn
 * (animation frame callbacks), tasks run, and later, timers that wait.
 */
function runScript({ hash = '', attributes, innerWidth = 1280, fontScale = 100, readerScripts = [] }: Page) {
  const calls: string[] = [];
  const listeners = new Map<string, () => void>();
  let frame: (() => void)[] = [];
  const tasks: (() => void)[] = [];
  const later: (() => void)[] = [];
  const root = {
    style: { getPropertyValue: (name: string) => (name === '--font-scale' ? String(fontScale / 100) : '') },
    getAttribute: (name: string) => attributes[name] ?? null,
    setAttribute: (name: string, value: string) => void (attributes[name] = value),
    removeAttribute: (name: string) => void delete attributes[name],
  };
  const document = {
    documentElement: root,
    addEventListener: (type: string, listener: () => void) => void listeners.set(type, listener),
    removeEventListener: (type: string, listener: () => void) => {
      if (listeners.get(type) === listener) listeners.delete(type);
    },
    querySelectorAll: (selector: string) =>
      selector === `link[${READER_SCRIPT_ATTRIBUTE}]`
        ? readerScripts.map((href) => ({ getAttribute: (name: string) => (name === 'href' ? href : null) }))
        : [],
    createElement: (tag: string) => ({ tag, src: '', async: true }),
    head: {
      appendChild: (el: { src: string; async: boolean }) =>
        calls.push(`run ${el.src}${el.async ? ' (async)' : ''}`),
    },
  };
  const history = {
    state: null,
    scrollRestoration: 'auto',
    replaceState: (_state: unknown, _title: string, url: string) => calls.push(`address ${url}`),
  };
  new Function(
    'document',
    'location',
    'history',
    'scrollTo',
    'requestAnimationFrame',
    'setTimeout',
    'innerWidth',
    placeOpeningScreenScript(),
  )(
    document,
    { hash },
    history,
    (x: number, y: number) => calls.push(`scroll ${x},${y}`),
    (callback: () => void) => void frame.push(callback),
    (callback: () => void, ms = 0) => void (ms > 0 ? later : tasks).push(callback),
    innerWidth,
  );
  const state = () => ({
    calls: [...calls],
    layout: attributes['data-layout'],
    stale: OPENING_ATTRIBUTES.stale in attributes,
    placing: OPENING_ATTRIBUTES.placing in attributes,
  });
  const atStart = state();
  listeners.get('readystatechange')?.();
  const parsed = { ...state(), listening: listeners.has('readystatechange') };
  listeners.get('DOMContentLoaded')?.();
  const drawFrame = () => {
    const callbacks = frame;
    frame = [];
    callbacks.forEach((callback) => callback());
  };
  const runTasks = (queue: (() => void)[]) => queue.splice(0).forEach((callback) => callback());
  return {
    atStart,
    parsed,
    /** The first frame is drawn, then the tasks queued so far run, then timers that wait. */
    firstFrame: () => (drawFrame(), state()),
    afterFrame: () => (runTasks(tasks), state()),
    muchLater: () => (runTasks(later), state()),
    scrollRestoration: () => history.scrollRestoration,
  };
}

const drawn = () => ({ [OPENING_ATTRIBUTES.route]: '#/page/self-care', [OPENING_ATTRIBUTES.scroll]: '640' });
const READER = ['./content/handbook-start.js', './assets/index-abc.js'];

describe('the placing script', () => {
  it('gives an address without a route the drawn one at once', () => {
    expect(runScript({ attributes: drawn() }).atStart.calls).toEqual(['address #/page/self-care']);
    expect(runScript({ hash: '#', attributes: drawn() }).atStart.calls).toEqual(['address #/page/self-care']);
    expect(runScript({ hash: '#/page/self-care', attributes: drawn() }).atStart.calls).toEqual([]);
  });

  it('sets the layout for the window as it is, as the reader would', () => {
    for (const [innerWidth, fontScale] of [
      [1280, 100],
      [1000, 100],
      [1280, 140],
      [1500, 150],
      [900, 80],
    ] as const)
      expect(runScript({ attributes: drawn(), innerWidth, fontScale }).atStart.layout).toBe(
        layoutFor(innerWidth, fontScale),
      );
  });

  it('keeps the drawing hidden until the page is whole and styled, then shows it where the person left it', () => {
    const run = runScript({ attributes: drawn() });
    expect(run.atStart).toMatchObject({ placing: true, stale: false });
    // Parsed, but the stylesheet may still be on its way: nothing moves yet.
    expect(run.parsed).toMatchObject({
      placing: true,
      calls: ['address #/page/self-care'],
      listening: false,
    });
    expect(run.firstFrame()).toMatchObject({
      calls: ['address #/page/self-care', 'scroll 0,640'],
      stale: false,
      placing: false,
    });
    // The browser's own restoring (on a reload) must not move it again.
    expect(run.scrollRestoration()).toBe('manual');
  });

  it("runs the reader's own scripts, in order, only after the first frame", () => {
    const run = runScript({ attributes: drawn(), readerScripts: READER });
    expect(run.firstFrame().calls).toEqual(['address #/page/self-care', 'scroll 0,640']);
    expect(run.afterFrame().calls.slice(2)).toEqual([
      'run ./content/handbook-start.js',
      'run ./assets/index-abc.js',
    ]);
    // Once only, though the timer for a window that draws no frame fires too.
    expect(run.muchLater().calls).toHaveLength(4);
  });

  it('runs them even where no frame is drawn, or the drawing stays hidden', () => {
    const hidden = runScript({ attributes: drawn(), readerScripts: READER });
    expect(hidden.muchLater().calls.slice(1)).toEqual([
      'run ./content/handbook-start.js',
      'run ./assets/index-abc.js',
    ]);
    const elsewhere = runScript({ hash: '#/page/urgent-help', attributes: drawn(), readerScripts: READER });
    elsewhere.firstFrame();
    expect(elsewhere.afterFrame().calls).toEqual([
      'run ./content/handbook-start.js',
      'run ./assets/index-abc.js',
    ]);
  });

  it('hides nothing for a page shown from its top', () => {
    const run = runScript({ attributes: { ...drawn(), [OPENING_ATTRIBUTES.scroll]: '0' } });
    expect(run.atStart.placing).toBe(false);
    expect(run.firstFrame().calls).toEqual(['address #/page/self-care']);
  });

  it('keeps the drawing hidden for good when the page was opened at another route', () => {
    const run = runScript({ hash: '#/page/urgent-help', attributes: drawn() });
    expect(run.firstFrame()).toMatchObject({ calls: [], stale: true, placing: false });
  });

  it('does nothing on a page nobody drew (the web edition)', () => {
    const run = runScript({ attributes: {} });
    run.firstFrame();
    expect(run.muchLater()).toEqual({ calls: [], layout: undefined, stale: false, placing: false });
  });
});
