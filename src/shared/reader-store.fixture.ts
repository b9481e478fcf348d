import { defaultStore, STORE_LIMITS, type ReaderStore } from './reader-store';

/** Tests only: a store with as many long bookmarks as fit under the size cap, plus `extra` more. */
export function largestStore(extra = 0): ReaderStore {
  const store = defaultStore();
  const bookmark = (i: number) => ({
    slug: `page-${i}`,
    anchor: 'a'.repeat(150),
    label: 'Self-care — '.padEnd(STORE_LIMITS.label, 'x'),
    created: '2026-01-01T00:00:00.000Z',
  });
  const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
  // Each bookmark adds its own JSON and a comma.
  let size = bytes(store);
  while (size + bytes(bookmark(store.bookmarks.length)) + 1 <= STORE_LIMITS.bytes) {
    size += bytes(bookmark(store.bookmarks.length)) + 1;
    store.bookmarks.push(bookmark(store.bookmarks.length));
  }
  for (let i = 0; i < extra; i++) store.bookmarks.push(bookmark(store.bookmarks.length));
  return store;
}
