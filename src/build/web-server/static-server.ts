import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve, sep } from 'node:path';
import { mimeTypeFor } from '../../shared/mime.ts';

export interface StaticServer {
  server: Server;
  port: number;
  /** e.g. "http://127.0.0.1:4321/". */
  url: string;
  close(): Promise<void>;
}

/** Whether a request's Host names this server: 127.0.0.1:<port> or localhost:<port>, nothing else. */
function isOwnHost(host: string | undefined, port: number): boolean {
  const name = host?.toLowerCase();
  return name === `127.0.0.1:${port}` || name === `localhost:${port}`;
}

/**
 * Serves a built web edition on 127.0.0.1 only: a static server with no directory listing,
 * nothing outside `root`, and only to requests addressed to it by that address or localhost. Port 0 picks a free port (the handouts CLI and the print benchmark).
 */
export function startStaticServer(rootDir: string, port: number): Promise<StaticServer> {
  const root = resolve(rootDir);
  const server = createServer(async (req, res) => {
    // A page on another site whose name is made to point here (DNS rebinding) sends its own
    // name as Host: it gets nothing.
    if (!isOwnHost(req.headers.host, (server.address() as AddressInfo).port)) {
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Misdirected request');
      return;
    }
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(root + sep) || file.includes('\0')) throw new Error('outside root');
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      // `no-cache` makes the browser ask every time; the tag lets it keep what it has when the
      // file is unchanged, and with the file it keeps V8's compiled code for the app's scripts.
      const tag = `W/"${info.size}-${info.mtimeMs}"`;
      const headers = { 'Cache-Control': 'no-cache', ETag: tag, 'X-Content-Type-Options': 'nosniff' };
      if (req.headers['if-none-match'] === tag) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      res.writeHead(200, { ...headers, 'Content-Type': mimeTypeFor(file) ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = (server.address() as AddressInfo).port;
      resolvePromise({
        server,
        port: actual,
        url: `http://127.0.0.1:${actual}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
