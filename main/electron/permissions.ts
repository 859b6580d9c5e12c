/**
 * The page needs no browser permission (camera, notifications, geolocation,
 * clipboard reads, …): every request and every check is refused.
 */
import type { Session } from 'electron';

/** Refuses every permission request and check on `session`. */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
