import { describe, expect, it } from 'vitest';
import { OPENING_ATTRIBUTES } from '../shared/opening-screen.ts';
import { placeOpeningScreenScript, READER_SCRIPT_ATTRIBUTE } from './place-opening-screen.ts';

/**
 * Runs the placing script in a page at `hash`, on a document drawn with `attributes`, and then
 * lets the page go on, step by step: parsing ends (readystatechange), the deferred scripts have
 * run (DOMContentLoaded), a frame is drawn (animation frame callbacks), and then tasks run.
 */
function runScript(hash: string, attributes: Record<string, string>, { readerScript = true } = {}) {
  const calls: string[] = [];
  const listeners = new Map<string, () => void>();
  let frame: (() => void)[] = [];
  let tasks: (() => void)[] = [];
  const root = {
    getAttribute: (name: string) => attributes[name] ?? null,
    setAttribute: (name: string, value: string) => void (attributes[name] = value),
    removeAttribute: (name: string) => void delete attributes[name],
  };
  const link = { getAttribute: (name: string) => (name === 'href' ? './assets/index-abc.js' : null) };
  const document = {
    documentElement: root,
    addEventListener: (type: string, listener: () => void) => void listeners.set(type, listener),
    removeEventListener: (type: string, listener: () => void) => {
      if (listeners.get(type) === listener) listeners.delete(type);
    },
    querySelector: (selector: string) =>
      readerScript && selector === `link[${READER_SCRIPT_ATTRIBUTE}]` ? link : null,
    createElement: (tag: string) => ({ tag, src: '' }),
    head: { appendChild: (el: { tag: string; src: string }) => calls.push(`run ${el.tag} ${el.src}`) },
  };
  const history = {
    state: null,
    scrollRestoration: 'auto',
    replaceState: (_state: unknown, _title: string, url: string) => calls.push(`address ${url}`),
  };
  const scrollTo = (x: number, y: number) => calls.push(`scroll ${x},${y}`);
  new Function(
    'document',
    'location',
    'history',
    'scrollTo',
    'requestAnimationFrame',
    'setTimeout',
    placeOpeningScreenScript(),
  )(
    document,
    { hash },
    history,
    scrollTo,
    (callback: () => void) => void frame.push(callback),
    (callback: () => void) => void tasks.push(callback),
  );
  const state = () => ({
    calls: [...calls],
    stale: OPENING_ATTRIBUTES.stale in attributes,
    placing: OPENING_ATTRIBUTES.placing in attributes,
  });
  const atStart = state();
  listeners.get('readystatechange')?.();
  const parsed = { ...state(), listening: listeners.has('readystatechange') };
  listeners.get('DOMContentLoaded')?.();
  const [thisFrame, laterTasks] = [frame, tasks];
  [frame, tasks] = [[], []];
  thisFrame.forEach((callback) => callback());
  const firstFrame = state();
  [...laterTasks, ...tasks].forEach((callback) => callback());
  return { atStart, parsed, firstFrame, afterFrame: state(), scrollRestoration: history.scrollRestoration };
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

  it("runs the reader's own script only after the first frame", () => {
    const run = runScript('', { ...drawn });
    expect(run.firstFrame.calls).not.toContain('run script ./assets/index-abc.js');
    expect(run.afterFrame.calls.at(-1)).toBe('run script ./assets/index-abc.js');
    // Also where the drawing stays hidden: the reader must still start, to draw its own screen.
    expect(runScript('#/page/urgent-help', { ...drawn }).afterFrame.calls).toEqual([
      'run script ./assets/index-abc.js',
    ]);
  });

  it('hides nothing for a page shown from its top', () => {
    const run = runScript('', { ...drawn, [OPENING_ATTRIBUTES.scroll]: '0' });
    expect(run.atStart.placing).toBe(false);
    expect(run.afterFrame.calls).toEqual(['address #/page/self-care', 'run script ./assets/index-abc.js']);
  });

  it('keeps the drawing hidden for good when the page was opened at another route', () => {
    expect(runScript('#/page/urgent-help', { ...drawn }).firstFrame).toEqual({
      calls: [],
      stale: true,
      placing: false,
    });
  });

  it('does nothing on a page nobody drew (the web edition)', () => {
    expect(runScript('', {}, { readerScript: false }).afterFrame).toEqual({
      calls: [],
      stale: false,
      placing: false,
    });
  });
});
