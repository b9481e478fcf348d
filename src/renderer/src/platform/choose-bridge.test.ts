import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, BRIDGE_METHODS, type HandbookBridge } from '@shared/bridge';
import { defaultStore } from '@shared/reader-store';
import { chooseBridge } from './choose-bridge';
import { STORE_KEY } from './browser-bridge';

function fakeHost(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    print: vi.fn(),
    open: vi.fn(),
    localStorage: {
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => void data.set(key, value),
    },
  };
}
const info = { appVersion: '1.0.0', contentEdition: '2026.1' };

describe('chooseBridge', () => {
  it('picks the browser bridge when no preload bridge exists', async () => {
    const host = fakeHost();
    const bridge = chooseBridge(host, info);
    expect((await bridge.getAppInfo()).platform).toBe('web');
    await bridge.print();
    expect(host.print).toHaveBeenCalledOnce();
  });

  it('picks the preload bridge when it exposes every method', () => {
    const preload = Object.fromEntries(BRIDGE_METHODS.map((m) => [m, vi.fn()])) as unknown as HandbookBridge;
    expect(chooseBridge({ ...fakeHost(), [BRIDGE_GLOBAL]: preload }, info)).toBe(preload);
  });

  it('ignores an incomplete object under the bridge name', async () => {
    const bridge = chooseBridge({ ...fakeHost(), [BRIDGE_GLOBAL]: { print: () => {} } }, info);
    expect((await bridge.getAppInfo()).platform).toBe('web');
  });
});

describe('browser bridge store', () => {
  it('round-trips the store through localStorage', async () => {
    const host = fakeHost();
    const bridge = chooseBridge(host, info);
    const store = defaultStore();
    store.bookmarks.push({
      slug: 'self-care',
      anchor: 'heat',
      label: 'Heat',
      created: '2026-01-01T00:00:00Z',
    });
    await bridge.saveStore(store);
    expect(await bridge.loadStore()).toEqual({ store, recovered: null });
  });

  it('keeps a corrupt store aside and starts from defaults', async () => {
    const host = fakeHost({ [STORE_KEY]: '{not json' });
    const result = await chooseBridge(host, info).loadStore();
    expect(result.store).toEqual(defaultStore());
    expect(result.recovered?.reason).toMatch(/not valid JSON/);
    expect(host.data.get(result.recovered!.keptAs)).toBe('{not json');
  });

  it('refuses to open anything but https and mailto links', async () => {
    const host = fakeHost();
    const bridge = chooseBridge(host, info);
    expect(await bridge.openExternal('javascript:alert(1)')).toBe(false);
    expect(await bridge.openExternal('https://www.nhs.uk/')).toBe(true);
    expect(host.open).toHaveBeenCalledOnce();
  });
});
