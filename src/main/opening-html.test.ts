import { describe, expect, it } from 'vitest';
import type { OpeningScreen } from '../shared/opening-screen.ts';
import { openingHtml, stylesheetOf } from './opening-html';
import { PLACING_SCRIPT, PLACING_SCRIPT_SOURCE } from './place-opening-screen';

const TEMPLATE = `<!doctype html>
<html lang="en-GB" class="app">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'" />
    <title>Lower Back Cramps Handbook</title>
    <script defer src="./content/handbook-start.js"></script>
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
  slug: 'self-care',
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

const CSS = 'main { color: red; }';
const draw = (over: Partial<OpeningScreen> = {}) => openingHtml(TEMPLATE, { ...screen, ...over }, CSS);

describe('openingHtml', () => {
  it('puts the drawn reader in the root element', () => {
    const html = draw();
    expect(html).toContain(`<div id="app">${screen.body}</div>`);
    expect(html).not.toContain('Opening the handbook…');
    expect(html).toContain('<meta name="x" content="y"></head>');
  });

  it("lists the reader's own scripts, in order, for the placing script to fetch and run", () => {
    const html = draw();
    expect(html).toContain(
      '<meta name="reader-script" content="./content/handbook-start.js">\n' +
        '    <meta name="reader-script" content="./assets/index.js">',
    );
    expect(html).not.toContain('<script defer');
    expect(html).not.toContain('href="./assets/index.js"');
    // And the drawn page's text, which the start file asks for as it runs.
    expect(html).toContain('<link rel="preload" as="script" href="./content/pages/self-care.js">');
  });

  it('holds the first frame of a page drawn scrolled down until the whole drawing is there', () => {
    const scrolled = draw();
    expect(scrolled).toContain('<link rel="expect" href="#opening-drawn" blocking="render">');
    expect(scrolled).toContain(`<div id="app">${screen.body}</div><i id="opening-drawn"></i>`);
    const top = draw({ scroll: 0 });
    expect(top).not.toContain('rel="expect"');
    expect(top).not.toContain('<i id="opening-drawn">');
  });

  it('refuses what would leave a dead page: a policy it cannot add the hash to, a stylesheet that needs its folder', () => {
    const strict = TEMPLATE.replace("script-src 'self'", "script-src 'none'");
    expect(() => openingHtml(strict, screen, CSS)).toThrow(/placing script's hash/);
    expect(() => openingHtml(TEMPLATE, screen, 'main { background: url(bg.png) }')).toThrow(
      /refers to files/,
    );
    expect(() => openingHtml(TEMPLATE, screen, '@import "more.css";')).toThrow(/imports/);
    expect(() =>
      openingHtml(TEMPLATE, screen, 'i { background: url("data:image/png;base64,AA") }'),
    ).not.toThrow();
  });

  it('carries what the first frame needs inline: the placing script first, and the stylesheet', () => {
    const html = draw();
    expect(html).toContain(
      `<title>Self-care &amp; first steps — Handbook</title>\n    <script>${PLACING_SCRIPT}</script>\n`,
    );
    expect(html.indexOf('<script>')).toBeLessThan(html.indexOf('<link rel="preload"'));
    expect(html).toContain(`<style>${CSS}</style>`);
    expect(html).not.toContain('<link rel="stylesheet"');
    // The page's own policy allows that script by its hash, and still no other inline script.
    expect(html).toContain(`script-src 'self' ${PLACING_SCRIPT_SOURCE}; style-src`);
    expect(openingHtml(TEMPLATE, screen, 'a</style><script>x()</script>')).not.toContain('</style><script>x');
  });

  it('writes on <html> what the reader would, and what was drawn, keeping what else the page had', () => {
    expect(draw()).toContain(
      '<html class="app" lang="en-GB" data-theme="dark" data-layout="wide" style="--font-scale: 1.2" ' +
        'data-opening-route="#/page/self-care" data-opening-scroll="421" data-opening-store="abc.12">',
    );
    expect(/<html[^>]*>/.exec(draw({ layout: null }))![0]).not.toContain('data-layout');
  });

  it('refuses an <html> tag with attributes it would drop', () => {
    for (const tag of ['<html lang="en-GB" hidden>', "<html lang='en-GB'>", '<html lang=en-GB>'])
      expect(() =>
        openingHtml(TEMPLATE.replace('<html lang="en-GB" class="app">', tag), screen, CSS),
      ).toThrow(/attributes this page cannot keep/);
  });

  it('escapes what it writes into attributes and the title', () => {
    const html = draw({ route: '#/page/a"><script>', title: '<b>' });
    expect(html).toContain('data-opening-route="#/page/a&quot;&gt;&lt;script&gt;"');
    expect(html).toContain('<title>&lt;b&gt;</title>');
  });

  it('refuses a template that is not the reader', () => {
    expect(() => openingHtml('<html><body>hello</body></html>', screen, CSS)).toThrow(/not the reader/);
  });
});

describe('stylesheetOf', () => {
  it('names the stylesheet the template links, inside the renderer', () => {
    expect(stylesheetOf(TEMPLATE)).toBe('assets/style.css');
    expect(() => stylesheetOf('<link rel="stylesheet" href="./../secret.css">')).toThrow(/not the reader/);
    expect(() => stylesheetOf('<html></html>')).toThrow(/not the reader/);
  });
});
