import { describe, expect, it } from 'vitest';
import type { OpeningScreen } from '../shared/opening-screen.ts';
import { openingHtml } from './opening-html';

const TEMPLATE = `<!doctype html>
<html lang="en-GB" class="app">
  <head>
    <meta charset="UTF-8" />
    <title>Lower Back Cramps Handbook</title>
    <script defer src="./assets/index.js"></script>
    <link rel="stylesheet" href="./assets/style.css">
  </head>
  <body>
    <div id="app"><p class="startup">Opening the handbook…</p></div>
  </body>
</html>
`;

const screen: OpeningScreen = {
  route: '#/page/self-care',
  scroll: 420.6,
  store: 'abc.12',
  title: 'Self-care & first steps — Handbook',
  language: 'en-GB',
  theme: 'dark',
  layout: 'wide',
  fontScale: 120,
  head: '<meta name="x" content="y">',
  body: '<!--[--><main><h1>Self-care</h1><p>Costs $& nothing</p></main><!--]-->',
};

describe('openingHtml', () => {
  it('puts the drawn reader in the root element, and the placing script first in the head', () => {
    const html = openingHtml(TEMPLATE, screen);
    expect(html).toContain(`<div id="app">${screen.body}</div>\n  </body>`);
    expect(html).not.toContain('Opening the handbook…');
    // Before the app's scripts and the stylesheet, which it need not wait for.
    expect(html).toContain(
      '<title>Self-care &amp; first steps — Handbook</title>\n    <script src="./place-opening-screen.js"></script>\n' +
        '    <script defer src="./assets/index.js"></script>',
    );
    expect(html).toContain('<meta name="x" content="y"></head>');
  });

  it('writes on <html> what the reader would, and what was drawn, keeping what else the page had', () => {
    const html = openingHtml(TEMPLATE, screen);
    expect(html).toContain(
      '<html class="app" lang="en-GB" data-theme="dark" data-layout="wide" style="--font-scale: 1.2" ' +
        'data-opening-route="#/page/self-care" data-opening-scroll="421" data-opening-store="abc.12">',
    );
    expect(openingHtml(TEMPLATE, { ...screen, layout: null })).not.toContain('data-layout');
  });

  it('escapes what it writes into attributes and the title', () => {
    const html = openingHtml(TEMPLATE, { ...screen, route: '#/page/a"><script>', title: '<b>' });
    expect(html).toContain('data-opening-route="#/page/a&quot;&gt;&lt;script&gt;"');
    expect(html).toContain('<title>&lt;b&gt;</title>');
  });

  it('refuses a template that is not the reader', () => {
    expect(() => openingHtml('<html><body>hello</body></html>', screen)).toThrow(/not the reader/);
  });
});
