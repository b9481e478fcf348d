import type { Session } from 'electron';
import { denyAllPermissions } from './permissions';
import { installRequestFilter } from './request-filter';
import type { OriginPolicy } from './trusted-origin';

type LockableSession = Pick<
  Session,
  | 'webRequest'
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
>;

/** Offline request filter and no permissions, for the default session and any session created later. */
export function lockDownSession(
  session: LockableSession,
  policy: OriginPolicy,
  log: (what: string, detail: string) => void,
): void {
  installRequestFilter(session, policy, (url) => log('request', url));
  denyAllPermissions(session, (permission) => log('permission', permission));
}
