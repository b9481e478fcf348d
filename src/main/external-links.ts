import type { BaseWindow, Dialog, Shell } from 'electron';
import { BlockList, isIP } from 'node:net';
import { MAX_EXTERNAL_URL_LENGTH } from '@shared/bridge';

/** Loopback, link-local and private networks: a link there reaches this machine or its network. */
const LOCAL_NETWORKS = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const) {
  LOCAL_NETWORKS.addSubnet(network, prefix, 'ipv4'); // also matches them IPv4-mapped (::ffff:…)
}
for (const [network, prefix] of [
  ['::', 127], // :: and ::1
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
] as const) {
  LOCAL_NETWORKS.addSubnet(network, prefix, 'ipv6');
}

/** Names that only mean something on this machine or its network. */
const LOCAL_NAME = /(^|\.)(localhost|local|internal|home\.arpa)$/;

/** Whether an https: link's host is this machine or its network (the URL parser has normalised it). */
function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  const version = isIP(host);
  if (version !== 0) return LOCAL_NETWORKS.check(host, version === 4 ? 'ipv4' : 'ipv6');
  // A name without a dot is looked up on the local network (an intranet server, a printer).
  return !host.includes('.') || LOCAL_NAME.test(host);
}

const EMAIL =
  /^[^\s@<>()[\]\\,;:"%]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

/**
 * A mailto: link rebuilt from its recipients, subject and body only: any other field (attach,
 * cc, bcc, a second to…) is dropped, since some mail clients act on them without asking.
 */
function mailtoTarget(u: URL): string | null {
  try {
    const recipients = decodeURIComponent(u.pathname)
      .split(',')
      .map((address) => address.trim())
      .filter(Boolean);
    if (recipients.length === 0 || !recipients.every((address) => EMAIL.test(address))) return null;
    const fields = new Map<string, string>();
    for (const pair of u.search.slice(1).split('&')) {
      const [name = '', value = ''] = pair.split(/=(.*)/s);
      const key = decodeURIComponent(name).toLowerCase();
      if ((key === 'subject' || key === 'body') && !fields.has(key))
        fields.set(key, decodeURIComponent(value));
    }
    const query = [...fields].map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
    const to = recipients
      .map((address) => address.replace(/^[^@]+/, (local) => encodeURIComponent(local)))
      .join(',');
    return `mailto:${to}${query ? `?${query}` : ''}`;
  } catch {
    return null; // a malformed %-escape
  }
}

/**
 * The links the app will hand to the browser: https: with a public host and no credentials,
 * and mailto: rebuilt from its recipients, subject and body. Returns the normalised URL, or
 * null for anything else (http, file, javascript, custom schemes, this machine or its network,
 * over-long or unparsable URLs).
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
    return u.hostname !== '' && !u.username && !u.password && !isLocalHost(u.hostname) ? u.href : null;
  }
  if (u.protocol === 'mailto:') return mailtoTarget(u);
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
