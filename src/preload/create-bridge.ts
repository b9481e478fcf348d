import {
  BRIDGE_GLOBAL,
  BRIDGE_METHODS,
  IPC_CHANNEL,
  MENU_CHANNEL,
  MENU_COMMANDS,
  type HandbookBridge,
  type MenuCommand,
} from '@shared/bridge';
import { validateStore } from '@shared/reader-store';

/** The three ipcRenderer functions the bridge uses; the page never sees any of them. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export interface ContextBridgeLike {
  exposeInMainWorld(key: string, api: unknown): void;
}

const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);

/**
 * The bridge as plain functions over IPC. Each method sends exactly its own arguments on its
 * own channel; main checks them again. Menu commands are forwarded without the IPC event
 * (which would hand the page `sender`, i.e. ipcRenderer) and only if they are known commands.
 */
export function createBridge(ipc: BridgeIpc): HandbookBridge {
  const call = <T>(channel: string, ...args: unknown[]) => ipc.invoke(channel, ...args) as Promise<T>;
  const bridge: HandbookBridge = {
    getAppInfo: () => call(IPC_CHANNEL.getAppInfo),
    loadStore: () => call(IPC_CHANNEL.loadStore),
    // Checked here too, so a store outside the shared limits never reaches IPC; main checks again.
    saveStore: async (store) => call(IPC_CHANNEL.saveStore, validateStore(store)),
    print: () => call(IPC_CHANNEL.print),
    saveAsPdf: (request) => call(IPC_CHANNEL.saveAsPdf, request),
    openExternal: (url) => call(IPC_CHANNEL.openExternal, url),
    onMenuCommand(listener) {
      if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
      const relay = (_event: unknown, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on(MENU_CHANNEL, relay);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        ipc.removeListener(MENU_CHANNEL, relay);
      };
    },
  };
  // Exactly the contract's keys, in the contract's order, frozen.
  return Object.freeze(
    Object.fromEntries(BRIDGE_METHODS.map((key) => [key, bridge[key]])),
  ) as unknown as HandbookBridge;
}

/** What the preload does: expose the bridge, and only the bridge, under `window.handbook`. */
export function exposeBridge(contextBridge: ContextBridgeLike, ipc: BridgeIpc): void {
  contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge(ipc));
}
