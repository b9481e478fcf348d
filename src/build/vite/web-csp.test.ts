import { describe, expect, it } from 'vitest';
import { WEB_CSP, withCspMeta } from './web-csp.ts';

describe('web edition CSP', () => {
  it('puts the policy right after the charset, before any script', () => {
    const html = withCspMeta('<head><meta charset="UTF-8" /><script defer src="./a.js"></script></head>');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain(`content="${WEB_CSP}"`);
  });

  it('allows no inline or remote scripts', () => {
    expect(WEB_CSP).toContain("script-src 'self'");
    expect(WEB_CSP).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:/);
  });
});
