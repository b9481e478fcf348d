/**
 * The Content-Security-Policy the app:// handler sends with every response.
 *
 * - Scripts only from the app itself: no 'unsafe-inline', no 'unsafe-eval', no remote hosts, no
 *   inline script.
 * - style-src allows 'unsafe-inline' because Svelte writes `style="…"` attributes and
 *   `style:` directives at run time (e.g. the font-scale custom property); CSP cannot allow
 *   style attributes by hash or nonce. Inline styles cannot run code, and with connect-src,
 *   img-src and font-src limited to 'self' (and data: images) they cannot leak data either.
 * - img-src data: is for small inline icons; documents from data: are cancelled elsewhere.
 * - worker-src 'self' lets the search Web Worker start from app://handbook/assets/….
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'frame-ancestors': "'none'",
  'form-action': "'none'",
  'worker-src': "'self'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/** Headers for every app:// response, successful or not. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}
