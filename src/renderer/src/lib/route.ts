/** Reader routes live in the URL hash so they survive a reload and work from disk. */
export type Route =
  | { name: 'home' }
  | { name: 'page'; slug: string; anchor: string }
  | { name: 'bookmarks' }
  | { name: 'handout-builder' }
  | { name: 'not-found'; path: string };

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const cut = raw.indexOf('#');
  const path = cut >= 0 ? raw.slice(0, cut) : raw;
  const anchor = cut >= 0 ? safeDecode(raw.slice(cut + 1)) : '';
  if (path === '' || path === '/') return { name: 'home' };
  if (path === '/bookmarks') return { name: 'bookmarks' };
  if (path === '/handout') return { name: 'handout-builder' };
  const page = /^\/page\/([a-z0-9-]+)\/?$/.exec(path);
  if (page?.[1]) return { name: 'page', slug: page[1], anchor };
  // The query stays percent-encoded: decoding it here would turn a print note's `%26` into an
  // `&` that splits the note (print routes read it with URLSearchParams, which decodes once).
  const query = path.indexOf('?');
  return query < 0
    ? { name: 'not-found', path: safeDecode(path) }
    : { name: 'not-found', path: safeDecode(path.slice(0, query)) + path.slice(query) };
}

export function pageHref(slug: string, anchor = ''): string {
  return `#/page/${slug}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'page':
      return pageHref(route.slug, route.anchor);
    case 'bookmarks':
      return '#/bookmarks';
    case 'handout-builder':
      return '#/handout';
    case 'not-found':
      return `#${route.path}`;
  }
}

/**
 * Where the reader opens: the link it was opened with, else the page the person last read (if
 * that page still exists after a content update), else the home page (""). Print previews are
 * passing errands, never reopened.
 */
export function openingRoute(hash: string, lastRoute: string, pageExists: (slug: string) => boolean): string {
  if (hash && hash !== '#') return hash;
  const saved = parseRoute(lastRoute);
  return saved.name === 'page' && pageExists(saved.slug) ? lastRoute : '';
}
