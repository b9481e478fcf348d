import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse } from 'parse5';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Plugin } from 'vite';

/**
 * Chromium refuses module scripts from file:// pages (they need CORS, which file:// cannot give),
 * so a reader opened straight from disk would stay blank. We emit one classic (IIFE) script and
 * load it as a deferred classic script without `crossorigin`; the same build still works over
 * http and app://. Vite has no option for either, so the tags Vite wrote are changed in the
 * parsed page.
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
    transformIndexHtml: { order: 'post', handler: toClassicScriptTags },
  };
}

/** Vite's module script tags as deferred classic scripts, and no tag asking for CORS. */
export function toClassicScriptTags(html: string): string {
  const tree = fromParse5(parse(html)) as Root;
  visit(tree, 'element', (element) => {
    const props = element.properties;
    delete props.crossOrigin;
    if (element.tagName === 'script' && props.type === 'module') {
      delete props.type;
      element.properties = { defer: true, ...props };
    }
  });
  return unified().use(rehypeStringify).stringify(tree);
}
