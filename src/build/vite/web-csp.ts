import type { Plugin } from 'vite';

/**
 * The web edition has no server of ours to send a CSP header (the desktop app's protocol handler
 * does), so the built page carries the same policy as a meta tag. Only in builds: the dev
 * server needs inline HMR code and a websocket. frame-ancestors cannot be set from a meta tag.
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Svelte writes style attributes (tooltip position); no inline scripts are allowed.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function webContentSecurityPolicy(): Plugin {
  return {
    name: 'handbook:web-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after the charset: a CSP meta tag only covers what comes after it.
      handler: (html) => withCspMeta(html),
    },
  };
}

export function withCspMeta(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${WEB_CSP}" />`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(html)) throw new Error('index.html needs a <meta charset> for the CSP to follow');
  return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
}
