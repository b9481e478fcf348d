import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, BRIDGE_METHODS, IPC_CHANNEL, MENU_CHANNEL } from '@shared/bridge';
import { defaultStore, StoreFormatError } from '@shared/reader-store';
import { largestStore } from '@shared/reader-store.fixture';
import { createBridge, exposeBridge, type BridgeIpc } from './create-bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn(async (..._args: unknown[]) => 'result' as unknown),
    on: vi.fn((channel: string, l: Listener) =>
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l)),
    ),
    removeListener: vi.fn((channel: string, l: Listener) => listeners.get(channel)?.delete(l)),
    // Things a real ipcRenderer has that must never reach the page:
    send: vi.fn(),
    sendSync: vi.fn(),
    postMessage: vi.fn(),
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: ipc, senderId: 0 }, ...args);
  };
  return { ipc, emit, listeners };
}

describe('preload bridge', () => {
  it('exposes exactly BRIDGE_METHODS under BRIDGE_GLOBAL, once, and nothing else', () => {
    const { ipc } = fakeIpc();
    const exposed: [string, unknown][] = [];
    exposeBridge({ exposeInMainWorld: (key, api) => exposed.push([key, api]) }, ipc as BridgeIpc);
    expect(exposed).toHaveLength(1);
    const [key, api] = exposed[0]!;
    expect(key).toBe(BRIDGE_GLOBAL);
    expect(Object.keys(api as object)).toEqual([...BRIDGE_METHODS]);
    for (const value of Object.values(api as object)) expect(typeof value).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(Object.values(api as object)).not.toContain(ipc);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('each method invokes its own channel with exactly its arguments', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    await bridge.getAppInfo();
    await bridge.loadStore();
    await bridge.saveStore(defaultStore());
    await bridge.print();
    await bridge.saveAsPdf({ suggestedName: 'x', pageSize: 'A4' });
    await bridge.openExternal('https://example.com/');
    expect(ipc.invoke.mock.calls).toEqual([
      [IPC_CHANNEL.getAppInfo],
      [IPC_CHANNEL.loadStore],
      [IPC_CHANNEL.saveStore, defaultStore()],
      [IPC_CHANNEL.print],
      [IPC_CHANNEL.saveAsPdf, { suggestedName: 'x', pageSize: 'A4' }],
      [IPC_CHANNEL.openExternal, 'https://example.com/'],
    ]);
    expect(ipc.send).not.toHaveBeenCalled();
  });

  it('checks the store with the shared schema before it reaches IPC', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    await expect(bridge.saveStore(largestStore(1))).rejects.toThrow(StoreFormatError);
    const badScale = { ...defaultStore(), settings: { ...defaultStore().settings, fontScale: 400 } };
    await expect(bridge.saveStore(badScale)).rejects.toThrow(/settings\.fontScale/);
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('forwards only known menu commands, without the IPC event, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const bridge = createBridge(ipc);
    const received: unknown[][] = [];
    const off = bridge.onMenuCommand((...args) => received.push(args));
    emit(MENU_CHANNEL, 'go-back');
    emit(MENU_CHANNEL, 'rm -rf');
    emit(MENU_CHANNEL, { command: 'go-back' });
    emit(MENU_CHANNEL, 'zoom-in');
    expect(received).toEqual([['go-back'], ['zoom-in']]);
    off();
    off();
    expect(ipc.removeListener).toHaveBeenCalledTimes(1);
    expect(listeners.get(MENU_CHANNEL)?.size).toBe(0);
    emit(MENU_CHANNEL, 'go-home');
    expect(received).toHaveLength(2);
  });

  it('refuses a non-function listener', () => {
    const { ipc } = fakeIpc();
    expect(() => createBridge(ipc).onMenuCommand('x' as never)).toThrow(TypeError);
    expect(ipc.on).not.toHaveBeenCalled();
  });
});
