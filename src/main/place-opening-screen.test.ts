import { describe, expect, it } from 'vitest';
import { layoutFor } from '../shared/layout.ts';
import { OPENING_ATTRIBUTES } from '../shared/opening-screen.ts';
import { DRAWING_END_ID, placeOpeningScreenScript, READER_SCRIPT_META } from './place-opening-screen.ts';

interface Page {
  /** Whether the browser reports element timing (Chromium does). */
  elementTiming?: boolean;
  hash?: string;
  attributes: Record<string, string>;
  innerWidth?: number;
  fontScale?: number;
  readerScripts?: string[];
}

/**
 * Runs the placing script in the head of a page, then lets the test move the page on step by
 * step, as the browser would: a frame is drawn (animation frame callbacks), the drawing is parsed
 * whole, parsing ends (readystatechange), the deferred scripts have run (DOMContentLoaded), tasks
 * run, and timers that wait fire. Each step returns what the page looks like then.
 */
function openPage({
  elementTiming = true,
  hash = '',
  attributes,
  innerWidth = 1280,
  fontScale = 100,
  readerScripts = [],
}: Page) {
  const calls: string[] = [];
  const listeners = new Map<string, () => void>();
  let frameCallbacks: (() => void)[] = [];
  const tasks: (() => void)[] = [];
  const timers: (() => void)[] = [];
  let drawingWhole = false;
  let onTiming:
    ((list: { getEntries(): { identifier: string }[] }, observer: { disconnect(): void }) => void) | null =
    null;
  class FakePerformanceObserver {
    static supportedEntryTypes = elementTiming ? ['element', 'paint'] : ['paint'];
    constructor(callback: typeof onTiming) {
      onTiming = callback;
    }
    observe(options: { type: string; buffered: boolean }) {
      expect(options).toEqual({ type: 'element', buffered: true });
    }
  }
  const root = {
    style: { getPropertyValue: (name: string) => (name === '--font-scale' ? String(fontScale / 100) : '') },
    getAttribute: (name: string) => attributes[name] ?? null,
    setAttribute: (name: string, value: string) => void (attributes[name] = value),
    removeAttribute: (name: string) => void delete attributes[name],
  };
  const document = {
    documentElement: root,
    getElementById: (id: string) => (id === DRAWING_END_ID && drawingWhole ? {} : null),
    addEventListener: (type: string, listener: () => void) => void listeners.set(type, listener),
    removeEventListener: (type: string, listener: () => void) => {
      if (listeners.get(type) === listener) listeners.delete(type);
    },
    querySelectorAll: (selector: string) =>
      selector === `meta[name="${READER_SCRIPT_META}"]`
        ? readerScripts.map((src) => ({ getAttribute: (name: string) => (name === 'content' ? src : null) }))
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
    'PerformanceObserver',
    placeOpeningScreenScript(),
  )(
    document,
    { hash },
    history,
    (x: number, y: number) => calls.push(`scroll ${x},${y}`),
    (callback: () => void) => void frameCallbacks.push(callback),
    (callback: () => void, ms = 0) => void (ms > 0 ? timers : tasks).push(callback),
    innerWidth,
    FakePerformanceObserver,
  );
  const state = () => ({
    calls: [...calls],
    layout: attributes['data-layout'],
    stale: OPENING_ATTRIBUTES.stale in attributes,
    hidden: OPENING_ATTRIBUTES.placing in attributes,
  });
  const run = (queue: (() => void)[]) => queue.splice(0).forEach((callback) => callback());
  const step = (action: () => void) => () => (action(), state());
  return {
    atStart: state(),
    frame: step(() => {
      const callbacks = frameCallbacks;
      frameCallbacks = [];
      callbacks.forEach((callback) => callback());
    }),
    drawingParsed: step(() => (drawingWhole = true)),
    parsingEnds: step(() => listeners.get('readystatechange')?.()),
    contentLoaded: step(() => listeners.get('DOMContentLoaded')?.()),
    /** The frame with the article heading is on screen: its element timing is reported. */
    articleShown: step(() =>
      onTiming?.(
        { getEntries: () => [{ identifier: 'other' }, { identifier: 'article' }] },
        { disconnect: () => {} },
      ),
    ),
    tasks: step(() => run(tasks)),
    timers: step(() => run(timers)),
    scrollRestoration: () => history.scrollRestoration,
  };
}

