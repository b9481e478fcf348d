import type { App, BaseWindow, Dialog, WebContents } from 'electron';
import type { PdfResult } from '@shared/bridge';
import { createAppInfo } from './app-info';
import { createDialogGate } from './dialog-gate';
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

/** What Save as PDF answers while another dialog is open in the same window. */
export const DIALOG_ALREADY_OPEN: PdfResult = {
  status: 'failed',
  message: 'Another dialog is already open in this window. Close it, then try again.',
};

/**
 * The real main-process implementations behind the bridge's IPC channels.
 * `storeSettled` lets the app wait for the last save before it quits.
 */
export function createBridgeServices(
  deps: BridgeServiceDeps,
): BridgeServices & { storeSettled(): Promise<void> } {
  const store = rememberLatest(createReaderStoreFile(deps.app.getPath('userData')));
  const oneDialogAtATime = createDialogGate();
  // Dialogs are counted per window; a contents without one (none here today) counts for itself.
  const windowOf = (sender: WebContents): object => deps.windowOf(sender) ?? sender;
  return {
    getAppInfo: createAppInfo(deps.app.getVersion(), deps.rendererRoot),
    storeSettled: () => store.settled(),
    loadStore: () => store.load(),
    saveStore: (value) => store.save(value),
    print: (sender) => oneDialogAtATime(windowOf(sender), undefined, () => printContents(sender)),
    saveAsPdf: (sender, request) =>
      oneDialogAtATime(windowOf(sender), DIALOG_ALREADY_OPEN, () =>
        saveAsPdf(sender, request, {
          dialog: deps.dialog,
          parent: () => deps.windowOf(sender),
          defaultDir: deps.app.getPath('documents'),
          e2eOutputPath: deps.hooks.pdfOutputPath,
        }),
      ),
    // Goes to openExternalLink: https:/mailto: only, after the native confirmation.
    openExternal: (sender, url) => oneDialogAtATime(windowOf(sender), false, () => deps.openExternal(url)), // eng-disable OPEN_EXTERNAL_JS_CHECK -- see above
  };
}
