import type { Plugin } from 'vite';

/**
 * Chromium refuses module scripts from file:// pages (they need CORS, which file:// cannot give),
 * so a reader opened straight from disk would stay blank. We emit one classic (IIFE) script and
 * strip `type="module"` and `crossorigin` from the HTML; the same build still works over http and
 * app://.
 */
export function classicScriptsForFileUrls(): Plugin {
  return {
    name: 'handbook:classic-scripts',
    apply: 'build',
    config() {
      return {
        build: {
          rollupOptions: { output: { format: 'iife' } },
        },
      };
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return toClassicScriptTags(html);
      },
    },
  };
}

/** Rewrites Vite's module script tags as deferred classic scripts. */
export function toClassicScriptTags(html: string): string {
  return html
    .replace(/<script type="module" crossorigin src=/g, '<script defer src=')
    .replace(/<script type="module" src=/g, '<script defer src=')
    .replace(/\s+crossorigin(?=[\s>])/g, '');
}
