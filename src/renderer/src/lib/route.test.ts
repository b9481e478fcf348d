import { describe, expect, it } from 'vitest';
import { pageHref, parseRoute, routeHref } from './route';

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
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips page routes', () => {
    const href = pageHref('self-care', 'heat and cold');
    expect(parseRoute(href)).toEqual({ name: 'page', slug: 'self-care', anchor: 'heat and cold' });
    expect(routeHref(parseRoute(href))).toBe(href);
  });
});
