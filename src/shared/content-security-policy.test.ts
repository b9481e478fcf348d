import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';

describe('the content security policy', () => {
  it('is the same for the desktop header and the web edition’s meta tag, but for what a tag cannot set', () => {
    const header = contentSecurityPolicy().split('; ');
    const meta = contentSecurityPolicy({ forMetaTag: true }).split('; ');
    expect(header.filter((d) => !meta.includes(d))).toEqual(["frame-ancestors 'none'"]);
    expect(meta.every((d) => header.includes(d))).toBe(true);
  });
});
