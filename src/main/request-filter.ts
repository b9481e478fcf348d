import type { OnBeforeRequestListenerDetails, Session } from 'electron';
import { isAppOrigin, isDevSocket, type OriginPolicy } from './trusted-origin';

type Details = Pick<OnBeforeRequestListenerDetails, 'url' | 'resourceType'>;

/** Resource types that would become a document with an origin of its own. */
const DOCUMENT_TYPES = new Set<Details['resourceType']>(['mainFrame', 'subFrame', 'object']);

/**
 * The offline lock-down: a request may leave the page only to app://handbook.
 *
 * - http, https, ws, wss, ftp, file, chrome, and every other scheme: cancelled.
 * - data: and blob: only for sub-resources, never as a document. data: is needed for the
 *   small images Vite inlines into CSS (CSP img-src allows data:); blob: object URLs are made
 *   by the page from bytes it already holds (no network, no new origin). A data: or blob:
 *   *document* would be a page whose content we never served, without our CSP header, so
 *   those are cancelled. PDF generation needs neither: printToPDF runs in the main process.
 * - In development only, the local dev server and its hot-reload socket.
 */
export function isRequestAllowed(details: Details, policy: OriginPolicy = {}): boolean {
  const { url, resourceType } = details;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'data' || scheme === 'blob') return !DOCUMENT_TYPES.has(resourceType);
  if (scheme === 'devtools') return Boolean(policy.devServer);
  if (scheme === 'ws' || scheme === 'wss') return isDevSocket(url, policy);
  return isAppOrigin(url, policy);
}

/** Installs the filter on a session; every request the page makes passes through it. */
export function installRequestFilter(
  session: { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> },
  policy: OriginPolicy = {},
  onBlocked: (url: string) => void = () => {},
): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details, policy);
    if (!allowed) onBlocked(details.url);
    callback({ cancel: !allowed });
  });
}
