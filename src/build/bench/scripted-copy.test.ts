import { describe, expect, it } from 'vitest';
import { SCRIPTED_COPY_SCRIPT, scriptedCopy } from './scripted-copy.ts';

const page =
  '<html><head><link rel="stylesheet" href="./assets/style-1.css">' +
  '<script defer src="./content/handbook-start.js"></script></head>' +
  '<body><div id="app"><h1>Title</h1></div><script src="./content/pages/a.js"></script></body></html>';

describe('scriptedCopy', () => {
  const placeholder = '<div id="app"><p class="startup">Opening…</p></div>';

  it('keeps the linked stylesheet, starts from the placeholder and draws the saved body by script', () => {
    const { html, script } = scriptedCopy(
      page.replace('<body>', '<body class="x">'),
      placeholder,
      'var app = 1;',
    );
    expect(html).toBe(
      '<html><head><link rel="stylesheet" href="./assets/style-1.css">' +
        `<script defer src="./${SCRIPTED_COPY_SCRIPT}"></script></head>` +
        `<body class="x">${placeholder}</body></html>`,
    );
    const body = { innerHTML: '' };
    new Function('document', script)({ body });
    expect(body.innerHTML).toBe('<div id="app"><h1>Title</h1></div>');
  });

  it('carries the app code without running it', () => {
    const { script } = scriptedCopy(page, placeholder, 'throw new Error("ran")');
    const body = { innerHTML: '' };
    expect(() => new Function('document', script)({ body })).not.toThrow();
    expect(script).toContain('throw new Error("ran")');
  });

  it('refuses a page with no body', () => {
    expect(() => scriptedCopy('<html></html>', placeholder, '')).toThrow(/no body/);
  });
});
