import { describe, expect, it } from 'vitest';
import {
  OPENING_ATTRIBUTES,
  openingDocument,
  openingScreenScript,
  type OpeningScreen,
} from './opening-screen.ts';

const TEMPLATE = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="UTF-8" />
    <title>Lower Back Cramps Handbook</title>
    <script defer src="./assets/index.js"></script>
  </head>
  <body>
    <div id="app"><p class="startup">Opening the handbook…</p></div>
  </body>
</html>
`;

const screen: OpeningScreen = {
  route: '#/page/self-care',
  scroll: 420.6,
  title: 'Self-care & first steps — Handbook',
  language: 'en-GB',
  theme: 'dark',
  layout: 'wide',
  fontScale: 120,
  head: '<meta name="x" content="y">',
  body: '<!--[--><main><h1>Self-care</h1><p>Costs $& nothing</p></main><!--]-->',
};

describe('openingDocument', () => {
  it('puts the drawn reader in the root element, and the opening script first in the head', () => {
    const html = openingDocument(TEMPLATE, screen);
    expect(html).toContain(`<div id="app">${screen.body}</div>\n  </body>`);
    expect(html).toContain(
      '<title>Self-care &amp; first steps — Handbook</title>\n    <script src="./opening-screen.js"></script>\n' +
        '    <script defer src="./assets/index.js"></script>',
    );
    expect(html).not.toContain('Opening the handbook…');
    // The app's own scripts are untouched, and still load after the markup is parsed.
    expect(html).toContain('<script defer src="./assets/index.js"></script>');
    expect(html).toContain('<meta name="x" content="y"></head>');
  });

  it('writes on <html> what the reader would: language, theme, layout, text size; and what was drawn', () => {
    const html = openingDocument(TEMPLATE, screen);
    expect(html).toContain(
      '<html lang="en-GB" data-theme="dark" data-layout="wide" style="--font-scale: 1.2" ' +
        'data-opening-route="#/page/self-care" data-opening-scroll="421">',
    );
    expect(html).toContain('<title>Self-care &amp; first steps — Handbook</title>');
    expect(openingDocument(TEMPLATE, { ...screen, layout: null })).not.toContain('data-layout');
  });

  it('escapes what it writes into attributes', () => {
    const html = openingDocument(TEMPLATE, { ...screen, route: '#/page/a"><script>' });
    expect(html).toContain('data-opening-route="#/page/a&quot;&gt;&lt;script&gt;"');
  });

  it('refuses a template that is not the reader', () => {
    expect(() => openingDocument('<html><body>hello</body></html>', screen)).toThrow(/not the reader/);
  });
});

/** Runs the opening script in a page at `hash`, on a document drawn with `attributes`. */
function runScript(hash: string, attributes: Record<string, string>) {
  const calls: string[] = [];
  let onReadyStateChange: (() => void) | null = null;
  const root = {
    getAttribute: (name: string) => attributes[name] ?? null,
    setAttribute: (name: string, value: string) => void (attributes[name] = value),
    removeAttribute: (name: string) => void delete attributes[name],
  };
  const document = {
    documentElement: root,
    addEventListener: (type: string, listener: () => void) => {
      expect(type).toBe('readystatechange');
      onReadyStateChange = listener;
    },
    removeEventListener: (_type: string, listener: () => void) => {
      if (onReadyStateChange === listener) onReadyStateChange = null;
    },
  };
  const history = {
    state: null,
    replaceState: (_state: unknown, _title: string, url: string) => calls.push(`address ${url}`),
  };
  const scrollTo = (x: number, y: number) => calls.push(`scroll ${x},${y}`);
  new Function('document', 'location', 'history', 'scrollTo', openingScreenScript())(
    document,
    { hash },
    history,
    scrollTo,
  );
  const state = () => ({
    calls: [...calls],
    stale: OPENING_ATTRIBUTES.stale in attributes,
    placing: OPENING_ATTRIBUTES.placing in attributes,
  });
  const beforeParsed = state();
  // Parsing ends: the document fires readystatechange once, before the deferred scripts.
  (onReadyStateChange as (() => void) | null)?.();
  return { beforeParsed, parsed: state(), stillListening: onReadyStateChange !== null };
}

describe('the opening script', () => {
  const drawn = { [OPENING_ATTRIBUTES.route]: '#/page/self-care', [OPENING_ATTRIBUTES.scroll]: '640' };

  it('gives an address without a route the drawn one at once', () => {
    expect(runScript('', { ...drawn }).beforeParsed.calls).toEqual(['address #/page/self-care']);
    expect(runScript('#', { ...drawn }).beforeParsed.calls).toEqual(['address #/page/self-care']);
    expect(runScript('#/page/self-care', { ...drawn }).beforeParsed.calls).toEqual([]);
  });

  it('keeps the drawing hidden until the whole page is there, then shows it where the person left it', () => {
    const run = runScript('', { ...drawn });
    expect(run.beforeParsed).toMatchObject({ placing: true, stale: false });
    expect(run.parsed).toEqual({
      calls: ['address #/page/self-care', 'scroll 0,640'],
      stale: false,
      placing: false,
    });
    expect(run.stillListening).toBe(false);
  });

  it('hides nothing for a page shown from its top', () => {
    const run = runScript('', { ...drawn, [OPENING_ATTRIBUTES.scroll]: '0' });
    expect(run.beforeParsed.placing).toBe(false);
    expect(run.parsed.calls).toEqual(['address #/page/self-care']);
  });

  it('keeps the drawing hidden for good when the page was opened at another route', () => {
    expect(runScript('#/page/urgent-help', { ...drawn }).parsed).toEqual({
      calls: [],
      stale: true,
      placing: false,
    });
  });

  it('does nothing on a page nobody drew (the web edition)', () => {
    expect(runScript('', {}).parsed).toEqual({ calls: [], stale: false, placing: false });
  });
});
