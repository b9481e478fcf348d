import { describe, expect, it } from 'vitest';
import { discardDrawnScreen, keepDrawnScreen } from './drawn-screen';

const root = (attributes: Record<string, string>) => ({
  getAttribute: (name: string) => attributes[name] ?? null,
  hasAttribute: (name: string) => name in attributes,
});
const drawn = { 'data-opening-route': '#/page/self-care', 'data-opening-store': 'f1' };

describe('keepDrawnScreen', () => {
  it('keeps a screen drawn for the route the page is at, from the store the reader loaded', () => {
    expect(keepDrawnScreen(root(drawn), '#/page/self-care', 'f1')).toBe(true);
  });

  it('gives it up for another route, another store, a stale drawing, or none', () => {
    expect(keepDrawnScreen(root(drawn), '#/page/urgent-help', 'f1')).toBe(false);
    expect(keepDrawnScreen(root(drawn), '#/page/self-care', 'f2')).toBe(false);
    expect(keepDrawnScreen(root({ ...drawn, 'data-opening-stale': '' }), '#/page/self-care', 'f1')).toBe(
      false,
    );
    expect(keepDrawnScreen(root({}), '', 'f1')).toBe(false);
  });
});

describe('discardDrawnScreen', () => {
  it('stops hiding the root element, so what the reader draws itself shows', () => {
    const attributes: Record<string, string> = {
      'data-opening-route': '#/',
      'data-opening-stale': '',
      'data-opening-placing': '',
    };
    discardDrawnScreen({ removeAttribute: (name: string) => delete attributes[name] });
    expect(attributes).toEqual({ 'data-opening-route': '#/' });
  });
});
