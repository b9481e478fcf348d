import { contentSecurityPolicy } from '../../shared/content-security-policy.ts';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * The web edition has no server of ours to send a CSP header (the desktop app's protocol handler
 * does), so the built page carries the same policy as a meta tag. Only in builds: the dev
 * server needs inline HMR code and a websocket.
 */
export const WEB_CSP = contentSecurityPolicy({ forMetaTag: true });

export function webContentSecurityPolicy(): Plugin {
  return {
    name: 'handbook:web-csp',
    apply: 'build',
    // First in the head, after the other plugins' tags: a CSP meta tag only covers what comes
    // after it. (The charset still comes within the first 1,024 bytes, as HTML requires.)
    transformIndexHtml: { order: 'post', handler: () => [cspMetaTag()] },
  };
}

export function cspMetaTag(): HtmlTagDescriptor {
  return {
    tag: 'meta',
    attrs: { 'http-equiv': 'Content-Security-Policy', content: WEB_CSP },
    injectTo: 'head-prepend',
  };
}
