import { afterEach, describe, expect, it, vi } from 'vitest';

/** The script element the start file adds for the opening page, as far as the app reads it. */
class AskedScript extends EventTarget {
  failed = false;
  hasAttribute(name: string) {
    return name === 'data-failed' && this.failed;
  }
  getAttribute(name: string) {
    return name === 'src' ? './content/pages/self-care.js' : null;
  }
}

/**
 * Imports opening-page.ts afresh, as the app's script does when it starts; `asked` is the
 * start file's request for the opening page, if it made one.
 */
async function start(
  hash: string,
  slugs: string[],
  asked: AskedScript | null = null,
  arrived: Record<string, unknown> = {},
) {
  vi.resetModules();
  const selectors: string[] = [];
  vi.stubGlobal('document', {
    querySelector: (selector: string) => {
      selectors.push(selector);
      return asked;
    },
  });
  const fetch = vi.fn(async (url: string) => ({
    ok: true,
    status: 200,
    json: async () => ({ html: `<p>${url}</p>`, headings: [], sources: [], keywords: [] }),
  }));
  vi.stubGlobal('fetch', fetch);
  vi.stubGlobal('location', { protocol: 'http:', hash });
  vi.stubGlobal('performance', { mark: () => {} });
  vi.stubGlobal('__HANDBOOK_CONTENT__', { start: { pages: slugs.map((slug) => ({ slug })) }, ...arrived });
  const module = await import('./opening-page');
  return { fetch, openingPageBody: module.openingPageBody, selectors };
}

afterEach(() => vi.unstubAllGlobals());

describe('the opening page', () => {
  it('is requested as soon as the script starts, and that request is the one used', async () => {
    const { fetch, openingPageBody } = await start('#/page/self-care#heat', ['self-care', 'sciatica']);
    expect(fetch).toHaveBeenCalledExactlyOnceWith('content/pages/self-care.json');
    expect((await openingPageBody('self-care')).html).toBe('<p>content/pages/self-care.json</p>');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('is the start file’s request when it made one: no second request', async () => {
    const asked = new AskedScript();
    const { fetch, openingPageBody, selectors } = await start('#/page/self-care', ['self-care'], asked);
    expect(selectors).toEqual(['script[data-opening-page="self-care"]']);
    const body = openingPageBody('self-care');
    // The page's script arrives and defines its data, then its load event fires.
    const content = (globalThis as unknown as { __HANDBOOK_CONTENT__: Record<string, unknown> }).__HANDBOOK_CONTENT__;
    content['page:self-care'] = { html: '<p>from the start file</p>', headings: [], sources: [], keywords: [] };
    asked.dispatchEvent(new Event('load'));
    expect((await body).html).toBe('<p>from the start file</p>');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('takes the start file’s page at once if it has already arrived', async () => {
    const page = { html: '<p>here already</p>', headings: [], sources: [], keywords: [] };
    const { fetch, openingPageBody } = await start('#/page/self-care', ['self-care'], new AskedScript(), {
      'page:self-care': page,
    });
    expect(await openingPageBody('self-care')).toBe(page);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('is asked for the usual way when the start file’s request failed, before or after the app started', async () => {
    const before = new AskedScript();
    before.failed = true;
    const first = await start('#/page/self-care', ['self-care'], before);
    expect(first.fetch).toHaveBeenCalledExactlyOnceWith('content/pages/self-care.json');
    expect((await first.openingPageBody('self-care')).html).toBe('<p>content/pages/self-care.json</p>');

    const after = new AskedScript();
    const second = await start('#/page/self-care', ['self-care'], after);
    expect(second.fetch).not.toHaveBeenCalled();
    after.dispatchEvent(new Event('error'));
    expect((await second.openingPageBody('self-care')).html).toBe('<p>content/pages/self-care.json</p>');
    expect(second.fetch).toHaveBeenCalledOnce();
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
