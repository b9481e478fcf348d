/**
 * The one Content-Security-Policy of the reader: the desktop's app:// handler sends it as a
 * header (src/main/csp.ts), and the built page carries it as a meta tag for the web edition,
 * which has no server of ours (src/build/vite/web-csp.ts).
 *
 * - Scripts only from the app itself: no 'unsafe-inline', no 'unsafe-eval', no remote hosts, no
 *   inline script.
 * - style-src allows 'unsafe-inline' because Svelte writes `style="…"` attributes and
 *   `style:` directives at run time (e.g. the font-scale custom property); CSP cannot allow
 *   style attributes by hash or nonce. Inline styles cannot run code, and with connect-src,
 *   img-src and font-src limited to 'self' (and data: images) they cannot leak data either.
 * - img-src data: is for small inline icons; documents from data: are cancelled elsewhere.
 * - worker-src 'self' lets the search Web Worker start from the app's own assets.
 */
const DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'frame-ancestors': "'none'",
  'form-action': "'none'",
};

/** A meta tag cannot set these; the header can. */
const HEADER_ONLY = new Set(['frame-ancestors']);

/** The policy as a header value, or as a meta tag's content (`forMetaTag`). */
export function contentSecurityPolicy({ forMetaTag = false } = {}): string {
  return Object.entries(DIRECTIVES)
    .filter(([name]) => !(forMetaTag && HEADER_ONLY.has(name)))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
