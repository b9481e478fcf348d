import { readFile as readFileCb } from 'node:fs';
import { promisify } from 'node:util';
import type { CustomScheme } from 'electron';
import { APP_SCHEME, appUrlToRelativePath, defaultRealpath, resolveAppPath, type PathIo } from './app-path';
import { securityHeaders } from './csp';
import { mimeTypeFor } from './mime';

/**
 * app:// is a standard, secure origin so the reader gets a real origin (storage, fetch,
 * same-origin checks) without file://. supportFetchAPI lets the reader fetch its content
 * JSON; corsEnabled and standard are what Chromium needs to start the search Web Worker
 * from this scheme. No bypassCSP, no service workers, no extensions.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: true,
    codeCache: true,
    bypassCSP: false,
    allowServiceWorkers: false,
    stream: false,
  },
};

export interface ProtocolIo extends PathIo {
  readFile(path: string): Promise<Uint8Array>;
}

const defaultIo: ProtocolIo = {
  realpath: defaultRealpath,
  readFile: promisify(readFileCb),
};

/** The part of a fetch Request the handler reads. */
export interface AppRequest {
  url: string;
  method: string;
}

/** The reader's page, relative to the renderer root. */
const ENTRY_FILE = 'index.html';

function notFound(status = 404): Response {
  return new Response('Not found', {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * The handler for `protocol.handle('app', …)`: serves files from `root` (the built renderer,
 * including content/) and nothing else, always with the CSP and nosniff headers. The reader's
 * index.html comes from `entryDocument` when it has one (the first screen already drawn, see
 * opening-document.ts), and from disk when it gives null.
 */
export function createAppProtocolHandler(
  root: string,
  io: ProtocolIo = defaultIo,
  entryDocument: () => Promise<string | null> = async () => null,
) {
  return async (request: AppRequest): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound(405);
    const path = await resolveAppPath(root, request.url, io);
    if (path === null) return notFound();
    const type = mimeTypeFor(path);
    if (type === null) return notFound();
    // The page is drawn for a GET only; if drawing fails in any way, the file on disk opens the
    // reader all the same.
    const isEntry = request.method === 'GET' && appUrlToRelativePath(request.url) === ENTRY_FILE;
    const drawn = isEntry ? await entryDocument().catch(() => null) : null;
    let body: Uint8Array;
    try {
      body = drawn === null ? await io.readFile(path) : new TextEncoder().encode(drawn);
    } catch {
      return notFound();
    }
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': type, 'Content-Length': String(body.byteLength) },
    });
  };
}
