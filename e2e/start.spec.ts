import { defaultStore } from '../src/shared/reader-store';
import { expect, reader, test } from './fixtures';

/**
 * The one start path, for the desktop and the web edition alike: index.html, the start file, the
 * opening page, the reader mounts. Whatever the page paints before the reader must be nothing of
 * its own (the desktop window's background, in the person's theme, shows through), and the
 * reader's first frame must already be the person's: their theme, text size, page and place.
 */
interface Frame {
  theme: string | null;
  fontScale: string;
  scroll: number;
  article: boolean;
  /** The page's own background and whether the "Opening…" note shows, before the reader. */
  background: string;
  noteShown: boolean;
}

test('the reader opens where the person left it, in their theme and text size, from its first frame', async ({
  page,
}) => {
  const store = defaultStore();
  store.settings.theme = 'contrast';
  store.settings.fontScale = 130;
  store.settings.lastRoute = '#/page/later-pregnancy';
  store.settings.lastScroll = 700;
  await page.addInitScript((saved) => {
    localStorage.setItem('lbc-handbook:store', saved);
    const frames: Frame[] = [];
    (window as unknown as { frames_: Frame[] }).frames_ = frames;
    // Read after each frame's callbacks have run: what that frame showed.
    requestAnimationFrame(function frame() {
      setTimeout(() => {
        const html = document.documentElement;
        const note = document.querySelector('.startup');
        frames.push({
          theme: html.getAttribute('data-theme'),
          fontScale: html.style.getPropertyValue('--font-scale'),
          scroll: scrollY,
          article: !!document.querySelector('main h1'),
          background: document.body ? getComputedStyle(document.body).backgroundColor : '',
          noteShown: !!note && getComputedStyle(note).visibility === 'visible',
        });
      });
      if (!frames.some((f) => f.article)) requestAnimationFrame(frame);
    });
  }, JSON.stringify(store));
  await page.goto('./');
  await expect(reader(page).heading()).toHaveText(/later pregnancy/i);
  const frames = await page.evaluate(() => (window as unknown as { frames_: Frame[] }).frames_);
  const before = frames.filter((f) => !f.article);
  const first = frames.find((f) => f.article);
  expect(first).toMatchObject({ theme: 'contrast', fontScale: '1.3', scroll: 700 });
  // Before the reader: no theme yet, and nothing of the page's own painted.
  for (const frame of before) {
    expect(frame).toMatchObject({ theme: null, background: 'rgba(0, 0, 0, 0)', noteShown: false });
  }
  expect(await page.evaluate(() => scrollY)).toBe(700);
});
