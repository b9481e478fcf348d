import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { ReaderStore, StoreLoadResult } from '@shared/bridge';
import {
  defaultStore,
  parseStore,
  salvageStore,
  serializeStore,
  StoreFormatError,
} from '@shared/reader-store';
import { isTempFileFor, serialQueue, writeFileAtomic } from './atomic-write';

export const STORE_FILE = 'reader-store.json';
export const PREVIOUS_FILE = 'reader-store.previous.json';

/** `2026-01-31T09-15-00-123Z`: sortable and valid in file names on every platform. */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

export interface ReaderStoreFile {
  load(): Promise<StoreLoadResult>;
  save(store: ReaderStore): Promise<void>;
  /** Resolves when no save is in flight. */
  settled(): Promise<void>;
}

/**
 * The reader's store as one JSON file in `dir` (the app's userData folder).
 * - Saves are atomic and keep the version before as reader-store.previous.json. A store outside
 *   the shared schema's limits (size cap included) is refused before anything is written.
 * - While one save is being written, only the latest save asked for waits: a flood of saves
 *   costs two writes, not one each. Each save's promise settles once its data, or newer data,
 *   is on disk.
 * - A file that cannot be read or parsed is moved aside as reader-store.corrupt-<time>.json
 *   and what could be read of it (valid settings and bookmarks; defaults for the rest) is
 *   returned with `recovered` set, so the reader tells the person. Loading
 *   never throws and never overwrites the bad copy.
 * - The first load removes temp files that saves of earlier, crashed runs left behind: only
 *   the store's own, and only those older than this process (`startedAt`).
 */
export function createReaderStoreFile(
  dir: string,
  now: () => Date = () => new Date(),
  startedAt: number = performance.timeOrigin,
): ReaderStoreFile {
  const path = join(dir, STORE_FILE);
  const queue = serialQueue();
  let pending: { text: string; written: Promise<void> } | null = null;
  let swept = false;

  /** Keeps the unreadable file aside, untouched, and starts from what could be read of it. */
  async function moveAside(reason: string, store = defaultStore()): Promise<StoreLoadResult> {
    const keptName = `reader-store.corrupt-${fileTimestamp(now())}.json`;
    const keptPath = join(dir, keptName);
    try {
      await fs.rename(path, keptPath);
      return { store, recovered: { reason, keptAs: keptPath } };
    } catch (error) {
      // Could not move it (permissions?): leave it where it is and say so.
      return {
        store,
        recovered: {
          reason: `${reason}; it could not be moved aside (${(error as Error).message})`,
          keptAs: path,
        },
      };
    }
  }

  async function removeStaleTempFiles(): Promise<void> {
    const names = await fs.readdir(dir).catch(() => []);
    for (const name of names) {
      if (!isTempFileFor(STORE_FILE, name) && !isTempFileFor(PREVIOUS_FILE, name)) continue;
      const temp = join(dir, name);
      const info = await fs.lstat(temp).catch(() => null);
      // A newer one may be a save of this run still in flight.
      if (info?.isFile() && info.mtimeMs < startedAt) await fs.rm(temp, { force: true }).catch(() => {});
    }
  }

  async function read(): Promise<StoreLoadResult> {
    if (!swept) {
      swept = true;
      await removeStaleTempFiles();
    }
    let text: string;
    try {
      text = await fs.readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return { store: defaultStore(), recovered: null };
      return moveAside(
        `the saved file could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
    try {
      return { store: parseStore(text), recovered: null };
    } catch (error) {
      const reason =
        error instanceof StoreFormatError ? error.message : 'the saved file could not be understood';
      return moveAside(reason, salvageStore(text) ?? undefined);
    }
  }

  async function write(text: string): Promise<void> {
    await fs.mkdir(dir, { recursive: true });
    await writeFileAtomic(path, text, { keepPreviousAs: join(dir, PREVIOUS_FILE) });
  }

  return {
    settled: () => queue.settled(),
    load: () => queue(read),
    save: async (store) => {
      const text = serializeStore(store);
      // A save already waiting takes the newer data; it has not started writing yet.
      if (pending) {
        pending.text = text;
        return pending.written;
      }
      const next = { text, written: Promise.resolve() };
      next.written = queue(() => {
        pending = null;
        return write(next.text);
      });
      pending = next;
      return next.written;
    },
  };
}

/**
 * The store as this run of the app knows it: read from disk once, then as the reader last saved
 * it. The main process reads it (for the window's background) before the reader loads it through
 * the bridge, and both must see the same thing; a second read of the file would not always give
 * that, since an unreadable file is moved aside on the first, and the notice about it would be lost.
 */
export function rememberLatest(file: ReaderStoreFile): ReaderStoreFile {
  let latest: Promise<StoreLoadResult> | null = null;
  return {
    settled: () => file.settled(),
    // A copy each time: what one reader of it does to the result, the next must not see.
    load: async () => structuredClone(await (latest ??= file.load())),
    // The store as saved from the moment it is handed over; if the write fails, it is what it was.
    save: async (store) => {
      const before = latest;
      latest = Promise.resolve({ store: structuredClone(store), recovered: null });
      try {
        await file.save(store);
      } catch (error) {
        latest = before;
        throw error;
      }
    },
  };
}
