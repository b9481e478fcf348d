import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './csp';

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
    expect(CONTENT_SECURITY_POLICY).toBe(
      `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'`,
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
  });
});
