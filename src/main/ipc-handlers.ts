import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import {
  IPC_CHANNEL,
  type AppInfo,
  type PdfRequest,
  type PdfResult,
  type ReaderStore,
  type StoreLoadResult,
} from '@shared/bridge';
import { parseIpcArguments } from './ipc-schemas';
import { isAppOrigin, type OriginPolicy } from './trusted-origin';

/** The main-process side of each bridge method (onMenuCommand is a push, not a call). */
export interface BridgeServices {
  getAppInfo(): Promise<AppInfo>;
  loadStore(): Promise<StoreLoadResult>;
  saveStore(store: ReaderStore): Promise<void>;
  print(sender: WebContents): Promise<void>;
  saveAsPdf(sender: WebContents, request: PdfRequest): Promise<PdfResult>;
  openExternal(sender: WebContents, url: string): Promise<boolean>;
}

export type InvokeEvent = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;

export class IpcSenderError extends Error {}

/**
 * Only the reader's own top-level frame may call the bridge: its URL must be app://handbook
 * (or the local dev server in development). A frame that is gone, a sub-frame or any other
 * origin is refused.
 */
export function isTrustedSender(event: InvokeEvent, policy: OriginPolicy = {}): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppOrigin(frame.url, policy);
}

/**
 * Registers exactly one handler per IPC_CHANNEL entry. Each one checks the sender, then the
 * arguments (strict valibot tuples), and only then calls the service.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  services: BridgeServices,
  policy: OriginPolicy = {},
  onRejected: (channel: string, reason: string) => void = () => {},
): void {
  const guard =
    <K extends keyof typeof IPC_CHANNEL>(
      key: K,
      run: (event: InvokeEvent, args: ReturnType<typeof parseIpcArguments<K>>) => unknown,
    ) =>
    (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!isTrustedSender(event, policy)) {
        onRejected(IPC_CHANNEL[key], 'untrusted sender');
        throw new IpcSenderError(`${IPC_CHANNEL[key]}: refused, the sender is not the handbook`);
      }
      let parsed: ReturnType<typeof parseIpcArguments<K>>;
      try {
        parsed = parseIpcArguments(key, args);
      } catch (error) {
        onRejected(IPC_CHANNEL[key], String(error));
        throw error;
      }
      return run(event, parsed);
    };

  ipcMain.handle(
    IPC_CHANNEL.getAppInfo,
    guard('getAppInfo', () => services.getAppInfo()),
  );
  ipcMain.handle(
    IPC_CHANNEL.loadStore,
    guard('loadStore', () => services.loadStore()),
  );
  // Checked by the same store schema as reading it back (size cap included).
  ipcMain.handle(
    IPC_CHANNEL.saveStore,
    guard('saveStore', (_e, [store]) => services.saveStore(store)),
  );
  ipcMain.handle(
    IPC_CHANNEL.print,
    guard('print', (e) => services.print(e.sender)),
  );
  ipcMain.handle(
    IPC_CHANNEL.saveAsPdf,
    guard('saveAsPdf', (e, [request]) => services.saveAsPdf(e.sender, request)),
  );
  // The service re-checks the scheme (https:/mailto: only) and asks the person before opening.
  ipcMain.handle(
    IPC_CHANNEL.openExternal,
    guard('openExternal', (e, [url]) => services.openExternal(e.sender, url)), // eng-disable OPEN_EXTERNAL_JS_CHECK -- see above
  );
}
