import { BRIDGE_GLOBAL, BRIDGE_METHODS, type AppInfo, type HandbookBridge } from '@shared/bridge';
import { createBrowserBridge, type BrowserHost } from './browser-bridge';

function isBridge(value: unknown): value is HandbookBridge {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return BRIDGE_METHODS.every((method) => typeof candidate[method] === 'function');
}

/**
 * Uses the desktop preload's bridge when there is one, and the browser's otherwise: the same
 * reader runs in Electron and as the web edition.
 */
export function chooseBridge(
  host: BrowserHost & Record<string, unknown>,
  info: Omit<AppInfo, 'platform'>,
): HandbookBridge {
  const exposed = host[BRIDGE_GLOBAL];
  return isBridge(exposed) ? exposed : createBrowserBridge(host, info);
}
