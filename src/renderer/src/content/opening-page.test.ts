import { afterEach, describe, expect, it, vi } from 'vitest';

/** Imports opening-page.ts afresh, as the app's script does when it starts. */
async function start(hash: string, slugs: string[]) {
  vi.resetModules();
  const fetch = vi.fn(async (url: string) => ({
    ok: true,
    status: 200,
    json: async () => ({ html: `<p>${url}</p>`, headings: [], sources: [], keywords: [] }),
  }));
  vi.stubGlobal('fetch', fetch);
  vi.stubGlobal('location', { protocol: 'http:', hash });
  vi.stubGlobal('performance', { mark: () => {} });
  vi.stubGlobal('__HANDBOOK_CONTENT__', { start: { pages: slugs.map((slug) => ({ slug })) } });
  const module = await import('./opening-page');
  return { fetch, openingPageBody: module.openingPageBody };
}

afterEach(() => vi.unstubAllGlobals());

describe('the opening page', () => {
  it('is requested as soon as the script starts, and that request is the one used', async () => {
    const { fetch, openingPageBody } = await start('#/page/self-care#heat', ['self-care', 'sciatica']);
    expect(fetch).toHaveBeenCalledExactlyOnceWith('content/pages/self-care.json');
    expect((await openingPageBody('self-care')).html).toBe('<p>content/pages/self-care.json</p>');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('is not requested early for a page the start file does not list', async () => {
    const { fetch } = await start('#/page/removed-last-year', ['self-care']);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('is not requested early without a page link (the last page read is reopened later)', async () => {
    const { fetch } = await start('', ['self-care']);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('loads any other page the usual way', async () => {
    const { fetch, openingPageBody } = await start('#/page/self-care', ['self-care', 'sciatica']);
    await openingPageBody('sciatica');
    expect(fetch).toHaveBeenLastCalledWith('content/pages/sciatica.json');
    // The early request is used once: a later visit to the page fetches it again if asked.
    await openingPageBody('self-care');
    await openingPageBody('self-care');
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
