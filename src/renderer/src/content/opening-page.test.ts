import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeDataScripts } from './fake-data-scripts';

/** Imports opening-page.ts afresh, as the app's script does when it starts. */
async function start(hash: string, slugs: string[]) {
  vi.resetModules();
  const requested = fakeDataScripts((path) => ({ html: `<p>${path}</p>`, headings: [], sources: [], keywords: [] }), {
    start: { pages: slugs.map((slug) => ({ slug })) },
  });
  vi.stubGlobal('location', { hash });
  vi.stubGlobal('performance', { mark: () => {} });
  const module = await import('./opening-page');
  return { requested, openingPageBody: module.openingPageBody };
}

afterEach(() => vi.unstubAllGlobals());

describe('the opening page', () => {
  it('is requested as soon as the script starts, and that request is the one used', async () => {
    const { requested, openingPageBody } = await start('#/page/self-care#heat', ['self-care', 'sciatica']);
    expect(requested).toEqual(['content/pages/self-care.js']);
    expect((await openingPageBody('self-care')).html).toBe('<p>content/pages/self-care.js</p>');
    expect(requested).toHaveLength(1);
  });

  it('is not requested early for a page the start file does not list', async () => {
    const { requested } = await start('#/page/removed-last-year', ['self-care']);
    expect(requested).toEqual([]);
  });

  it('is not requested early without a page link (the last page read is reopened later)', async () => {
    const { requested } = await start('', ['self-care']);
    expect(requested).toEqual([]);
  });

  it('loads any other page the usual way', async () => {
    const { requested, openingPageBody } = await start('#/page/self-care', ['self-care', 'sciatica']);
    await openingPageBody('sciatica');
    expect(requested.at(-1)).toBe('content/pages/sciatica.js');
    // The early request is used once: a later visit to the page loads it again if asked.
    await openingPageBody('self-care');
    await openingPageBody('self-care');
    expect(requested).toHaveLength(3);
  });
});
