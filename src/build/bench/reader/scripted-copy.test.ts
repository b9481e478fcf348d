import { describe, expect, it } from 'vitest';
import { SCRIPTED_COPY_SCRIPT, scriptedCopy } from './scripted-copy.ts';

const page =
  '<html><head><link rel="stylesheet" href="./assets/style-1.css">' +
  '<script defer src="./content/handbook-start.js"></script></head>' +
  '<body><div id="app"><h1>Title</h1></div><script src="./content/pages/a.js"></script></body></html>';

/** Just enough of a page's document for the copy's script: a head to load scripts into, a body. */
function fakeDocument() {
  const loaded: { src: string; load(): void }[] = [];
  const document = {
    body: { innerHTML: '' },
    head: { append: (script: { src: string; load(): void }) => loaded.push(script) },
    createElement: () => {
      const listeners: Record<string, () => void> = {};
      return {
        src: '',
        addEventListener: (type: string, listener: () => void) => (listeners[type] = listener),
        load: () => listeners.load?.(),
      };
    },
  };
  return { document, loaded };
}

describe('scriptedCopy', () => {
  const placeholder = '<div id="app"><p class="startup">Opening…</p></div>';

  it('keeps the linked stylesheet, loads the start file before its script, starts from the placeholder', () => {
    const { html } = scriptedCopy(
      page.replace('<body>', '<body class="x">'),
      placeholder,
      '',
      'content/pages/a.js',
    );
    expect(html).toBe(
      '<html><head><link rel="stylesheet" href="./assets/style-1.css">' +
        '<script defer src="./content/handbook-start.js"></script>' +
        `<script defer src="./${SCRIPTED_COPY_SCRIPT}"></script></head>` +
        `<body class="x">${placeholder}</body></html>`,
    );
  });

  it('loads the opening page’s file as the reader does, and draws the saved body once it is in', () => {
    const { script } = scriptedCopy(page, placeholder, 'var app = 1;', 'content/pages/a.js');
    const { document, loaded } = fakeDocument();
    new Function('document', script)(document);
    expect(loaded.map((s) => s.src)).toEqual(['content/pages/a.js']);
    expect(document.body.innerHTML).toBe('');
    loaded[0]!.load();
    expect(document.body.innerHTML).toBe('<div id="app"><h1>Title</h1></div>');
  });

  it('carries the app code without running it', () => {
    const { script } = scriptedCopy(page, placeholder, 'throw new Error("ran")', 'content/pages/a.js');
    expect(() => new Function('document', script)(fakeDocument().document)).not.toThrow();
    expect(script).toContain('throw new Error("ran")');
  });

  it('refuses a page with no body', () => {
    expect(() => scriptedCopy('<html></html>', placeholder, '', 'content/pages/a.js')).toThrow(/no body/);
  });
});
