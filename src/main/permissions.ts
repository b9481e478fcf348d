import type { Session } from 'electron';

type PermissionSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
>;

/**
 * The handbook needs no browser permission: no camera, microphone, location, notifications,
 * clipboard-read, MIDI, HID, USB, serial, screen capture, fullscreen API or anything added later.
 * Every request and every check is refused, so a new Chromium permission is denied by default.
 * (Copy with Ctrl+C and the menu's Edit roles still work: they are not permission-gated.)
 */
export function denyAllPermissions(
  session: PermissionSession,
  onDenied: (permission: string) => void = () => {},
): void {
  session.setPermissionRequestHandler((_wc, permission, callback) => {
    onDenied(permission);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}
