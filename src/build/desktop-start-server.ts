import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { BRIDGE_GLOBAL, type AppInfo, type StoreLoadResult } from '../shared/bridge.ts';
import { defaultStore, validateStore } from '../shared/reader-store.ts';
import { loadDrawing } from '../main/load-drawing.ts';
import { createOpeningDocument } from '../main/opening-document.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

export interface DesktopStartOptions {
  /** The built renderer; default out/renderer. */
  rendererRoot?: string;
  /** The main build, which holds the reader's drawing; default out/main. */
  mainDir?: string;
  viewportWidth?: number;
  prefersDark?: boolean;
}

export interface DesktopStartServer extends StaticServer {
  /** The built renderer it serves. */
  rendererRoot: string;
  /** Replaces the person's store, as if they had used the app before (or never: the default). */
  setStore(loaded: StoreLoadResult): void;
  /** The store as the page last saved it. */
  store(): StoreLoadResult;
  /**
   * Resolves once no save has arrived for `ms`: a page saves as it closes (as the app waits for
   * before it quits), and the next start must be drawn from that.
   */
  quiet(ms: number): Promise<void>;
  /**
   * Sends the page in two parts, `pauseMs` apart (0: at once), split inside the article: as a
   * busy machine may parse it, with frames drawn in between.
   */
  deliverInParts(pauseMs: number): void;
  /** Has the page drawn by `draw` (bench:reader: a fresh isolate per start), or again by this server. */
  drawWith(draw: ((loaded: StoreLoadResult) => Promise<string>) | null): void;
}

/** Where the page's stand-in for the desktop bridge lives, and where it sends its calls. */
const BRIDGE_SCRIPT = '/__desktop-bridge.js';
const BRIDGE_CALLS = '/__desktop/';

/**
 * Stands in for the preload's bridge: the same methods, answered by this server, which keeps the
 * store as the main process does. So the page loads exactly the store its first screen was drawn
 * from, and what it saves is what the next start is drawn from.
 */
