import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID } from '../content/fixtures/fixture.ts';
import { handbookContent } from '../content/vite-plugin.ts';
import { classicScriptsForFileUrls } from './classic-scripts.ts';
import { WEB_CSP, webContentSecurityPolicy } from './web-csp.ts';

/**
 * The page the build writes, with the three plugins that shape it, as `vite build` runs them: one
 * small build of the fixture handbook, read as a browser would read the head.
 */
let root: string;
let source: string;
let page: Window['document'];
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'index-html-'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><head><meta charset="UTF-8" /><title>t</title></head>' +
      '<body><div id="app"></div><script type="module" src="./main.ts"></script></body></html>',
  );
  writeFileSync(join(root, 'main.ts'), "import './style.css';\ndocument.title = 'ready';\n");
  writeFileSync(join(root, 'style.css'), 'body { margin: 0; }\n');
  const output = (await build({
    root,
    base: './',
    logLevel: 'silent',
    configFile: false,
    plugins: [
      handbookContent({ contentDir: VALID }),
      classicScriptsForFileUrls(),
      webContentSecurityPolicy(),
    ],
    build: { write: false, modulePreload: false, cssCodeSplit: false },
  })) as Rollup.RollupOutput;
  const html = output.output.find((file) => file.fileName === 'index.html');
  if (html?.type !== 'asset') throw new Error('the build wrote no index.html');
  source = String(html.source);
  page = new Window().document;
  page.write(source);
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the built index.html', () => {
  it('opens its head with the CSP, so the policy covers every script and style after it', () => {
    const first = page.head.firstElementChild;
    expect(first?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(first?.getAttribute('content')).toBe(WEB_CSP);
  });

  it('loads the start data, then the app, as deferred classic scripts (file:// refuses modules)', () => {
    const scripts = [...page.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('src'))).toEqual([
      './content/handbook-start.js',
      expect.stringMatching(/^\.\/assets\/index-.+\.js$/),
    ]);
    for (const script of scripts) {
      expect(script.hasAttribute('defer')).toBe(true);
      expect(script.hasAttribute('async')).toBe(false);
      expect(script.getAttribute('type')).toBeNull();
    }
  });

  it('asks for nothing with CORS, which a page opened from disk cannot give', () => {
    expect(page.querySelector('link[rel="stylesheet"]')).not.toBeNull();
    expect(page.querySelectorAll('[crossorigin]')).toHaveLength(0);
  });

  it('keeps the page a valid HTML document: charset in its first 1,024 bytes, the body kept', () => {
    expect(Buffer.from(source).subarray(0, 1024).toString()).toMatch(/<meta charset="UTF-8"/);
    expect(page.getElementById('app')).not.toBeNull();
  });
});