const drawn = (scroll = '640') => ({
  [OPENING_ATTRIBUTES.route]: '#/page/self-care',
  [OPENING_ATTRIBUTES.scroll]: scroll,
});
const READER = ['./content/handbook-start.js', './assets/index-abc.js'];
const ADDRESS = 'address #/page/self-care';

describe('the placing script', () => {
  it('gives an address without a route the drawn one at once', () => {
    expect(openPage({ attributes: drawn() }).atStart.calls).toEqual([ADDRESS]);
    expect(openPage({ hash: '#', attributes: drawn() }).atStart.calls).toEqual([ADDRESS]);
    expect(openPage({ hash: '#/page/self-care', attributes: drawn() }).atStart.calls).toEqual([]);
  });

  it('sets the layout for the window as it is, as the reader would', () => {
    for (const [innerWidth, fontScale] of [
      [1280, 100],
      [1000, 100],
      [1280, 140],
      [1500, 150],
      [900, 80],
    ] as const)
      expect(openPage({ attributes: drawn(), innerWidth, fontScale }).atStart.layout).toBe(
        layoutFor(innerWidth, fontScale),
      );
  });

  it('scrolls to where the person left the page just before the first frame, which waits for the whole drawing', () => {
    const page = openPage({ attributes: drawn() });
    page.drawingParsed();
    expect(page.frame()).toEqual({
      calls: [ADDRESS, 'scroll 0,640'],
      layout: 'wide',
      stale: false,
      hidden: false,
    });
    // The browser's own restoring (on a reload) must not move it again.
    expect(page.scrollRestoration()).toBe('manual');
  });

  it('hides the drawing from a browser that drew a frame before it was whole, until it is', () => {
    const page = openPage({ attributes: drawn() });
    expect(page.frame()).toMatchObject({ calls: [ADDRESS], hidden: true });
    page.drawingParsed();
    expect(page.parsingEnds()).toMatchObject({ calls: [ADDRESS], hidden: true });
    expect(page.frame()).toMatchObject({ calls: [ADDRESS, 'scroll 0,640'], hidden: false });
  });

  it('hides nothing, and moves nothing, for a page shown from its top', () => {
    const page = openPage({ attributes: drawn('0') });
    expect(page.frame()).toMatchObject({ calls: [ADDRESS], hidden: false });
  });

  it("runs the reader's own scripts, in order, only once the article is on screen", () => {
    const page = openPage({ attributes: drawn('0'), readerScripts: READER });
    page.parsingEnds();
    page.contentLoaded();
    page.frame();
    expect(page.tasks().calls).toEqual([ADDRESS]);
    page.articleShown();
    expect(page.tasks().calls).toEqual([
      ADDRESS,
      'run ./content/handbook-start.js',
      'run ./assets/index-abc.js',
    ]);
    // Once only, though the timer for a window that never shows the article fires too.
    expect(page.timers().calls).toHaveLength(3);
  });

  it('runs them after the first frame in a browser without element timing', () => {
    const page = openPage({ elementTiming: false, attributes: drawn('0'), readerScripts: READER });
    page.contentLoaded();
    expect(page.tasks().calls).toEqual([ADDRESS]);
    page.frame();
    expect(page.tasks().calls.slice(1)).toEqual([
      'run ./content/handbook-start.js',
      'run ./assets/index-abc.js',
    ]);
  });

  it('runs them even where the article is never seen, and at once where the drawing is kept hidden', () => {
    const unseen = openPage({ attributes: drawn('0'), readerScripts: READER });
    unseen.contentLoaded();
    unseen.frame();
    unseen.tasks();
    expect(unseen.timers().calls.slice(1)).toEqual([
      'run ./content/handbook-start.js',
      'run ./assets/index-abc.js',
    ]);
    const elsewhere = openPage({ hash: '#/page/urgent-help', attributes: drawn(), readerScripts: READER });
    expect(elsewhere.contentLoaded().calls).toEqual([
      'run ./content/handbook-start.js',
      'run ./assets/index-abc.js',
    ]);
  });

  it('keeps the drawing hidden for good when the page was opened at another route', () => {
    const page = openPage({ hash: '#/page/urgent-help', attributes: drawn() });
    page.drawingParsed();
    expect(page.frame()).toMatchObject({ calls: [], stale: true, hidden: false });
  });

  it('does nothing on a page nobody drew (the web edition)', () => {
    const page = openPage({ attributes: {} });
    page.contentLoaded();
    page.frame();
    page.articleShown();
    page.tasks();
    expect(page.timers()).toEqual({ calls: [], layout: undefined, stale: false, hidden: false });
  });
});
