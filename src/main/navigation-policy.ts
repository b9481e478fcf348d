import { externalLinkTarget } from './external-links';
import { isAppOrigin, type OriginPolicy } from './trusted-origin';

/**
 * What to do when a page tries to go somewhere.
 * - 'allow': an in-app route change (app://handbook/… to app://handbook/…).
 * - 'external': blocked here, but an https:/mailto: link the person may open in the browser
 *   after the native confirmation.
 * - 'block': everything else (file:, http:, data:, javascript:, other hosts…).
 */
export type NavigationDecision = 'allow' | 'external' | 'block';

export function decideNavigation(url: string, policy: OriginPolicy = {}): NavigationDecision {
  if (isAppOrigin(url, policy)) return 'allow';
  return externalLinkTarget(url) !== null ? 'external' : 'block';
}

/**
 * window.open and target=_blank never create a window. An https:/mailto: target is offered to
 * the browser through the confirmation flow; anything else is simply denied.
 */
export function decideWindowOpen(url: string): { action: 'deny'; openExternally: string | null } {
  return { action: 'deny', openExternally: externalLinkTarget(url) };
}
