import { describe, expect, it } from 'vitest';
import type { ReaderStore, StoreLoadResult } from '@shared/bridge';
import type { HandbookStart, PageBody } from '@shared/handbook-data';
import type { OpeningScreenInput } from '@shared/opening-screen';
import { defaultStore } from '@shared/reader-store';
import { drawOpeningScreen } from './draw-opening-screen';

// Runs in Node with the components compiled for the server, as in the desktop's main process:
// there is no window or document here, so anything the reader touches while drawing fails.

const start: HandbookStart = {
  meta: {
    title: 'Back Handbook',
    subtitle: 'About backs',
    language: 'en-GB',
    edition: '1',
    reviewed: '2026-11-01',
    nextReview: '2027-11-01',
    disclaimer: 'Not a diagnosis.',
    regions: [
      {
        code: 'UK',
        name: 'United Kingdom',
        emergency: '999',
        urgent: 'NHS 111',
        maternity: 'your midwife',
        doctor: 'your GP',
        sources: [],
      },
    ],
    tiers: [],
    defaultRegion: 'UK',
    home: 'start-here',
    urgentHelp: 'urgent-help',
  },
  toc: [{ title: 'Start', pages: ['start-here', 'self-care', 'urgent-help'] }],
  pages: ['start-here', 'self-care', 'urgent-help'].map((slug) => ({
    slug,
    title: `Title of ${slug}`,
    summary: `Summary of ${slug}.`,
    reviewed: '2026-11-01',
    nextReview: '2027-11-01',
    handout: false,
  })),
  glossary: [],
  signs: [],
};

const bodyOf = (slug: string): PageBody => ({
  html: `<p>Text of ${slug}.</p><h2 id="heat">Heat</h2><p>Warmth helps.</p>`,
  headings: [{ id: 'heat', text: 'Heat', depth: 2 }],
  sources: [],
  keywords: [],
});

function store(change: (s: ReaderStore) => void = () => {}): StoreLoadResult {
  const s = defaultStore();
  change(s);
  return { store: s, recovered: null };
}

function draw(loaded: StoreLoadResult, more: Partial<OpeningScreenInput> = {}) {
  const read: string[] = [];
  const screen = drawOpeningScreen({
    start,
    loaded,
    readBody: async (slug) => (read.push(slug), bodyOf(slug)),
    prefersDark: false,
    viewportWidth: 1280,
    ...more,
  });
  return screen.then((s) => ({ ...s, read }));
}

describe('drawOpeningScreen', () => {
  it('draws the whole reader at the home page on a first start', async () => {
    const screen = await draw(store());
    expect(screen.route).toBe('#/');
    expect(screen.read).toEqual(['start-here']);
    expect(screen.body).toContain('<h1');
    expect(screen.body).toContain('Title of start-here');
    expect(screen.body).toContain('Text of start-here.');
    for (const landmark of ['<header', '<nav aria-label="Contents"', '<main', '<footer'])
      expect(screen.body).toContain(landmark);
    expect(screen.body).toContain('elementtiming="article"');
    expect(screen).toMatchObject({
      title: 'Title of start-here — Back Handbook',
      language: 'en-GB',
      scroll: 0,
      theme: 'light',
      layout: 'wide',
      fontScale: 100,
    });
  });

  it('reopens the page last read, where the person left it', async () => {
    const screen = await draw(
      store((s) => {
        s.settings.lastRoute = '#/page/self-care#heat';
        s.settings.lastScroll = 900;
      }),
    );
    expect(screen.route).toBe('#/page/self-care#heat');
    expect(screen.read).toEqual(['self-care']);
    expect(screen.scroll).toBe(900);
    expect(screen.body).toContain('Text of self-care.');
    expect(screen.title).toBe('Title of self-care — Back Handbook');
  });

  it('opens home when the page last read is gone after an update', async () => {
    const screen = await draw(store((s) => (s.settings.lastRoute = '#/page/removed-page')));
    expect(screen.route).toBe('#/');
    expect(screen.scroll).toBe(0);
  });

  it("draws the person's bookmarks, theme, text size and layout", async () => {
    const loaded = store((s) => {
      s.settings.theme = 'system';
      s.settings.fontScale = 150;
      s.bookmarks.push({ slug: 'urgent-help', anchor: '', label: 'Urgent help page', created: '2026-11-30' });
    });
    const screen = await draw(loaded, { prefersDark: true, viewportWidth: 1280 });
    expect(screen.body).toContain('Urgent help page');
    // 1280 px is narrow at 150 % text: the contents become a button.
    expect(screen).toMatchObject({ theme: 'dark', fontScale: 150, layout: 'narrow' });
    expect((await draw(loaded, { viewportWidth: null })).layout).toBeNull();
  });

  it('shows the notice when the saved data could not be read', async () => {
    const screen = await draw({
      store: defaultStore(),
      recovered: { reason: 'the saved file is not valid JSON', keptAs: '/data/reader-store.corrupt.json' },
    });
    expect(screen.body).toContain('could not be read (the saved file is not valid JSON)');
  });

  it('fails, rather than drawing a page without its text, when the body cannot be read', async () => {
    await expect(
      draw(store(), {
        readBody: async () => {
          throw new Error('ENOENT');
        },
      }),
    ).rejects.toThrow('ENOENT');
  });
});
