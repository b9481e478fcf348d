import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, promises as fs, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Before replacing `path`, keep its current content at this path (also replaced atomically). */
  keepPreviousAs?: string;
}

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Whether `name` is one of the temp files `tempPathFor` makes for a file called `target`. */
export function isTempFileFor(target: string, name: string): boolean {
  const prefix = `.${target}.`;
  return (
    name.startsWith(prefix) &&
    name.endsWith('.tmp') &&
    /^\d+\.[0-9a-f]{12}$/.test(name.slice(prefix.length, -'.tmp'.length))
  );
}

async function writeAndSync(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await fs.open(path, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** fsync the folder so the rename itself survives a power cut (not possible on Windows). */
async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Some file systems refuse to fsync a directory; the data itself is already synced.
  } finally {
    await handle?.close();
  }
}

/**
 * Writes a file so that a reader sees either the old or the new content, never a torn one:
 * temp file in the same folder → fsync → rename over the target → fsync the folder.
 * With `keepPreviousAs`, the old content is first copied (again via temp + rename) so there
 * is never a moment when `path` does not exist.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temp = tempPathFor(path);
  try {
    await writeAndSync(temp, data);
    if (options.keepPreviousAs) await keepCopy(path, options.keepPreviousAs);
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  await syncDir(dirname(path));
}

async function keepCopy(from: string, to: string): Promise<void> {
  const temp = tempPathFor(to);
  try {
    await fs.copyFile(from, temp);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // first save: nothing to keep
    throw error;
  }
  try {
    await fs.rename(temp, to);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => {});
    throw error;
  }
}

/**
 * The same temp → fsync → rename, synchronously: for the last write while a window closes
 * or the app quits, when an async write might not finish before the process exits.
 */
export function writeFileAtomicSync(path: string, data: string): void {
  const temp = tempPathFor(path);
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Runs async jobs one after another, so two saves never interleave their renames. */
export function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  const run = <T>(job: () => Promise<T>): Promise<T> => {
    const next = tail.then(job, job);
    tail = next.catch(() => {});
    return next;
  };
  /** Resolves once every job queued so far has finished (e.g. before the app quits). */
  run.settled = (): Promise<void> => tail.then(() => {});
  return run;
}