const bridgeScript = `(function () {
  var call = function (method, value) {
    return fetch(${JSON.stringify(`.${BRIDGE_CALLS}`)} + method, {
      method: 'POST',
      // The last save is often made as the page goes away (pagehide), as over IPC.
      keepalive: true,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(value === undefined ? null : value),
    }).then(function (response) {
      if (!response.ok) throw new Error(method + ' failed: ' + response.status);
      return response.json();
    });
  };
  window[${JSON.stringify(BRIDGE_GLOBAL)}] = {
    getAppInfo: function () { return call('getAppInfo'); },
    loadStore: function () { return call('loadStore'); },
    saveStore: function (store) { return call('saveStore', store).then(function () {}); },
    print: function () { window.print(); return Promise.resolve(); },
    saveAsPdf: function () { return Promise.resolve({ status: 'unsupported' }); },
    openExternal: function () { return Promise.resolve(false); },
    onMenuCommand: function () { return function () {}; },
  };
})();
`;

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolvePromise, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      try {
        resolvePromise(JSON.parse(text || 'null'));
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

/** The page as the desktop's main process draws it: what its app:// handler serves for index.html. */
export interface DesktopPageDrawer {
  /** Settles once the reader's drawing has loaded, as the app loads it while it starts. */
  ready: Promise<void>;
  /** Starts drawing the page ahead, as the app does while its window starts. */
  prepare(): void;
  /** The page drawn from the store `loadStore` gives; throws where the app would serve the plain file. */
  draw(): Promise<string>;
}

/** The main process's own code (opening-document.ts, with the drawing from the main build). */
export function desktopPageDrawer(
  options: DesktopStartOptions & { loadStore(): Promise<StoreLoadResult> },
): DesktopPageDrawer {
  const drawing = loadDrawing(resolve(options.mainDir ?? 'out/main'));
  const problems: unknown[] = [];
  const openingDocument = createOpeningDocument({
    rendererRoot: resolve(options.rendererRoot ?? 'out/renderer'),
    readText: (path) => readFile(path, 'utf8'),
    loadStore: options.loadStore,
    prefersDark: () => options.prefersDark ?? false,
    viewportWidth: () => options.viewportWidth ?? null,
    draw: () => drawing,
    onError: (error) => problems.push(error),
  });
  return {
    ready: drawing.then(() => {}),
    prepare: () => openingDocument.prepare(),
    draw: async () => {
      const html = await openingDocument.page();
      // A harness that quietly served the undrawn page would test and measure the wrong thing.
      if (html === null) throw new Error(`could not draw the first screen: ${String(problems.at(-1))}`);
      return html;
    },
  };
}

/**
 * The built reader served the way the desktop app serves it, where Electron cannot run: each
 * request for index.html gets the first screen drawn by the main process's own code (see
 * desktopPageDrawer) from the store this server keeps; other files are served as they are (without
 * app://'s headers), and the page reaches the store through a stand-in for the desktop bridge,
 * over HTTP rather than IPC. For the e2e tests of the drawn first screen and for bench:reader's
 * desktop start. Test use only: the bridge here has no sender checks, and nothing of it is in the
 * app.
 */
export async function startDesktopStartServer(
  port: number,
  options: DesktopStartOptions = {},
): Promise<DesktopStartServer> {
  const rendererRoot = resolve(options.rendererRoot ?? 'out/renderer');
  let loaded: StoreLoadResult = { store: defaultStore(), recovered: null };
  const ownDrawer = desktopPageDrawer({ ...options, loadStore: async () => structuredClone(loaded) });
  let draw = ownDrawer.draw;
  const edition = (
    JSON.parse(await readFile(resolve(rendererRoot, 'content/handbook-start.json'), 'utf8')) as {
      meta: { edition: string };
    }
  ).meta.edition;

  // Deferred: it runs before the reader's scripts (started after DOMContentLoaded), as a preload
  // runs first, without holding up the page, which a preload never does.
  const drawnPage = async () =>
    (await draw()).replace('</head>', `<script defer src=".${BRIDGE_SCRIPT}"></script>\n</head>`);
  await ownDrawer.ready.catch(() => {});
  let lastSave = 0;
  let pauseMs = 0;

  const calls: Record<string, (value: unknown) => unknown> = {
    getAppInfo: (): AppInfo => ({
      appVersion: 'desktop start',
      contentEdition: edition,
      platform: 'desktop',
    }),
    loadStore: () => loaded,
    saveStore: (value) => {
      loaded = { store: validateStore(value), recovered: null };
      lastSave = Date.now();
      return null;
    },
  };
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/' || path === '/index.html') {
      // Drawn afresh for each request, as app:// does: never cached.
      const html = await drawnPage().catch((error: unknown) => error);
      if (typeof html !== 'string') {
        send(res, 500, 'text/plain; charset=utf-8', String(html));
        return true;
      }
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      const cut = html.indexOf('</h1>');
      if (pauseMs > 0 && cut > 0) {
        res.write(html.slice(0, cut));
        await new Promise((resolvePause) => setTimeout(resolvePause, pauseMs));
        res.end(html.slice(cut));
      } else res.end(html);
      return true;
    }
    if (path === BRIDGE_SCRIPT) {
      send(res, 200, 'text/javascript; charset=utf-8', bridgeScript);
      return true;
    }
    const name = path.startsWith(BRIDGE_CALLS) ? path.slice(BRIDGE_CALLS.length) : '';
    const call = Object.hasOwn(calls, name) ? calls[name] : undefined;
    if (!call || req.method !== 'POST') return false;
    try {
      send(res, 200, 'application/json; charset=utf-8', JSON.stringify(call(await readBody(req))));
    } catch (error) {
      send(res, 400, 'text/plain; charset=utf-8', String(error));
    }
    return true;
  };
  const server = await startStaticServer(rendererRoot, port, answer);
  return {
    ...server,
    rendererRoot,
    setStore: (next) => void (loaded = structuredClone(next)),
    store: () => structuredClone(loaded),
    quiet: async (ms) => {
      while (Date.now() - lastSave < ms) await new Promise((resolveWait) => setTimeout(resolveWait, ms));
    },
    deliverInParts: (ms) => void (pauseMs = ms),
    drawWith: (other) => void (draw = other ? () => other(structuredClone(loaded)) : ownDrawer.draw),
  };
}
