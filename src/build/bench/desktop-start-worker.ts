import { parentPort, workerData } from 'node:worker_threads';
import type { StoreLoadResult } from '../../shared/bridge.ts';
import { desktopPageDrawer } from '../desktop-start-server.ts';

/**
 * bench:reader's desktop start: what the app's main process does for its window's page, in a
 * fresh V8 isolate (this worker thread), as each start of the app is a fresh process. It loads the
 * reader's drawing as it starts and says so. Told "prepare" (with the store) as the tab is sent to
 * the page, as the app is when it loads its window, it draws the page with nothing compiled, read
 * or cached yet; each "draw" is answered with that page.
 */
const { rendererRoot, viewportWidth } = workerData as { rendererRoot: string; viewportWidth: number };
let loaded: StoreLoadResult | null = null;
const drawer = desktopPageDrawer({ rendererRoot, viewportWidth, loadStore: async () => loaded! });
parentPort!.on('message', (message: { prepare: StoreLoadResult } | 'draw') => {
  if (message !== 'draw') {
    loaded = message.prepare;
    drawer.prepare();
    return;
  }
  drawer.draw().then(
    (html) => parentPort!.postMessage({ html }),
    (error: unknown) => parentPort!.postMessage({ error: String(error) }),
  );
});
await drawer.ready;
parentPort!.postMessage({ ready: true });
