import { OPENING_ATTRIBUTES, PLACING_SCRIPT_FILE, type OpeningScreen } from '../shared/opening-screen.ts';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** `<html …>` with `set` written over its own attributes, the others kept. */
function htmlTag(tag: string, set: Record<string, string>): string {
  const kept = [...tag.matchAll(/\s([a-zA-Z][\w-]*)="([^"]*)"/g)].filter(([, name]) => !(name! in set));
  const attributes = [
    ...kept.map(([, name, value]) => `${name}="${value}"`),
    ...Object.entries(set).map(([name, value]) => `${name}="${escapeAttribute(value)}"`),
  ];
  return `<html ${attributes.join(' ')}>`;
}

/**
 * The reader's page (the built index.html) with `screen` drawn into it: the reader's markup in its
 * root element, on `<html>` what the reader would set there and what was drawn, the window title,
 * and the placing script first in the head, before the stylesheet, so it waits for nothing.
 * Throws if the template is not the reader's.
 */
export function openingHtml(template: string, screen: OpeningScreen): string {
  const html = /<html\b[^>]*>/.exec(template);
  const appRoot = /<div id="app">[\s\S]*?<\/div>/.exec(template);
  const title = /<title>[\s\S]*?<\/title>/.exec(template);
  if (!html || !appRoot || !title || !template.includes('</head>'))
    throw new Error('index.html is not the reader: no <html>, <title>, </head> or <div id="app">');
  const set: Record<string, string> = {
    lang: screen.language,
    'data-theme': screen.theme,
    ...(screen.layout ? { 'data-layout': screen.layout } : {}),
    style: `--font-scale: ${screen.fontScale / 100}`,
    [OPENING_ATTRIBUTES.route]: screen.route,
    [OPENING_ATTRIBUTES.scroll]: String(Math.max(0, Math.round(screen.scroll))),
    [OPENING_ATTRIBUTES.store]: screen.store,
  };
  // Functions as replacements, so a `$` in the markup is never read as a pattern.
  return template
    .replace(html[0], () => htmlTag(html[0], set))
    .replace(
      title[0],
      () =>
        `<title>${escapeText(screen.title)}</title>\n    <script src="./${PLACING_SCRIPT_FILE}"></script>`,
    )
    .replace('</head>', () => `${screen.head}</head>`)
    .replace(appRoot[0], () => `<div id="app">${screen.body}</div>`);
}
