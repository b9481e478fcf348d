import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL, type ReaderStore } from '@shared/bridge';
import { IpcSenderError, isTrustedSender, registerIpcHandlers, type BridgeServices } from './ipc-handlers';
import { IpcArgumentError, parseIpcArguments } from './ipc-schemas';

/** The limits of every argument the page may send, each at its edge, and how a refusal reads. */
const store = (): ReaderStore => ({
  version: 1,
  settings: { theme: 'light', fontScale: 100, region: 'UK', lastRoute: '#/', lastScroll: 0 },
  bookmarks: [{ slug: 'self-care', anchor: '', label: 'Self-care', created: '2026-01-31T09:15:00Z' }],
  recent: [{ slug: 'self-care', visited: '2026-01-31T09:15:00Z' }],
});
type Edit = (s: ReaderStore & Record<string, unknown>) => void;
const saveStore = (edit: Edit) => {
  const s = store() as ReaderStore & Record<string, unknown>;
  edit(s);
  return () => parseIpcArguments('saveStore', [s]);
};
const x = (n: number) => 'x'.repeat(n);

describe('parseIpcArguments: the store', () => {
  it.each<[string, Edit, Edit]>([
    ['fontScale from 80', (s) => (s.settings.fontScale = 80), (s) => (s.settings.fontScale = 70)],
    ['fontScale to 200', (s) => (s.settings.fontScale = 200), (s) => (s.settings.fontScale = 210)],
    ['region to 20', (s) => (s.settings.region = x(20)), (s) => (s.settings.region = x(21))],
    ['lastRoute to 400', (s) => (s.settings.lastRoute = x(400)), (s) => (s.settings.lastRoute = x(401))],
    ['lastScroll from 0', (s) => (s.settings.lastScroll = 0), (s) => (s.settings.lastScroll = -1)],
    ['bookmark slug to 200', (s) => (s.bookmarks[0]!.slug = x(200)), (s) => (s.bookmarks[0]!.slug = x(201))],
    [
      'bookmark anchor to 200',
      (s) => (s.bookmarks[0]!.anchor = x(200)),
      (s) => (s.bookmarks[0]!.anchor = x(201)),
    ],
    [
      'bookmark label to 500',
      (s) => (s.bookmarks[0]!.label = x(500)),
      (s) => (s.bookmarks[0]!.label = x(501)),
    ],
    [
      'bookmark created to 40',
      (s) => (s.bookmarks[0]!.created = x(40)),
      (s) => (s.bookmarks[0]!.created = x(41)),
    ],
    ['recent slug to 200', (s) => (s.recent[0]!.slug = x(200)), (s) => (s.recent[0]!.slug = x(201))],
    ['recent visited to 40', (s) => (s.recent[0]!.visited = x(40)), (s) => (s.recent[0]!.visited = x(41))],
    [
      'up to 1000 bookmarks',
      (s) => (s.bookmarks = Array(1000).fill(s.bookmarks[0])),
      (s) => (s.bookmarks = Array(1001).fill(s.bookmarks[0])),
    ],
    [
      'up to 12 recent pages',
      (s) => (s.recent = Array(12).fill(s.recent[0])),
      (s) => (s.recent = Array(13).fill(s.recent[0])),
    ],
  ])('%s', (_name, inside, outside) => {
    expect(saveStore(inside)).not.toThrow();
    expect(saveStore(outside)).toThrow(IpcArgumentError);
  });

  it('accepts each theme and refuses any other', () => {
    for (const theme of ['system', 'light', 'dark', 'contrast'] as const)
      expect(saveStore((s) => (s.settings.theme = theme))).not.toThrow();
    expect(saveStore((s) => ((s.settings as { theme: string }).theme = 'neon'))).toThrow(IpcArgumentError);
  });

  it('refuses numbers that are not finite, and text where a number belongs', () => {
    expect(saveStore((s) => (s.settings.fontScale = Infinity))).toThrow(IpcArgumentError);
    expect(saveStore((s) => (s.settings.lastScroll = Infinity))).toThrow(IpcArgumentError);
    expect(saveStore((s) => ((s.settings as { lastScroll: unknown }).lastScroll = '1'))).toThrow(
      IpcArgumentError,
    );
    expect(saveStore((s) => ((s.settings as { region: unknown }).region = 1))).toThrow(IpcArgumentError);
  });

  it('refuses another version, and extra or missing fields at every level', () => {
    expect(saveStore((s) => ((s as { version: number }).version = 2))).toThrow(IpcArgumentError);
    expect(saveStore((s) => (s.extra = 1))).toThrow(IpcArgumentError);
    expect(saveStore((s) => Object.assign(s.settings, { extra: 1 }))).toThrow(IpcArgumentError);
    expect(saveStore((s) => Object.assign(s.bookmarks[0]!, { extra: 1 }))).toThrow(IpcArgumentError);
    expect(saveStore((s) => Object.assign(s.recent[0]!, { extra: 1 }))).toThrow(IpcArgumentError);
    expect(saveStore((s) => delete (s.recent[0] as Partial<ReaderStore['recent'][0]>).visited)).toThrow(
      IpcArgumentError,
    );
  });
});

