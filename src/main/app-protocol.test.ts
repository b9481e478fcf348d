import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './csp';
import { PLACING_SCRIPT } from './place-opening-screen';

let root: string;
const files: Record<string, string> = {
  'index.html': 'text/html',
  'assets/app.js': 'text/javascript',
  'assets/app.css': 'text/css',
  'content/handbook.json': 'application/json',
  'icon.png': 'image/png',
  'photo.jpg': 'image/jpeg',
  'logo.svg': 'image/svg+xml',
  'font.woff2': 'font/woff2',
  'favicon.ico': 'image/x-icon',
  'robots.txt': 'text/plain',
};

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'app-protocol-')));
  for (const name of [...Object.keys(files), 'notes.exe', 'map.js.map']) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), `body of ${name}`);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => createAppProtocolHandler(root)({ url, method });

describe('app:// protocol handler', () => {
  it.each(Object.entries(files))('serves %s as %s with CSP and nosniff', async (name, type) => {
    const res = await get(`app://handbook/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe(`body of ${name}`);
  });

  it('answers 404 (still with the security headers) for unknown types, missing files and traversal', async () => {
    for (const url of [
      'app://handbook/notes.exe',
      'app://handbook/map.js.map',
      'app://handbook/nope.js',
      'app://handbook/%2e%2e/etc/passwd',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('accepts only GET and HEAD', async () => {
    expect((await get('app://handbook/index.html', 'POST')).status).toBe(405);
    const head = await get('app://handbook/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it("serves the reader's page with its first screen drawn, when there is one", async () => {
    const handler = createAppProtocolHandler(root, undefined, async () => '<html>drawn</html>');
    for (const url of ['app://handbook/index.html', 'app://handbook/']) {
      const res = await handler({ url, method: 'GET' });
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await res.text(), url).toBe('<html>drawn</html>');
    }
    // Only the page: every other file is the one on disk.
    expect(await (await handler({ url: 'app://handbook/assets/app.js', method: 'GET' })).text()).toBe(
      'body of assets/app.js',
    );
  });

  it('serves index.html from disk when no first screen could be drawn, or drawing failed', async () => {
    for (const entry of [async () => null, () => Promise.reject(new Error('broken drawing'))]) {
      const handler = createAppProtocolHandler(root, undefined, entry);
      expect(await (await handler({ url: 'app://handbook/index.html', method: 'GET' })).text()).toBe(
        'body of index.html',
      );
    }
  });

  it('draws nothing for a HEAD request', async () => {
    let draws = 0;
    const handler = createAppProtocolHandler(root, undefined, async () => (draws++, '<html>drawn</html>'));
    const res = await handler({ url: 'app://handbook/index.html', method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(draws).toBe(0);
  });

  it('registers app:// as standard and secure with fetch, without bypassing CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      scheme: 'app',
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        bypassCSP: false,
        allowServiceWorkers: false,
      },
    });
  });
});

describe('CSP', () => {
  it('is exactly the agreed policy', () => {
    // The one inline script allowed is the drawn first screen's placing script, by its hash.
    const placing = `'sha256-${createHash('sha256').update(PLACING_SCRIPT).digest('base64')}'`;
    expect(CONTENT_SECURITY_POLICY).toBe(
      `default-src 'self'; script-src 'self' ${placing}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'; worker-src 'self'`,
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
  });
});
