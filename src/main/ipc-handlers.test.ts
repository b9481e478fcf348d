import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL, type ReaderStore } from '@shared/bridge';
import { defaultStore } from '@shared/reader-store';
import { largestStore } from '@shared/reader-store.fixture';
import { IpcSenderError, isTrustedSender, registerIpcHandlers, type BridgeServices } from './ipc-handlers';
import { IpcArgumentError, parseIpcArguments } from './ipc-schemas';

type Handler = (event: unknown, ...args: unknown[]) => unknown;

function setup() {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: vi.fn((channel: string, h: Handler) => handlers.set(channel, h)) };
  const services: { [K in keyof BridgeServices]: ReturnType<typeof vi.fn> } = {
    getAppInfo: vi.fn(async () => ({ appVersion: '1.0.0', contentEdition: '2026.1', platform: 'desktop' })),
    loadStore: vi.fn(async () => ({ store: defaultStore(), recovered: null })),
    saveStore: vi.fn(async () => {}),
    print: vi.fn(async () => {}),
    saveAsPdf: vi.fn(async () => ({ status: 'cancelled' })),
    openExternal: vi.fn(async () => true),
  };
  const rejected: string[] = [];
  registerIpcHandlers(ipcMain, services as unknown as BridgeServices, {}, (channel) =>
    rejected.push(channel),
  );
  const sender = { id: 1 };
  const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent }, sender });
  const call = (channel: string, event: unknown, ...args: unknown[]) =>
    Promise.resolve().then(() => handlers.get(channel)!(event, ...args));
  return { handlers, services, rejected, frame, call, sender };
}

const good = (url = 'app://handbook/index.html#/page/self-care') => ({ senderFrame: { url, parent: null } });

describe('isTrustedSender', () => {
  it('trusts only the top frame of app://handbook', () => {
    expect(isTrustedSender(good() as never)).toBe(true);
    expect(isTrustedSender(good('https://example.com/') as never)).toBe(false);
    expect(isTrustedSender(good('app://evil/index.html') as never)).toBe(false);
    expect(isTrustedSender(good('file:///work/out/renderer/index.html') as never)).toBe(false);
    expect(isTrustedSender(good('http://localhost:5173/') as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: null } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'app://handbook/', parent: {} } } as never)).toBe(false);
  });
  it('trusts the local dev server only when it is the configured one', () => {
    expect(
      isTrustedSender(good('http://localhost:5173/') as never, { devServer: 'http://localhost:5173' }),
    ).toBe(true);
  });
});

