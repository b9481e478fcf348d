import type { App, BaseWindow, Dialog, WebContents } from 'electron';
import { createAppInfo } from './app-info';
import type { E2eHooks } from './e2e-hooks';
import type { BridgeServices } from './ipc-handlers';
import { printContents, saveAsPdf } from './pdf-export';
import { createReaderStoreFile, rememberLatest } from './reader-store-file';

export interface BridgeServiceDeps {
  app: Pick<App, 'getVersion' | 'getPath'>;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  rendererRoot: string;
  hooks: E2eHooks;
  /** The window that owns a web contents (parent for native dialogs). */
  windowOf(contents: WebContents): BaseWindow | null;
  openExternal(url: string): Promise<boolean>;
}

/** The real main-process implementations behind the bridge's IPC channels. */
/** `storeSettled` lets the app wait for the last save before it quits. */
export function createBridgeServices(
  deps: BridgeServiceDeps,
): BridgeServices & { storeSettled(): Promise<void> } {
  const store = rememberLatest(createReaderStoreFile(deps.app.getPath('userData')));
  return {
    getAppInfo: createAppInfo(deps.app.getVersion(), deps.rendererRoot),
    storeSettled: () => store.settled(),
    loadStore: () => store.load(),
    saveStore: (value) => store.save(value),
    print: (sender) => printContents(sender),
    saveAsPdf: (sender, request) =>
      saveAsPdf(sender, request, {
        dialog: deps.dialog,
        parent: () => deps.windowOf(sender),
        defaultDir: deps.app.getPath('documents'),
        e2eOutputPath: deps.hooks.pdfOutputPath,
      }),
    // Goes to openExternalLink: https:/mailto: only, after the native confirmation.
    openExternal: (url) => deps.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK -- see above
  };
}
