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

/**
 * Tests only: a store whose saved JSON is exactly the size cap, in bytes and (ASCII only) in
 * characters too, so a check on either is tried at its edge.
 */
export function storeAtTheCap(): ReaderStore {
  const store = largestStore();
  for (const bookmark of store.bookmarks) bookmark.label = bookmark.label.replace('—', '-');
  const size = () => new TextEncoder().encode(JSON.stringify(store)).length;
  const empty = { slug: '', anchor: '', label: '', created: '' };
  const emptyCost = JSON.stringify(empty).length + 1;
  for (let gap = STORE_LIMITS.bytes - size(); gap > 0; gap = STORE_LIMITS.bytes - size()) {
    if (gap >= emptyCost)
      store.bookmarks.push({ ...empty, label: 'x'.repeat(Math.min(STORE_LIMITS.label, gap - emptyCost)) });
    else store.bookmarks[0]!.anchor += 'a'.repeat(gap);
  }
  return store;
}
