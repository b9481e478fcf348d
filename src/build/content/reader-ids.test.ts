import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSlugger, READER_IDS } from './ids.ts';

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? svelteFiles(join(dir, entry.name))
      : entry.name.endsWith('.svelte')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('ids the reader keeps for itself', () => {
  it('lists every fixed id the reader’s components use', () => {
    const used = svelteFiles('src/renderer/src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bid="([a-z][a-z0-9-]*)"/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(5);
    expect([...new Set(used)].filter((id) => !READER_IDS.includes(id))).toEqual([]);
  });

  it('never hands a reader id to content', () => {
    const slugger = contentSlugger();
    expect(slugger.slug('Sidebar')).toBe('sidebar-1');
    expect(slugger.slug('Page title')).toBe('page-title-1');
    expect(slugger.slug('Heat')).toBe('heat');
  });
});
