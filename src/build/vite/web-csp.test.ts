import { describe, expect, it } from 'vitest';
import { WEB_CSP, cspMetaTag } from './web-csp.ts';

describe('web edition CSP', () => {
  it('is a meta tag first in the head (the built page is tested in index-html.test.ts)', () => {
    expect(cspMetaTag()).toEqual({
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: WEB_CSP },
      injectTo: 'head-prepend',
    });
  });

  it('allows no inline or remote scripts', () => {
    expect(WEB_CSP).toContain("script-src 'self'");
    expect(WEB_CSP).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:/);
  });
});
