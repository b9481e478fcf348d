import type { WebContents } from 'electron';
import { decideNavigation, decideWindowOpen } from './navigation-policy';
import type { OriginPolicy } from './trusted-origin';

/** The parts of WebContents the hardening touches (a typed fake in tests). */
export type HardenableWebContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export interface HardenOptions {
  policy?: OriginPolicy;
  /** Called with an https:/mailto: URL the page tried to open; runs the confirm-then-open flow. */
  openExternal(url: string): void;
  /** Told about everything that was blocked (for the log). */
  onBlocked?(what: string, url: string): void;
}

/**
 * Applied to every web contents the app creates (`app.on('web-contents-created')`), so no
 * window, frame or devtools page escapes it:
 * - no <webview> can be attached;
 * - navigation only within app://handbook/ (other targets are blocked, links offered to the
 *   browser after confirmation), also for redirects and sub-frames;
 * - window.open / target=_blank never create a window.
 */
export function hardenWebContents(wc: HardenableWebContents, options: HardenOptions): void {
  const { policy = {}, openExternal, onBlocked = () => {} } = options;

  wc.on('will-attach-webview', (event) => {
    event.preventDefault();
    onBlocked('webview', '');
  });

  const guard = (event: { preventDefault(): void }, url: string, offerExternal: boolean) => {
    const decision = decideNavigation(url, policy);
    if (decision === 'allow') return;
    event.preventDefault();
    onBlocked('navigation', url);
    if (decision === 'external' && offerExternal) openExternal(url);
  };
  wc.on('will-navigate', (event) => guard(event, event.url, true));
  wc.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) guard(event, event.url, false);
  });
  wc.on('will-redirect', (event) => guard(event, event.url, false));

  wc.setWindowOpenHandler(({ url }) => {
    const { action, openExternally } = decideWindowOpen(url);
    onBlocked('window-open', url);
    if (openExternally !== null) openExternal(openExternally);
    return { action };
  });
}
