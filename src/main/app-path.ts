import { realpath as realpathCb } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';

/** The one origin the reader is served from. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'handbook';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** Longest decoded path we serve; anything longer is an attack or a bug. */
export const MAX_PATH_LENGTH = 1024;

/**
 * The callback form of realpath: Electron's asar layer patches it, so the check also works
 * when the renderer folder sits inside app.asar.
 */
export const defaultRealpath = promisify(realpathCb);

/**
 * Turns an app:// URL into a path relative to the renderer root, or null when the URL is
 * not one we serve. Purely lexical: the symlink check happens in `resolveAppPath`.
 */
export function appUrlToRelativePath(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (parsed.username || parsed.password || parsed.port) return null;
  // WHATWG parsing has already folded plain `..`; we look at the raw path as sent too.
  const rawPath = parsed.pathname;
  if (rawPath.length > MAX_PATH_LENGTH * 3) return null;
  let decoded: string;
  try {
    // Decoded exactly once: `%252e` stays the literal text `%2e`, which is just a file name.
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.length > MAX_PATH_LENGTH) return null;
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (!decoded.startsWith('/')) return null;
  let relativePath = decoded.slice(1);
  if (relativePath === '' || relativePath.endsWith('/')) relativePath += 'index.html';
  // A leading slash left after stripping one means `//etc/passwd`: an absolute path.
  if (relativePath.startsWith('/') || isAbsolute(relativePath) || /^[a-zA-Z]:/.test(relativePath))
    return null;
  const segments = relativePath.split('/');
  if (segments.some((s) => s === '..' || s === '.' || s === '')) return null;
  // No drive letters or NTFS alternate data streams (`index.html::$DATA`) in any segment.
  if (segments.some((s) => s.includes(':'))) return null;
  return segments.join(sep);
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

export interface PathIo {
  realpath(path: string): Promise<string>;
}

/**
 * Resolves an app:// URL to a real file inside `root`, or null (the caller answers 404).
 * The real path of the target must still be inside the real root, so a symlink that
 * points out of the renderer folder is refused.
 */
export async function resolveAppPath(
  root: string,
  url: string,
  io: PathIo = { realpath: defaultRealpath },
): Promise<string | null> {
  const rel = appUrlToRelativePath(url);
  if (rel === null) return null;
  const lexical = resolve(root, rel);
  if (!isInside(resolve(root), lexical)) return null;
  try {
    const [realRoot, realTarget] = await Promise.all([io.realpath(root), io.realpath(lexical)]);
    return isInside(realRoot, realTarget) ? realTarget : null;
  } catch {
    return null;
  }
}
