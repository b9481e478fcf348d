import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuietContext } from '../quiet-chromium.ts';
import { QuietPage } from '../quiet-chromium.ts';
import { measureStartUp, VISITS, type Case } from './startup.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('measureStartUp', () => {
  it('opens each case three times from one origin of its own per round, in the profile on disk', async () => {
    const opened: string[] = [];
    const served: boolean[] = [];
    const onDisk = (): QuietContext => ({
      open: async (url) => {
        opened.push(url);
        served.push((await fetch(url)).ok);
        const timings = { paint: 200, ready: 300, marks: {}, longestTask: 0 };
        return new QuietPage(
          async () => timings,
          async () => {},
        );
      },
      close: async () => {},
    });
    const root = mkdtempSync(join(tmpdir(), 'startup-test-'));
    roots.push(root);
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>case</title>');
    const c: Case = {
      name: 'reader',
      root,
      link: '#/page/self-care',
      readyMark: 'ready',
      first: [],
      repeat: [],
    };

    await measureStartUp({ onDisk }, [c], 1);

    // A warm-up round, then one measured round: three visits each.
    expect(opened).toHaveLength(2 * VISITS);
    const origins = opened.map((url) => new URL(url).origin);
    expect(new Set(origins.slice(0, VISITS)).size).toBe(1);
    expect(new Set(origins.slice(VISITS)).size).toBe(1);
    expect(origins[VISITS]).not.toBe(origins[0]);
    expect(opened.every((url) => url.endsWith('/#/page/self-care'))).toBe(true);
    expect(served.every(Boolean)).toBe(true);
    expect(c.first.map((s) => s.paint)).toEqual([200]);
    expect(c.repeat.map((s) => s.paint)).toEqual([200]);
  });
});
