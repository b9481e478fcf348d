import { describe, expect, it } from 'vitest';
import { openingRoute, pageHref, parseRoute, routeHref } from './route';

describe('parseRoute', () => {
  it.each([
    ['', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/page/self-care', { name: 'page', slug: 'self-care', anchor: '' }],
    ['#/page/self-care#heat', { name: 'page', slug: 'self-care', anchor: 'heat' }],
    ['#/bookmarks', { name: 'bookmarks' }],
    ['#/handout', { name: 'handout-builder' }],
    ['#/page/Bad Slug', { name: 'not-found', path: '/page/Bad Slug' }],
    ['#/nowhere', { name: 'not-found', path: '/nowhere' }],
    ['#/page/x#%E0%A4%A', { name: 'page', slug: 'x', anchor: '%E0%A4%A' }],
    // A print route's query reaches parsePrintPath still encoded, so `%26` stays inside a note.
    [
      '#/print/handout/x?note=a%26b%23c%25d%0Ae&patient=S%C3%A9',
      { name: 'not-found', path: '/print/handout/x?note=a%26b%23c%25d%0Ae&patient=S%C3%A9' },
    ],
    ['#/print/some%20where?a=%26', { name: 'not-found', path: '/print/some where?a=%26' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips page routes', () => {
    const href = pageHref('self-care', 'heat and cold');
    expect(parseRoute(href)).toEqual({ name: 'page', slug: 'self-care', anchor: 'heat and cold' });
    expect(routeHref(parseRoute(href))).toBe(href);
  });
});

describe('openingRoute', () => {
  const exists = (slug: string) => slug === 'self-care';

  it('opens the link it was given, whatever was read last', () => {
    expect(openingRoute('#/page/sciatica', '#/page/self-care', exists)).toBe('#/page/sciatica');
    expect(openingRoute('#/bookmarks', '#/page/self-care', exists)).toBe('#/bookmarks');
  });

  it('otherwise reopens the page read last, section included', () => {
    expect(openingRoute('', '#/page/self-care#heat', exists)).toBe('#/page/self-care#heat');
    expect(openingRoute('#', '#/page/self-care', exists)).toBe('#/page/self-care');
  });

  it('opens the home page when the last page is gone or was not a page', () => {
    expect(openingRoute('', '#/page/removed-in-an-update', exists)).toBe('');
    expect(openingRoute('', '#/print/page/self-care', exists)).toBe('');
    expect(openingRoute('', '', exists)).toBe('');
  });
});
