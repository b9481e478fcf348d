import { APP_HOST, APP_SCHEME } from './app-path';

/**
 * Which page origins are the reader. In production only app://handbook. `devServer` is the
 * electron-vite dev server URL, passed only when the app is not packaged (`npm run dev`).
 */
export interface OriginPolicy {
  devServer?: string | null;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** http(s)/ws(s) origin of the dev server, normalised, or null. */
function devOrigin(policy: OriginPolicy): URL | null {
  const dev = policy.devServer ? parse(policy.devServer) : null;
  if (!dev || (dev.protocol !== 'http:' && dev.protocol !== 'https:')) return null;
  // Only a server on this machine; never a remote host, even in development.
  return ['localhost', '127.0.0.1', '[::1]'].includes(dev.hostname) ? dev : null;
}

export function isAppOrigin(url: string, policy: OriginPolicy = {}): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === `${APP_SCHEME}:`) return u.host === APP_HOST && !u.username && !u.password && !u.port;
  const dev = devOrigin(policy);
  return dev !== null && (u.protocol === 'http:' || u.protocol === 'https:') && u.host === dev.host;
}

/** The dev server's hot-reload socket (ws:// to the same host and port). */
export function isDevSocket(url: string, policy: OriginPolicy = {}): boolean {
  const u = parse(url);
  const dev = devOrigin(policy);
  return !!u && dev !== null && (u.protocol === 'ws:' || u.protocol === 'wss:') && u.host === dev.host;
}
