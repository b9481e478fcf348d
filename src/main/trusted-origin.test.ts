import { describe, expect, it } from 'vitest';
import { isRequestAllowed } from './request-filter';
import { isAppOrigin, isDevSocket } from './trusted-origin';

describe('isAppOrigin', () => {
  it('is app://handbook only, with no credentials or port', () => {
    expect(isAppOrigin('app://handbook/index.html')).toBe(true);
    for (const url of [
      'app://other/index.html',
      'app://user@handbook/index.html',
      'app://:pw@handbook/index.html',
      'app://handbook:1/index.html',
      'http://handbook/index.html',
      'not a url',
    ])
      expect(isAppOrigin(url), url).toBe(false);
  });

  it('in development, also the dev server on this machine, over http or https, at its own port', () => {
    for (const devServer of ['http://localhost:5173', 'http://127.0.0.1:5173', 'http://[::1]:5173']) {
      const origin = devServer.replace(/:5173$/, ':5173/src/main.ts');
      expect(isAppOrigin(origin, { devServer }), devServer).toBe(true);
    }
    const https = { devServer: 'https://localhost:5173' };
    expect(isAppOrigin('https://localhost:5173/x.js', https)).toBe(true);
    expect(isAppOrigin('http://localhost:5173/x.js', https)).toBe(true);
    expect(isAppOrigin('ftp://localhost:5173/x.js', https)).toBe(false);
    expect(isAppOrigin('ws://localhost:5173/', https)).toBe(false);
    expect(isAppOrigin('http://localhost:5174/x.js', https)).toBe(false);
  });

  it('never trusts a dev server that is not http(s) on this machine', () => {
    for (const devServer of [
      'ftp://localhost:5173',
      'file:///tmp',
      'http://example.com:5173',
      'nonsense',
      '',
    ]) {
      expect(isAppOrigin('http://localhost:5173/', { devServer }), devServer).toBe(false);
      expect(isAppOrigin('ftp://localhost:5173/', { devServer }), devServer).toBe(false);
      expect(isDevSocket('ws://localhost:5173/', { devServer }), devServer).toBe(false);
    }
  });
});

describe('isDevSocket', () => {
  const policy = { devServer: 'http://localhost:5173' };
  it('is ws or wss to the dev server host and port only', () => {
    expect(isDevSocket('ws://localhost:5173/', policy)).toBe(true);
    expect(isDevSocket('wss://localhost:5173/', policy)).toBe(true);
    expect(isDevSocket('ws://localhost:5174/', policy)).toBe(false);
    expect(isDevSocket('http://localhost:5173/', policy)).toBe(false);
    expect(isDevSocket('ws://localhost:5173/')).toBe(false);
    expect(isDevSocket('not a url', policy)).toBe(false);
  });
});

describe('isRequestAllowed reads the scheme from the start of the URL', () => {
  it('a data: or blob: further into the URL is not a data: or blob: request', () => {
    expect(isRequestAllowed({ url: '1data:,x', resourceType: 'image' })).toBe(false);
    expect(isRequestAllowed({ url: '1blob:app://handbook/1', resourceType: 'image' })).toBe(false);
  });

  it('in development, the hot-reload socket over wss too', () => {
    const policy = { devServer: 'https://localhost:5173' };
    expect(isRequestAllowed({ url: 'wss://localhost:5173/', resourceType: 'webSocket' }, policy)).toBe(true);
    expect(isRequestAllowed({ url: 'WSS://localhost:5173/', resourceType: 'webSocket' }, policy)).toBe(true);
    expect(isRequestAllowed({ url: 'wss://localhost:5173/', resourceType: 'webSocket' })).toBe(false);
  });
});
