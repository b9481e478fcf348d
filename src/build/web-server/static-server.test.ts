import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { startStaticServer, type StaticServer } from './static-server.ts';

/** GET / with a Host header of our choosing (fetch will not let us set one). */
const statusWithHost = (port: number, host: string) =>
  new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', headers: { Host: host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });

describe('startStaticServer', () => {
  let root: string;
  let server: StaticServer;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'static-server-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(root, 'app.js'), 'console.log(1);');
    server = await startStaticServer(root, 0);
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves files with their type, asks browsers to revalidate, and tags them', async () => {
    const res = await fetch(`${server.url}app.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('etag')).toMatch(/^W\/".+"$/);
    expect(await res.text()).toBe('console.log(1);');
  });

  it('answers 304 with no body while a file is unchanged, and the new file once it changes', async () => {
    const url = `${server.url}app.js`;
    const tag = (await fetch(url)).headers.get('etag')!;
    const unchanged = await fetch(url, { headers: { 'If-None-Match': tag } });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');

    writeFileSync(join(root, 'app.js'), 'console.log(2);');
    utimesSync(join(root, 'app.js'), new Date(), new Date(Date.now() + 5000));
    const changed = await fetch(url, { headers: { 'If-None-Match': tag } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toBe('console.log(2);');
  });

  it('answers only requests addressed to 127.0.0.1:<port> or localhost:<port>', async () => {
    const { port } = server;
    expect(await statusWithHost(port, `127.0.0.1:${port}`)).toBe(200);
    expect(await statusWithHost(port, `localhost:${port}`)).toBe(200);
    expect(await statusWithHost(port, `LOCALHOST:${port}`)).toBe(200);
    for (const host of [
      `evil.example:${port}`,
      'evil.example',
      '127.0.0.1',
      `127.0.0.1:${port + 1}`,
      `[::1]:${port}`,
    ])
      expect(await statusWithHost(port, host), host).toBe(421);
  });

  it('serves index.html for a folder and nothing outside the root', async () => {
    expect((await fetch(server.url)).status).toBe(200);
    expect((await fetch(`${server.url}..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
    expect((await fetch(`${server.url}missing.js`)).status).toBe(404);
  });
});
