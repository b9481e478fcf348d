import { readFile as readFileCb } from 'node:fs';
import { promisify } from 'node:util';
import type { CustomScheme } from 'electron';
import { APP_SCHEME, defaultRealpath, resolveAppPath, type PathIo } from './app-path';
import { securityHeaders } from './csp';
import { mimeTypeFor } from '@shared/mime';

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

function notFound(status = 404): Response {
  return new Response('Not found', {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * The handler for `protocol.handle('app', …)`: serves files from `root` (the built renderer,
 * including content/) and nothing else, always with the CSP and nosniff headers.
 */
export function createAppProtocolHandler(root: string, io: ProtocolIo = defaultIo) {
  return async (request: AppRequest): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound(405);
    const path = await resolveAppPath(root, request.url, io);
    if (path === null) return notFound();
    const type = mimeTypeFor(path);
    if (type === null) return notFound();
    let body: Uint8Array;
    try {
      body = await io.readFile(path);
    } catch {
      return notFound();
    }
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': type, 'Content-Length': String(body.byteLength) },
    });
  };
}
