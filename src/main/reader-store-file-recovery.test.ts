import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { defaultStore } from '@shared/reader-store';
import { createReaderStoreFile, fileTimestamp } from './reader-store-file';

/** What mutation testing found unchecked in the store file: its names and an unreadable file. */
let dir: string;
const fixed = new Date('2026-03-04T05:06:07.089Z');
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-recovery-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('writes reader-store.json, and the version before as reader-store.previous.json', async () => {
  const file = createReaderStoreFile(dir);
  await file.save(defaultStore());
  await file.save(defaultStore());
  expect(readdirSync(dir).sort()).toEqual(['reader-store.json', 'reader-store.previous.json']);
});

it('moves aside a store that cannot be read at all, saying why, and starts from the defaults', async () => {
  // A folder where the file should be: reading it fails with EISDIR.
  mkdirSync(join(dir, 'reader-store.json'));
  const loaded = await createReaderStoreFile(dir, () => fixed).load();
  expect(loaded).toEqual({
    store: defaultStore(),
    recovered: {
      reason: 'the saved file could not be read (EISDIR)',
      keptAs: join(dir, `reader-store.corrupt-${fileTimestamp(fixed)}.json`),
    },
  });
  expect(readdirSync(dir)).toEqual([`reader-store.corrupt-2026-03-04T05-06-07-089Z.json`]);
});
