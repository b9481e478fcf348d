import type { BaseWindow, Dialog, Shell } from 'electron';

export const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * The links the app will hand to the browser: https: with a host and no credentials, and
 * mailto:. Returns the normalised URL, or null for anything else (http, file, javascript,
 * custom schemes, over-long or unparsable URLs).
 */
export function externalLinkTarget(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol === 'https:') {
    return u.hostname !== '' && !u.username && !u.password ? u.href : null;
  }
  if (u.protocol === 'mailto:') return u.pathname.includes('@') ? u.href : null;
  return null;
}

export interface ExternalLinkDeps {
  /** Asks the person; resolves true only if they chose to open the link. */
  confirm(url: string): Promise<boolean>;
  open(url: string): Promise<void>;
}

/**
 * Checks the scheme again (the renderer's check is not trusted), asks natively, then opens.
 * Resolves whether the link was opened; never throws.
 */
export async function openExternalLink(url: unknown, deps: ExternalLinkDeps): Promise<boolean> {
  const target = externalLinkTarget(url);
  if (target === null) return false;
  try {
    if (!(await deps.confirm(target))) return false;
    await deps.open(target);
    return true;
  } catch {
    return false;
  }
}

/** The native "Open this link in your browser?" dialog and shell.openExternal. */
export function nativeExternalLinkDeps(
  dialog: Pick<Dialog, 'showMessageBox'>,
  shell: Pick<Shell, 'openExternal'>,
  parent: () => BaseWindow | null,
): ExternalLinkDeps {
  return {
    async confirm(url) {
      const options = {
        type: 'question' as const,
        buttons: ['Open in browser', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
        message: 'Open this link in your browser?',
        detail: url,
      };
      const win = parent();
      const { response } = win
        ? await dialog.showMessageBox(win, options)
        : await dialog.showMessageBox(options);
      return response === 0;
    },
    // Only reached from openExternalLink, after externalLinkTarget (https:/mailto:) and the person's yes.
    open: (url) => shell.openExternal(url, { activate: true }), // eng-disable OPEN_EXTERNAL_JS_CHECK -- see above
  };
}
