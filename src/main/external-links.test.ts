import { describe, expect, it, vi } from 'vitest';
import { externalLinkTarget, nativeExternalLinkDeps, openExternalLink } from './external-links';

describe('externalLinkTarget', () => {
  it('accepts https with a host, and mailto', () => {
    expect(externalLinkTarget('https://www.nhs.uk/conditions/back-pain/')).toBe(
      'https://www.nhs.uk/conditions/back-pain/',
    );
    expect(externalLinkTarget('mailto:help@example.org')).toBe('mailto:help@example.org');
  });
  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,x',
    'app://handbook/',
    'smb://server/share',
    'ms-settings:privacy',
    'https://user:pw@example.com/',
    'mailto:',
    'not a url',
    `https://example.com/${'a'.repeat(3000)}`,
    42,
    null,
  ])('refuses %s', (url) => {
    expect(externalLinkTarget(url)).toBeNull();
  });

  it.each([
    'https://localhost/',
    'https://LOCALHOST./',
    'https://app.localhost/',
    'https://127.0.0.1:8080/',
    'https://127.1.2.3/',
    'https://2130706433/', // 127.0.0.1 written as a number
    'https://0x7f.1/',
    'https://0.0.0.0/',
    'https://[::1]/',
    'https://[::]/',
    'https://[0:0:0:0:0:0:0:1]/',
    'https://[::ffff:127.0.0.1]/',
    'https://[::ffff:192.168.1.1]/',
    'https://169.254.169.254/latest/meta-data/',
    'https://[fe80::1]/',
    'https://10.0.0.1/',
    'https://172.16.5.4/',
    'https://172.31.255.255/',
    'https://192.168.1.1/',
    'https://100.64.0.1/',
    'https://[fd12:3456::1]/',
    'https://printer.local/',
    'https://intranet/',
    'https://router.home.arpa/',
  ])('refuses https to this machine or its network: %s', (url) => {
    expect(externalLinkTarget(url)).toBeNull();
  });

  it.each(['https://172.32.0.1/', 'https://8.8.8.8/', 'https://[2001:db8::1]/', 'https://nhs.uk/'])(
    'accepts https to a public host: %s',
    (url) => {
      expect(externalLinkTarget(url)).toBe(url);
    },
  );

  it.each([
    ['mailto:help@example.org?attach=/etc/passwd', 'mailto:help@example.org'],
    [
      'mailto:a@example.org,b@example.org?cc=x@evil.example&subject=Back%20pain&bcc=y@evil.example&body=Hi+there&attach=C:%5Cx',
      'mailto:a@example.org,b@example.org?subject=Back%20pain&body=Hi%2Bthere',
    ],
    [
      'mailto:help@example.org?Subject=One&subject=Two&to=evil@example.com',
      'mailto:help@example.org?subject=One',
    ],
    ['mailto:first.last+tag@example.org', 'mailto:first.last%2Btag@example.org'],
    [
      'mailto:%68elp@example.org?body=a%26attach%3D/etc/passwd',
      'mailto:help@example.org?body=a%26attach%3D%2Fetc%2Fpasswd',
    ],
  ])('rebuilds mailto from recipients, subject and body only: %s', (url, rebuilt) => {
    expect(externalLinkTarget(url)).toBe(rebuilt);
  });

  it.each([
    'mailto:?subject=x',
    'mailto:not-an-address',
    'mailto:a@b',
    'mailto:a%0A@example.org',
    'mailto:a@example.org?subject=%E0%A4%A',
  ])('refuses a mailto without a plain recipient: %s', (url) => {
    expect(externalLinkTarget(url)).toBeNull();
  });
});

describe('openExternalLink', () => {
  it('opens only after the person confirms', async () => {
    const deps = { confirm: vi.fn(async () => true), open: vi.fn(async () => {}) };
    expect(await openExternalLink('https://example.com/', deps)).toBe(true);
    expect(deps.open).toHaveBeenCalledWith('https://example.com/');
  });
  it('does nothing when declined', async () => {
    const deps = { confirm: vi.fn(async () => false), open: vi.fn(async () => {}) };
    expect(await openExternalLink('https://example.com/', deps)).toBe(false);
    expect(deps.open).not.toHaveBeenCalled();
  });
  it('re-validates: never asks about a refused scheme', async () => {
    const deps = { confirm: vi.fn(async () => true), open: vi.fn(async () => {}) };
    expect(await openExternalLink('file:///etc/passwd', deps)).toBe(false);
    expect(deps.confirm).not.toHaveBeenCalled();
  });
  it('never throws', async () => {
    const deps = { confirm: async () => true, open: async () => Promise.reject(new Error('no browser')) };
    expect(await openExternalLink('https://example.com/', deps)).toBe(false);
  });
});

describe('nativeExternalLinkDeps', () => {
  it('asks "Open this link in your browser?" with Cancel as default, then uses shell.openExternal', async () => {
    const dialog = { showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })) };
    const shell = { openExternal: vi.fn(async () => {}) };
    const deps = nativeExternalLinkDeps(dialog as never, shell, () => null);
    expect(await deps.confirm('https://example.com/')).toBe(true);
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'Open this link in your browser?',
        detail: 'https://example.com/',
        defaultId: 1,
        cancelId: 1,
      }),
    );
    await deps.open('https://example.com/');
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/', { activate: true });
  });
});
