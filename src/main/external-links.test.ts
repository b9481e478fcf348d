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
