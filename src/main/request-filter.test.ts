import type { OnBeforeRequestListenerDetails } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { installRequestFilter, isRequestAllowed } from './request-filter';

type Type = OnBeforeRequestListenerDetails['resourceType'];
const req = (url: string, resourceType: Type = 'xhr') => ({ url, resourceType });

describe('isRequestAllowed (offline lock-down)', () => {
  it.each<[string, Type]>([
    ['app://handbook/index.html', 'mainFrame'],
    ['app://handbook/assets/index.js', 'script'],
    ['app://handbook/content/search.json', 'xhr'],
    ['app://handbook/assets/search-worker.js', 'other'],
    ['data:image/svg+xml;base64,PHN2Zy8+', 'image'],
    ['data:,', 'image'],
    ['blob:app://handbook/1234', 'image'],
  ])('allows %s (%s)', (url, type) => {
    expect(isRequestAllowed(req(url, type))).toBe(true);
  });

  it.each<[string, Type]>([
    ['https://example.com/', 'mainFrame'],
    ['https://example.com/x.js', 'script'],
    ['http://example.com/', 'xhr'],
    ['HTTPS://EXAMPLE.COM/', 'xhr'],
    ['ws://example.com/socket', 'webSocket'],
    ['wss://example.com/socket', 'webSocket'],
    ['ftp://example.com/file', 'other'],
    ['file:///etc/passwd', 'mainFrame'],
    ['file:///etc/passwd', 'xhr'],
    ['data:text/html,<script>alert(1)</script>', 'mainFrame'],
    ['data:text/html,hi', 'subFrame'],
    ['blob:app://handbook/1234', 'mainFrame'],
    ['blob:app://handbook/1234', 'subFrame'],
    ['data:application/pdf;base64,AAAA', 'object'],
    ['app://evil/index.html', 'mainFrame'],
    ['app://handbook:1234/index.html', 'script'],
    ['chrome://settings', 'mainFrame'],
    ['devtools://devtools/bundled/inspector.html', 'mainFrame'],
    ['javascript:alert(1)', 'mainFrame'],
    ['mailto:someone@example.com', 'mainFrame'],
    ['http://localhost:5173/', 'mainFrame'],
    ['not a url', 'other'],
  ])('cancels %s (%s)', (url, type) => {
    expect(isRequestAllowed(req(url, type))).toBe(false);
  });

  it('in development only, allows the local dev server, its socket and devtools', () => {
    const policy = { devServer: 'http://localhost:5173' };
    expect(isRequestAllowed(req('http://localhost:5173/src/main.ts', 'script'), policy)).toBe(true);
    expect(isRequestAllowed(req('ws://localhost:5173/', 'webSocket'), policy)).toBe(true);
    expect(isRequestAllowed(req('devtools://devtools/x', 'mainFrame'), policy)).toBe(true);
    expect(isRequestAllowed(req('http://localhost:5174/', 'script'), policy)).toBe(false);
    expect(isRequestAllowed(req('https://example.com/', 'script'), policy)).toBe(false);
    // A remote "dev server" is never trusted.
    expect(
      isRequestAllowed(req('http://evil.example/', 'script'), { devServer: 'http://evil.example' }),
    ).toBe(false);
  });
});

describe('installRequestFilter', () => {
  it('answers every request through the session with cancel true/false', () => {
    let listener:
      ((d: OnBeforeRequestListenerDetails, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    const session = { webRequest: { onBeforeRequest: vi.fn((l) => (listener = l)) } };
    const blocked: string[] = [];
    installRequestFilter(session as never, {}, (url) => blocked.push(url));
    const answer = (url: string, resourceType: Type) => {
      const cb = vi.fn();
      listener!({ url, resourceType } as OnBeforeRequestListenerDetails, cb);
      return cb.mock.calls[0]![0];
    };
    expect(answer('app://handbook/index.html', 'mainFrame')).toEqual({ cancel: false });
    expect(answer('https://example.com/', 'xhr')).toEqual({ cancel: true });
    expect(blocked).toEqual(['https://example.com/']);
  });
});
