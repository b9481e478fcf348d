import { describe, expect, it } from 'vitest';
import { defaultStore } from './reader-store.ts';
import { storeFingerprint } from './opening-screen.ts';

describe('storeFingerprint', () => {
  const store = () => {
    const s = defaultStore();
    s.bookmarks.push({ slug: 'self-care', anchor: '', label: 'Self-care', created: '2026-11-30T10:00:00Z' });
    return s;
  };

  it('is the same for the same store and notice, and short', () => {
    expect(storeFingerprint(store(), null)).toBe(storeFingerprint(store(), null));
    expect(storeFingerprint(store(), null).length).toBeLessThan(16);
  });

  it('differs when anything the reader draws from differs', () => {
    const base = storeFingerprint(store(), null);
    const region = store();
    region.settings.region = 'US';
    const recent = store();
    recent.recent.push({ slug: 'glossary', visited: '2026-11-30T10:01:00Z' });
    const label = store();
    label.bookmarks[0]!.label = 'Self care';
    for (const other of [
      storeFingerprint(region, null),
      storeFingerprint(recent, null),
      storeFingerprint(label, null),
      storeFingerprint(store(), 'Your saved bookmarks could not be loaded.'),
    ])
      expect(other).not.toBe(base);
  });
});