describe('registerIpcHandlers', () => {
  it('registers exactly the IPC_CHANNEL channels', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNEL).sort());
  });

  it('rejects a call from another origin without running the service', async () => {
    const { call, services, frame, rejected } = setup();
    for (const channel of Object.values(IPC_CHANNEL)) {
      await expect(call(channel, frame('https://example.com/'))).rejects.toThrow(IpcSenderError);
    }
    await expect(call(IPC_CHANNEL.loadStore, { senderFrame: null, sender: {} })).rejects.toThrow(
      new IpcSenderError('handbook:load-store: refused, the sender is not the handbook'),
    );
    for (const service of Object.values(services)) expect(service).not.toHaveBeenCalled();
    expect(rejected).toHaveLength(7);
  });

  it('passes valid calls through, with the sender for print and PDF', async () => {
    const { call, services, frame, sender } = setup();
    const ev = frame('app://handbook/index.html');
    await expect(call(IPC_CHANNEL.getAppInfo, ev)).resolves.toMatchObject({ platform: 'desktop' });
    await expect(call(IPC_CHANNEL.loadStore, ev)).resolves.toEqual({
      store: defaultStore(),
      recovered: null,
    });
    await call(IPC_CHANNEL.saveStore, ev, defaultStore());
    expect(services.saveStore).toHaveBeenCalledWith(defaultStore());
    await call(IPC_CHANNEL.print, ev);
    expect(services.print).toHaveBeenCalledWith(sender);
    await call(IPC_CHANNEL.saveAsPdf, ev, { suggestedName: 'Self-care', pageSize: 'A4' });
    expect(services.saveAsPdf).toHaveBeenCalledWith(sender, { suggestedName: 'Self-care', pageSize: 'A4' });
    await call(IPC_CHANNEL.openExternal, ev, 'https://example.com/');
    expect(services.openExternal).toHaveBeenCalledWith(sender, 'https://example.com/');
  });

  it('rejects wrong shapes, extra fields and extra arguments, saying what is wrong', async () => {
    const { call, services, frame } = setup();
    const ev = frame('app://handbook/index.html');
    const refused = (channel: string, args: unknown[], why: RegExp) =>
      expect(call(channel, ev, ...args), `${channel} ${JSON.stringify(args).slice(0, 80)}`).rejects.toThrow(
        expect.objectContaining({ constructor: IpcArgumentError, message: expect.stringMatching(why) }),
      );
    const store = defaultStore();
    const withSettings = (settings: object) => ({ ...store, settings: { ...store.settings, ...settings } });
    const recent = Array.from({ length: 13 }, (_, i) => ({ slug: `p${i}`, visited: '' }));
    const badBookmark = { ...store, bookmarks: [{ slug: 'a', anchor: '', label: 'A' }] };
    await refused(IPC_CHANNEL.saveStore, [], /^invalid arguments for saveStore: /);
    await refused(IPC_CHANNEL.saveStore, [{ ...store, evil: true }], /saveStore: 0\.evil: /);
    await refused(
      IPC_CHANNEL.saveStore,
      [withSettings({ __proto__x: 1 })],
      /saveStore: 0\.settings\.__proto__x: /,
    );
    await refused(IPC_CHANNEL.saveStore, [withSettings({ fontScale: 300 })], /0\.settings\.fontScale: /);
    await refused(IPC_CHANNEL.saveStore, [{ ...store, recent }], /0\.recent: /);
    await refused(IPC_CHANNEL.saveStore, [badBookmark], /0\.bookmarks\.0\.created: /);
    await refused(IPC_CHANNEL.saveStore, [largestStore(1)], /larger than 256 KB/);
    await refused(IPC_CHANNEL.saveStore, ['{}'], /saveStore: 0: /);
    await refused(IPC_CHANNEL.saveStore, [store, 'second'], /saveStore: 1: /);
    await refused(IPC_CHANNEL.saveStore, [{ ...store, version: 2 }], /0\.version: /);
    await refused(IPC_CHANNEL.saveAsPdf, [{ suggestedName: 'x', pageSize: 'A3' }], /0\.pageSize: /);
    await refused(
      IPC_CHANNEL.saveAsPdf,
      [{ suggestedName: 'x', pageSize: 'A4', path: '/etc/x' }],
      /0\.path: /,
    );
    await refused(
      IPC_CHANNEL.saveAsPdf,
      [{ suggestedName: 'x'.repeat(300), pageSize: 'A4' }],
      /suggestedName: /,
    );
    await refused(IPC_CHANNEL.openExternal, [{ url: 'https://example.com' }], /openExternal: 0: /);
    await refused(IPC_CHANNEL.openExternal, ['https://a.example', 'https://b.example'], /openExternal: 1: /);
    await refused(IPC_CHANNEL.print, [{ silent: true }], /^invalid arguments for print: 0: /);
    await refused(IPC_CHANNEL.getAppInfo, ['x'], /^invalid arguments for getAppInfo: 0: /);
    for (const service of Object.values(services)) expect(service).not.toHaveBeenCalled();
  });
});

describe('IPC argument schemas', () => {
  it('accept a full, realistic store', () => {
    const store: ReaderStore = {
      version: 1,
      settings: {
        theme: 'dark',
        fontScale: 120,
        region: 'UK',
        lastRoute: '/page/self-care',
        lastScroll: 340,
      },
      bookmarks: [
        { slug: 'self-care', anchor: 'heat', label: 'Self-care — Heat', created: '2026-01-01T00:00:00.000Z' },
      ],
      recent: [{ slug: 'self-care', visited: '2026-01-01T00:00:00.000Z' }],
    };
    expect(parseIpcArguments('saveStore', [store])).toEqual([store]);
  });
  it('refuse non-finite numbers and unknown themes', () => {
    const s = defaultStore();
    expect(() =>
      parseIpcArguments('saveStore', [{ ...s, settings: { ...s.settings, lastScroll: Number.NaN } }]),
    ).toThrow();
    expect(() =>
      parseIpcArguments('saveStore', [{ ...s, settings: { ...s.settings, theme: 'neon' } }]),
    ).toThrow();
  });
});