describe('parseIpcArguments: the other calls', () => {
  it('a PDF: a name up to 255 characters, A4 or Letter', () => {
    expect(parseIpcArguments('saveAsPdf', [{ suggestedName: x(255), pageSize: 'A4' }])).toEqual([
      { suggestedName: x(255), pageSize: 'A4' },
    ]);
    expect(() => parseIpcArguments('saveAsPdf', [{ suggestedName: 'a', pageSize: 'Letter' }])).not.toThrow();
    expect(() => parseIpcArguments('saveAsPdf', [{ suggestedName: x(256), pageSize: 'A4' }])).toThrow(
      IpcArgumentError,
    );
    expect(() => parseIpcArguments('saveAsPdf', [{ suggestedName: 'a', pageSize: 'A5' }])).toThrow(
      IpcArgumentError,
    );
  });

  it('an external address up to 2048 characters', () => {
    expect(parseIpcArguments('openExternal', [x(2048)])).toEqual([x(2048)]);
    expect(() => parseIpcArguments('openExternal', [x(2049)])).toThrow(IpcArgumentError);
  });

  it('no arguments at all for the calls that take none', () => {
    for (const channel of ['getAppInfo', 'loadStore', 'print'] as const) {
      expect(parseIpcArguments(channel, [])).toEqual([]);
      expect(() => parseIpcArguments(channel, [undefined])).toThrow(IpcArgumentError);
    }
  });

  it('says which call was refused and why', () => {
    expect(() => parseIpcArguments('openExternal', [1])).toThrow(
      /^invalid arguments for openExternal: 0: Invalid type: Expected string but received 1$/,
    );
  });

  it('refuses arguments that are not a list, with the reason and no argument number', () => {
    expect(() => parseIpcArguments('print', 'x' as unknown as unknown[])).toThrow(
      /^invalid arguments for print: Invalid type: Expected Array but received "x"$/,
    );
  });
});

describe('the handlers: sender first, then arguments, then the service', () => {
  function setup() {
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    const openExternal = vi.fn(async () => true);
    const rejected: [string, string][] = [];
    registerIpcHandlers(
      { handle: (channel: string, handler: never) => void handlers.set(channel, handler) } as never,
      { openExternal } as unknown as BridgeServices,
      {},
      (channel, reason) => rejected.push([channel, reason]),
    );
    const call = (event: unknown, ...args: unknown[]) =>
      Promise.resolve().then(() => handlers.get(IPC_CHANNEL.openExternal)!(event, ...args));
    return { call, openExternal, rejected };
  }
  const top = { senderFrame: { url: 'app://handbook/index.html', parent: null }, sender: {} };

  it('refuses a sub-frame or a frame that is gone, even of the handbook, as an untrusted sender', async () => {
    const { call, openExternal, rejected } = setup();
    const sub = { senderFrame: { url: 'app://handbook/index.html', parent: {} }, sender: {} };
    for (const event of [sub, { senderFrame: null, sender: {} }])
      await expect(call(event, 'https://example.com/')).rejects.toThrow(IpcSenderError);
    expect(isTrustedSender(sub as never)).toBe(false);
    expect(rejected).toEqual([
      [IPC_CHANNEL.openExternal, 'untrusted sender'],
      [IPC_CHANNEL.openExternal, 'untrusted sender'],
    ]);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('checks the sender before the arguments', async () => {
    const { call } = setup();
    await expect(call({ senderFrame: null, sender: {} }, 42)).rejects.toThrow(IpcSenderError);
  });

  it('reports bad arguments with the reason, as an argument error', async () => {
    const { call, openExternal, rejected } = setup();
    await expect(call(top, 42)).rejects.toThrow(IpcArgumentError);
    expect(rejected).toEqual([
      [IPC_CHANNEL.openExternal, expect.stringMatching(/^Error: invalid arguments for openExternal: /)],
    ]);
    expect(openExternal).not.toHaveBeenCalled();
    await expect(call(top, 'https://example.com/')).resolves.toBe(true);
  });
});
