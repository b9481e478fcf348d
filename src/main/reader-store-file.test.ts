import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReaderStore } from '@shared/bridge';
import { defaultStore, STORE_LIMITS } from '@shared/reader-store';
import { largestStore } from '@shared/reader-store.fixture';
import { writeFileAtomic } from './atomic-write';
import {
  createReaderStoreFile,
  fileTimestamp,
  PREVIOUS_FILE,
  rememberLatest,
  STORE_FILE,
} from './reader-store-file';

// The real atomic write, counted.
vi.mock('./atomic-write', async (original) => {
  const actual = await original<typeof import('./atomic-write')>();
  return { ...actual, writeFileAtomic: vi.fn(actual.writeFileAtomic) };
});

let dir: string;
const fixed = new Date('2026-03-04T05:06:07.089Z');
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-'));
  vi.mocked(writeFileAtomic).mockClear();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const storeWith = (theme: ReaderStore['settings']['theme']): ReaderStore => ({
  ...defaultStore(),
  settings: { ...defaultStore().settings, theme },
});

describe('reader store file', () => {
  it('returns defaults, not an error, when nothing was saved yet', async () => {
    expect(await createReaderStoreFile(dir).load()).toEqual({ store: defaultStore(), recovered: null });
  });

  it('saves and loads back; keeps the version before as previous; leaves no temp files', async () => {
    const file = createReaderStoreFile(dir);
    await file.save(storeWith('dark'));
    expect(existsSync(join(dir, PREVIOUS_FILE))).toBe(false);
    await file.save(storeWith('contrast'));
    expect((await file.load()).store.settings.theme).toBe('contrast');
    expect(JSON.parse(readFileSync(join(dir, PREVIOUS_FILE), 'utf8')).settings.theme).toBe('dark');
    expect(readdirSync(dir).sort()).toEqual([PREVIOUS_FILE, STORE_FILE].sort());
  });

  it('serialises concurrent saves: the last one wins and the file is always whole', async () => {
    const file = createReaderStoreFile(dir);
    await Promise.all((['light', 'dark', 'contrast', 'system'] as const).map((t) => file.save(storeWith(t))));
    expect((await file.load()).store.settings.theme).toBe('system');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('writes a flood of 20 maximal saves once or twice, the last one winning, under the cap', async () => {
    const file = createReaderStoreFile(dir);
    const stores = Array.from({ length: 20 }, (_, i) => {
      const store = largestStore();
      store.settings.lastScroll = i;
      return store;
    });
    await Promise.all(stores.map((store) => file.save(store)));
    expect(vi.mocked(writeFileAtomic).mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(vi.mocked(writeFileAtomic).mock.calls.length).toBeLessThanOrEqual(2);
    expect(statSync(join(dir, STORE_FILE)).size).toBeLessThanOrEqual(STORE_LIMITS.bytes);
    expect((await file.load()).store.settings.lastScroll).toBe(19);
  });

  it('keeps only the latest save waiting while one is being written', async () => {
    const file = createReaderStoreFile(dir);
    const first = file.save(storeWith('light'));
    await vi.waitFor(() => expect(writeFileAtomic).toHaveBeenCalledTimes(1)); // now writing
    const later = (['dark', 'contrast', 'system', 'dark'] as const).map((t) => file.save(storeWith(t)));
    await Promise.all([first, ...later]);
    expect(writeFileAtomic).toHaveBeenCalledTimes(2);
    expect((await file.load()).store.settings.theme).toBe('dark');
  });

  it('refuses a store over the size cap and leaves the saved one as it was', async () => {
    const file = createReaderStoreFile(dir);
    await file.save(storeWith('dark'));
    await expect(file.save(largestStore(1))).rejects.toThrow(/larger than 256 KB/);
    expect(writeFileAtomic).toHaveBeenCalledTimes(1);
    expect((await file.load()).store).toEqual(storeWith('dark'));
  });

  it('removes temp files that crashed saves left behind, but not newer ones or anything else', async () => {
    const startedAt = Date.now() - 60_000;
    const stale = [
      '.reader-store.json.4242.0123456789ab.tmp',
      '.reader-store.previous.json.7.abcdefabcdef.tmp',
    ];
    const fresh = '.reader-store.json.4243.0123456789ab.tmp'; // a save of this run, in flight
    // Not the temp files a save makes: another file's, another ending, or more in the middle.
    const others = [
      '.window-state.json.4242.0123456789ab.tmp',
      'reader-store.json.tmp',
      'notes.tmp',
      '.reader-store.json.4242.0123456789ab.bak',
      '.reader-store.json.x4242.0123456789ab.tmp',
      '.reader-store.json.4242.0123456789abc.tmp',
    ];
    for (const name of [...stale, fresh, ...others]) writeFileSync(join(dir, name), '{');
    const old = new Date(startedAt - 60_000);
    for (const name of [...stale, ...others]) utimesSync(join(dir, name), old, old);
    await createReaderStoreFile(dir, () => fixed, startedAt).load();
    expect(readdirSync(dir).sort()).toEqual([fresh, ...others].sort());
  });

  it.each([
    ['not JSON', '{"version":1, "settings": '],
    ['wrong version', JSON.stringify({ ...defaultStore(), version: 7 })],
    ['malformed bookmark', JSON.stringify({ ...defaultStore(), bookmarks: [{ slug: 1 }] })],
    ['empty file', ''],
  ])('moves a corrupt file aside (%s) and reports it', async (_name, text) => {
    writeFileSync(join(dir, STORE_FILE), text);
    const result = await createReaderStoreFile(dir, () => fixed).load();
    expect(result.store).toEqual(defaultStore());
    const keptAs = join(dir, `reader-store.corrupt-${fileTimestamp(fixed)}.json`);
    expect(result.recovered).toEqual({ reason: expect.any(String), keptAs });
    expect(readFileSync(keptAs, 'utf8')).toBe(text); // nothing lost
    expect(existsSync(join(dir, STORE_FILE))).toBe(false);
  });

  it('keeps the bookmarks of a store with one setting outside the limits, and the file aside', async () => {
    const store = {
      ...defaultStore(),
      bookmarks: [{ slug: 'self-care', anchor: '', label: 'S', created: '' }],
    };
    const text = JSON.stringify({ ...store, settings: { ...store.settings, fontScale: 400 } });
    writeFileSync(join(dir, STORE_FILE), text);
    const result = await createReaderStoreFile(dir, () => fixed).load();
    expect(result.store).toEqual(store);
    expect(result.recovered?.reason).toMatch(/fontScale/);
    expect(readFileSync(result.recovered!.keptAs, 'utf8')).toBe(text);
  });

  it('moves aside a store path it cannot read (a folder) instead of crashing', async () => {
    mkdirSync(join(dir, STORE_FILE));
    const result = await createReaderStoreFile(dir, () => fixed).load();
    expect(result.store).toEqual(defaultStore());
    expect(result.recovered?.reason).toMatch(/could not be read/);
    expect(existsSync(result.recovered!.keptAs)).toBe(true);
  });

  it('saves normally again after a recovery, without touching the kept copy', async () => {
    writeFileSync(join(dir, STORE_FILE), 'garbage');
    const file = createReaderStoreFile(dir, () => fixed);
    const { recovered } = await file.load();
    await file.save(storeWith('dark'));
    expect((await file.load()).store.settings.theme).toBe('dark');
    expect(readFileSync(recovered!.keptAs, 'utf8')).toBe('garbage');
  });

  it("keeps a temp file written at the very moment this run started: it may be this run's", async () => {
    const startedAt = Date.UTC(2026, 2, 4, 5, 6, 7);
    const name = '.reader-store.json.4242.0123456789ab.tmp';
    writeFileSync(join(dir, name), '{');
    utimesSync(join(dir, name), new Date(startedAt), new Date(startedAt));
    await createReaderStoreFile(dir, () => fixed, startedAt).load();
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('loads the defaults when its folder does not exist yet (the first run)', async () => {
    const result = await createReaderStoreFile(join(dir, 'not-yet')).load();
    expect(result).toEqual({ store: defaultStore(), recovered: null });
  });

  it('names the kept copy by the time of day when no clock is given (the app)', async () => {
    writeFileSync(join(dir, STORE_FILE), 'garbage');
    const { recovered } = await createReaderStoreFile(dir).load();
    expect(recovered?.keptAs).toMatch(/reader-store\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.json$/);
    expect(readFileSync(recovered!.keptAs, 'utf8')).toBe('garbage');
  });

  it('leaves a bad file where it is, and says so, when it cannot be moved aside', async () => {
    writeFileSync(join(dir, STORE_FILE), 'garbage');
    // A folder with something in it, where the kept copy would go: the rename fails.
    const keptAs = join(dir, `reader-store.corrupt-${fileTimestamp(fixed)}.json`);
    mkdirSync(keptAs);
    writeFileSync(join(keptAs, 'x'), '');
    const result = await createReaderStoreFile(dir, () => fixed).load();
    expect(result.store).toEqual(defaultStore());
    expect(result.recovered).toEqual({
      reason: expect.stringMatching(/^the saved file is not valid JSON; it could not be moved aside \(.+\)$/),
      keptAs: join(dir, STORE_FILE),
    });
    expect(readFileSync(join(dir, STORE_FILE), 'utf8')).toBe('garbage');
  });

  it('settles only once the save in flight is on disk (the app waits for it before quitting)', async () => {
    const file = createReaderStoreFile(dir, () => fixed);
    void file.save(storeWith('dark'));
    await file.settled();
    expect(JSON.parse(readFileSync(join(dir, STORE_FILE), 'utf8')).settings.theme).toBe('dark');
    const latest = rememberLatest(createReaderStoreFile(dir, () => fixed));
    void latest.save(storeWith('contrast'));
    await latest.settled();
    expect(JSON.parse(readFileSync(join(dir, STORE_FILE), 'utf8')).settings.theme).toBe('contrast');
  });

  it('uses file-name-safe timestamps', () => {
    expect(fileTimestamp(fixed)).toBe('2026-03-04T05-06-07-089Z');
  });
});

describe('the store as this run of the app knows it', () => {
  it('gives every load the first read, notice included, though the corrupt file has been moved aside', async () => {
    writeFileSync(join(dir, STORE_FILE), '{ not json');
    const store = rememberLatest(createReaderStoreFile(dir, () => fixed));
    const first = await store.load();
    expect(first.recovered?.reason).toMatch(/not valid JSON/);
    // The main process's read (for the window's background) and the reader's own load see the same thing.
    expect(await store.load()).toEqual(first);
    expect(readdirSync(dir)).toEqual([`reader-store.corrupt-${fileTimestamp(fixed)}.json`]);
  });

  it('then gives what was last saved, and writes it to disk', async () => {
    const store = rememberLatest(createReaderStoreFile(dir));
    await store.load();
    await store.save(storeWith('dark'));
    expect(await store.load()).toEqual({ store: storeWith('dark'), recovered: null });
    expect((await createReaderStoreFile(dir).load()).store.settings.theme).toBe('dark');
  });

  it('gives each load its own copy', async () => {
    const store = rememberLatest(createReaderStoreFile(dir));
    const first = await store.load();
    first.store.settings.theme = 'dark';
    expect((await store.load()).store.settings.theme).toBe('system');
  });

  it('follows saves in the order they were made, and a load waits for none', async () => {
    const store = rememberLatest(createReaderStoreFile(dir));
    await store.load();
    const saves = [store.save(storeWith('dark')), store.save(storeWith('contrast'))];
    await Promise.all(saves);
    expect((await store.load()).store.settings.theme).toBe('contrast');
    expect((await createReaderStoreFile(dir).load()).store.settings.theme).toBe('contrast');
  });

  it('gives a load made while a save is being written the store being saved', async () => {
    const store = rememberLatest(createReaderStoreFile(dir));
    await store.load();
    const saving = store.save(storeWith('dark'));
    expect((await store.load()).store.settings.theme).toBe('dark');
    await saving;
  });

  it('keeps what it had when a save fails', async () => {
    const failing = { ...createReaderStoreFile(dir), save: () => Promise.reject(new Error('disk full')) };
    const store = rememberLatest(failing);
    await expect(store.save(storeWith('dark'))).rejects.toThrow('disk full');
    expect((await store.load()).store.settings.theme).toBe('system');
  });
});
