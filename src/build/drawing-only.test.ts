import { describe, expect, it } from 'vitest';
import { drawingOnly } from './drawing-only.ts';

const plugin = drawingOnly() as unknown as {
  resolveId(id: string): string | null;
  load(id: string): string | null;
};
const stubFor = (id: string) => {
  const resolved = plugin.resolveId(id);
  return resolved === null ? null : plugin.load(resolved);
};

describe('drawingOnly', () => {
  it('leaves out what only effects and handlers use: search, its highlights, workers and styles', () => {
    expect(stubFor('./create-search-client')).toMatch(/export function createSearchClient\(\)/);
    expect(stubFor('../search/highlight-terms')).toMatch(/highlightTerms[\s\S]*clearHighlights/);
    expect(stubFor('./search.worker.ts?worker&url')).toBe('export default "";');
    expect(stubFor('../print.css')).toBe('export default "";');
  });

  it('keeps everything the markup is drawn from', () => {
    for (const id of ['../App.svelte', '../search/search-state.svelte', '../../../shared/search/snippet'])
      expect(plugin.resolveId(id)).toBeNull();
  });

  it('gives stubs that fail loudly if drawing ever calls them', async () => {
    const module = (await import(
      `data:text/javascript,${encodeURIComponent(stubFor('./create-search-client')!)}`
    )) as { createSearchClient(): void };
    expect(() => module.createSearchClient()).toThrow(/does not run while drawing/);
  });
});
