import { describe, expect, it } from 'vitest';
import { discardDrawnScreen, drawnScreen } from './drawn-screen';

const root = (attributes: Record<string, string>) => ({
  getAttribute: (name: string) => attributes[name] ?? null,
  hasAttribute: (name: string) => name in attributes,
});
const drawn = (attributes: Record<string, string>, hash: string) => drawnScreen(root(attributes), hash);

describe('drawnScreen', () => {
  it('keeps a screen drawn for the route the page is at, with where to scroll', () => {
    const attrs = { 'data-opening-route': '#/page/self-care', 'data-opening-scroll': '640' };
    expect(drawn(attrs, '#/page/self-care')).toEqual({ scroll: 640 });
    expect(drawn({ 'data-opening-route': '#/' }, '#/')).toEqual({ scroll: 0 });
  });

  it('gives it up when the page is somewhere else, was marked stale, or nothing was drawn', () => {
    expect(drawn({ 'data-opening-route': '#/page/self-care' }, '#/page/urgent-help')).toBeNull();
    expect(drawn({ 'data-opening-route': '#/', 'data-opening-stale': '' }, '#/')).toBeNull();
    expect(drawn({}, '')).toBeNull();
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
