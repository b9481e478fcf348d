import { pageFile, scriptCopy } from '../shared/handbook-data.ts';
import { OPENING_ATTRIBUTES, type OpeningScreen } from '../shared/opening-screen.ts';
import {
  DRAWING_END_ID,
  PLACING_SCRIPT,
  PLACING_SCRIPT_SOURCE,
  READER_SCRIPT_META,
} from './place-opening-screen.ts';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/**
 * `<html …>` with `set` written over its own attributes, the others kept. Only `name="value"`
 * attributes are understood: a tag with any other kind throws rather than lose one.
 */
function htmlTag(tag: string, set: Record<string, string>): string {
  if (tag.replace(/\s[a-zA-Z][\w-]*="[^"]*"/g, '').replace(/\s+/g, '') !== '<html>')
    throw new Error(`index.html's ${tag} has attributes this page cannot keep`);
  const kept = [...tag.matchAll(/\s([a-zA-Z][\w-]*)="([^"]*)"/g)].filter(([, name]) => !(name! in set));
  const attributes = [
    ...kept.map(([, name, value]) => `${name}="${value}"`),
    ...Object.entries(set).map(([name, value]) => `${name}="${escapeAttribute(value)}"`),
  ];
  return `<html ${attributes.join(' ')}>`;
}

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/;
const DEFERRED_SCRIPT = /<script defer src="(\.\/[^"]+\.js)"><\/script>/g;
const CSP_META = /(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self')/;

/** The file of the stylesheet the template links, relative to the renderer root. */
export function stylesheetOf(template: string): string {
  const link = STYLESHEET_LINK.exec(template);
  if (!link || link[1]!.split('/').includes('..'))
    throw new Error('index.html is not the reader: it links no stylesheet of its own');
  return link[1]!;
}

/** The stylesheet's text, for a `<style>` in the page: it must not depend on where it was. */
function inlineStylesheet(css: string): string {
  if (/@import|url\(\s*(?!['"]?(?:data:|#))/i.test(css))
    throw new Error('the stylesheet imports or refers to files: it cannot be put in the page as it is');
  return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
}

/** Not fetched yet: the placing script runs these in order once the article is on screen. */
const readerScript = (src: string) => `<meta name="${READER_SCRIPT_META}" content="${src}">`;

/**
 * The reader's page (the built index.html) with `screen` drawn into it: the reader's markup in its
 * root element; on `<html>` what the reader would set there and what was drawn; the window title;
 * and everything the first frame needs inline, so it waits on no request but this page: the
 * placing script first in the head (allowed by its hash in the page's own policy too) and the
 * stylesheet (`stylesheet`, the text of the one the template links). The drawn page's text is
 * preloaded; the reader's own scripts are listed, for the placing script to run once the article
 * is on screen.
 * Throws if the template is not the reader's.
 */
export function openingHtml(template: string, screen: OpeningScreen, stylesheet: string): string {
  const html = /<html\b[^>]*>/.exec(template);
  const appRoot = /<div id="app">[\s\S]*?<\/div>/.exec(template);
  const title = /<title>[\s\S]*?<\/title>/.exec(template);
  const link = STYLESHEET_LINK.exec(template);
  if (
    !html ||
    !appRoot ||
    !title ||
    !link ||
    !template.includes('<script defer') ||
    !template.includes('</head>')
  )
    throw new Error(
      'index.html is not the reader: no <html>, <title>, stylesheet, script, </head> or <div id="app">',
    );
  const set: Record<string, string> = {
    lang: screen.language,
    'data-theme': screen.theme,
    ...(screen.layout ? { 'data-layout': screen.layout } : {}),
    style: `--font-scale: ${screen.fontScale / 100}`,
    [OPENING_ATTRIBUTES.route]: screen.route,
    [OPENING_ATTRIBUTES.scroll]: String(Math.max(0, Math.round(screen.scroll))),
    [OPENING_ATTRIBUTES.store]: screen.store,
  };
  const scrolled = screen.scroll > 0;
  // Functions as replacements, so a `$` in the markup is never read as a pattern.
  const page = template
    .replace(html[0], () => htmlTag(html[0], set))
    .replace(CSP_META, (policy) => `${policy} ${PLACING_SCRIPT_SOURCE}`)
    .replace(
      title[0],
      () =>
        `<title>${escapeText(screen.title)}</title>\n    <script>${PLACING_SCRIPT}</script>` +
        // Drawn scrolled down, the first frame waits for the whole drawing (place-opening-screen.ts).
        (scrolled ? `\n    <link rel="expect" href="#${DRAWING_END_ID}" blocking="render">` : ''),
    )
    .replace(link[0], () => inlineStylesheet(stylesheet))
    .replace(DEFERRED_SCRIPT, (_tag, src: string) => readerScript(src))
    // The start file asks for the drawn page's text as it runs: it is on its way already.
    .replace(
      '</head>',
      () =>
        `<link rel="preload" as="script" href="./${scriptCopy(pageFile(screen.slug))}">\n${screen.head}</head>`,
    )
    .replace(
      appRoot[0],
      () => `<div id="app">${screen.body}</div>${scrolled ? `<i id="${DRAWING_END_ID}"></i>` : ''}`,
    );
  // A page whose own policy refused the placing script would never start the reader.
  if (template.includes('http-equiv="Content-Security-Policy"') && !page.includes(PLACING_SCRIPT_SOURCE))
    throw new Error("index.html's Content Security Policy does not take the placing script's hash");
  return page;
}
