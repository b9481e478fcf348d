import { parentPort, workerData } from 'node:worker_threads';
import type { StoreLoadResult } from '../../shared/bridge.ts';
import { desktopPageDrawer } from '../desktop-start-server.ts';

/**
 * bench:reader's desktop start: what the app's main process does for its window's page, in a
 * fresh V8 isolate (this worker thread), as each start of the app is a fresh process. It loads the
 * reader's drawing as it starts, says so, then draws the page it is asked for (with the store sent
 * along) with nothing compiled, read or cached yet.
 */
const { rendererRoot, viewportWidth } = workerData as { rendererRoot: string; viewportWidth: number };
let loaded: StoreLoadResult | null = null;
const drawer = desktopPageDrawer({ rendererRoot, viewportWidth, loadStore: async () => loaded! });
parentPort!.on('message', (message: { draw: StoreLoadResult }) => {
  loaded = message.draw;
  drawer.draw().then(
    (html) => parentPort!.postMessage({ html }),
    (error: unknown) => parentPort!.postMessage({ error: String(error) }),
  );
});
await drawer.ready;
parentPort!.postMessage({ ready: true });
