import { parentPort, workerData } from 'node:worker_threads';
import type { StoreLoadResult } from '../../shared/bridge.ts';
import { desktopPageDrawer } from '../desktop-start-server.ts';

/**
 * bench:reader's desktop start: what the app's main process does for its window's page, in a
 * fresh V8 isolate (this worker thread), as each start of the app is a fresh process. It loads the
 * reader's drawing as it starts, then draws the page ahead from the store it was started with, as
 * the app does while its window's renderer starts, with nothing compiled, read or cached yet.
 * Says when it is ready, and answers each "draw" with the page.
 */
const { rendererRoot, viewportWidth, loaded } = workerData as {
  rendererRoot: string;
  viewportWidth: number;
  loaded: StoreLoadResult;
};
const drawer = desktopPageDrawer({ rendererRoot, viewportWidth, loadStore: async () => loaded });
parentPort!.on('message', () => {
  drawer.draw().then(
    (html) => parentPort!.postMessage({ html }),
    (error: unknown) => parentPort!.postMessage({ error: String(error) }),
  );
});
await drawer.ready;
drawer.prepare();
parentPort!.postMessage({ ready: true });
