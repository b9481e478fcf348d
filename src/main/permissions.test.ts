import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions } from './permissions';

describe('denyAllPermissions', () => {
  it('denies every permission request and check, device and display-media request', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: vi.fn((h) => (handlers.request = h)),
      setPermissionCheckHandler: vi.fn((h) => (handlers.check = h)),
      setDevicePermissionHandler: vi.fn((h) => (handlers.device = h)),
      setDisplayMediaRequestHandler: vi.fn((h) => (handlers.display = h)),
    };
    const denied: string[] = [];
    denyAllPermissions(session as never, (p) => denied.push(p));

    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'unknown',
    ]) {
      const callback = vi.fn();
      (handlers.request as (...a: unknown[]) => void)({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect((handlers.check as (...a: unknown[]) => boolean)(null, permission, 'app://handbook', {})).toBe(
        false,
      );
    }
    expect(denied).toContain('media');
    expect((handlers.device as (...a: unknown[]) => boolean)({})).toBe(false);
    const displayCallback = vi.fn();
    (handlers.display as (...a: unknown[]) => void)({}, displayCallback);
    expect(displayCallback).toHaveBeenCalledWith(null);
  });
});
