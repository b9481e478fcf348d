import { parentPort, workerData } from 'node:worker_threads';
import type { StoreLoadResult } from '../../shared/bridge.ts';
import { startDesktopStartServer } from '../desktop-start-server.ts';

/**
 * One desktop start for bench:reader, in a fresh V8 isolate (this worker thread), as each start
 * of the app is a fresh main process: it loads the reader's drawing as it starts, then draws the
 * first page it is asked for with nothing compiled or cached yet. Says where it serves, answers
 * "store" with the store the page left, and is then ended by its parent.
 */
const { rendererRoot, viewportWidth, loaded } = workerData as {
  rendererRoot: string;
  viewportWidth: number;
  loaded: StoreLoadResult;
};
const server = await startDesktopStartServer(0, { rendererRoot, viewportWidth });
server.setStore(loaded);
parentPort!.on('message', (message) => {
  if (message === 'store') parentPort!.postMessage({ store: server.store() });
});
parentPort!.postMessage({ url: server.url });
