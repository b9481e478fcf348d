import type { Page } from '@playwright/test';
import { expect, reader, test, startWithSettings } from './fixtures';

/** Opens the reader with the text at `percent` of its normal size, as the Display panel sets it. */
async function atTextSize(page: Page, percent: number) {
  await startWithSettings(page, { fontScale: percent });
}

/** The part of `locator`'s box outside the window, in px (0 when it is wholly inside). */
async function outside(page: Page, name: RegExp, role: 'link' | 'button') {
  const box = (await page.getByRole('banner').getByRole(role, { name }).boundingBox())!;
  const { width, height } = page.viewportSize()!;
  return Math.max(0, -box.x, box.x + box.width - width, -box.y, box.y + box.height - height);
}

test.describe('large text', () => {
  for (const [width, percent] of [
    [1024, 140],
    [1400, 170],
    [800, 200],
  ] as const) {
    test(`at ${percent} % text in a ${width} px window, every header control stays on screen`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await atTextSize(page, percent);
      const r = reader(page);
      await r.open('/page/urgent-help');
      await expect(page.getByRole('banner').getByRole('link', { name: 'Urgent help' })).toBeVisible();
      expect(await outside(page, /^urgent help$/i, 'link')).toBe(0);
      expect(await outside(page, /display/i, 'button')).toBe(0);
      expect(await outside(page, /^print/i, 'button')).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // The contents give the article the room: they become a button.
      await expect(r.toc()).toBeHidden();
      await expect(page.getByRole('button', { name: /contents/i })).toBeVisible();
    });
  }

  test('at normal text in a 1280 px window, the contents stay beside the article', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/self-care');
    await expect(r.toc()).toBeVisible();
    await expect(page.getByRole('button', { name: /contents/i })).toBeHidden();
  });

  test('the print menu and the display panel open inside the window', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 800 });
    await atTextSize(page, 200);
    await reader(page).open('/page/self-care');
    const inside = async (box: { x: number; y: number; width: number; height: number } | null) => {
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(800);
      expect(box!.y + box!.height).toBeLessThanOrEqual(800);
    };
    await page.getByRole('button', { name: /^print/i }).click();
    await inside(await page.getByRole('menu', { name: 'Print' }).boundingBox());
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /display/i }).click();
    await inside(await page.getByRole('dialog', { name: 'Display settings' }).boundingBox());
  });
});

test.describe('a phone-sized window', () => {
  for (const [width, percent] of [
    [320, 100],
    [380, 200],
  ] as const) {
    test(`at ${percent} % text in a ${width} px window, no page scrolls sideways`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await atTextSize(page, percent);
      // The home page's cards, an exercise sheet's drawings, wide fill-in tables, and the pager:
      // each page's own part is waited for, as a link within the reader only changes the hash.
      const main = page.getByRole('main');
      for (const [link, part] of [
        ['/', main.getByRole('link', { name: /self-care/i }).first()],
        ['/page/exercises-and-stretches', main.getByRole('img').first()],
        ['/page/questions-and-notes', main.getByRole('table').first()],
        ['/page/self-care', main.getByRole('navigation', { name: 'Previous and next page' })],
      ] as const) {
        await reader(page).open(link);
        await expect(part).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), link).toBeLessThanOrEqual(
          width,
        );
      }
    });
  }

  test('"Urgent help" comes first, and the header scrolls away so it never covers the page', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 380, height: 800 });
    await atTextSize(page, 200);
    await reader(page).open('/page/self-care');
    const header = page.getByRole('banner');
    const urgent = header.getByRole('link', { name: 'Urgent help' });
    await expect(urgent).toBeInViewport({ ratio: 1 });
    const top = async (locator: typeof urgent) => (await locator.boundingBox())!.y;
    expect(await top(urgent)).toBeLessThan(await top(header.getByRole('button', { name: /contents/i })));
    // The keyboard meets it first too: after the skip link, the first stop in the header.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: /skip/i })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(urgent).toBeFocused();
    await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
    await expect(header).not.toBeInViewport();
  });

  for (const percent of [100, 150, 200]) {
    test(`at ${percent} % text, the header's buttons fill each row they are on`, async ({ page }) => {
      await page.setViewportSize({ width: 380, height: 800 });
      await atTextSize(page, percent);
      await reader(page).open('/page/self-care');
      const header = page.getByRole('banner');
      // The title has a row of its own: its edges are where the header's content starts and ends.
      const title = (await header.getByRole('link', { name: 'Lower Back Cramps' }).boundingBox())!;
      const boxes = await Promise.all(
        [/contents/i, /^print/i, /display/i].map(
          async (name) => (await header.getByRole('button', { name }).boundingBox())!,
        ),
      );
      // Buttons on one row share their middle (to within a few px, whatever their heights).
      const rows = new Map<number, { left: number; right: number }>();
      for (const b of boxes) {
        const key = Math.round((b.y + b.height / 2) / 8);
        const row = rows.get(key) ?? { left: Infinity, right: -Infinity };
        rows.set(key, { left: Math.min(row.left, b.x), right: Math.max(row.right, b.x + b.width) });
      }
      if (percent === 100) expect(rows.size, 'Contents, Print and Display on one row').toBe(1);
      for (const { left, right } of rows.values()) {
        expect(left).toBeCloseTo(title.x, 0);
        expect(right).toBeCloseTo(title.x + title.width, 0);
      }
    });
  }

  test('at 200 % text, the search box ends a hint it has no room for with "…"', async ({ page }) => {
    await page.setViewportSize({ width: 380, height: 800 });
    await atTextSize(page, 200);
    await reader(page).open('/page/self-care');
    const box = reader(page).search();
    await expect(box).toHaveAttribute('placeholder', /Ctrl\+K/);
    // The browser draws the "…"; the page must ask for it, where the hint is wider than the box.
    const { hint, room, overflow } = await box.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      return {
        hint: context.measureText(input.placeholder).width,
        room: input.clientWidth - padding,
        overflow: style.textOverflow,
      };
    });
    expect(hint).toBeGreaterThan(room);
    expect(overflow).toBe('ellipsis');
  });

  test('at 150 % text, every control of the Display panel fits inside it', async ({ page }) => {
    await page.setViewportSize({ width: 380, height: 800 });
    await atTextSize(page, 150);
    await reader(page).open('/page/self-care');
    await page.getByRole('button', { name: /display/i }).click();
    const panel = page.getByRole('dialog', { name: 'Display settings' });
    const box = (await panel.boundingBox())!;
    for (const control of [panel.getByRole('combobox'), panel.getByRole('button', { name: 'Larger text' })]) {
      const part = (await control.boundingBox())!;
      expect(part.x + part.width).toBeLessThanOrEqual(box.x + box.width);
    }
  });

  for (const percent of [100, 200]) {
    test(`at ${percent} % text, the handout builder's Print button stays in view while choosing`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 380, height: 800 });
      await atTextSize(page, percent);
      await reader(page).open('/handout');
      const first = page.getByRole('checkbox').first();
      await first.check();
      await expect(first).toBeInViewport();
      const print = page.getByRole('button', { name: 'Print…' });
      await expect(print).toBeEnabled();
      await expect(print).toBeInViewport({ ratio: 1 });
      // A box far down the list, reached with Tab, is scrolled above the bar, not under it.
      for (let i = 0; i < 30; i++) await page.keyboard.press('Tab');
      const focused = page.locator('input[type="checkbox"]:focus');
      await expect(focused).toHaveCount(1);
      expect(
        await focused.evaluate((box) => {
          const r = box.getBoundingClientRect();
          const seen = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return seen === box || seen === box.closest('label');
        }),
      ).toBe(true);
    });
  }

  test("a handout's preview keeps every field of the note box inside it, with room to write", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 380, height: 800 });
    const details = page.getByRole('region', { name: 'Your details' });
    // Blank, to fill in by hand: every field keeps a line long enough to write on.
    await reader(page).open('/print/handout/self-care?size=A4');
    await expect(details.locator('.fill-line')).toHaveCount(4);
    for (const line of await details.locator('.fill-line').all())
      expect((await line.boundingBox())!.width).toBeGreaterThan(100);
    // Filled in from the print dialog: every label and value inside the box.
    await reader(page).open('/print/handout/self-care?size=A4&patient=Sam%20Jones&follow-up=2026-12-20');
    await expect(details).toContainText('20 December 2026');
    const box = (await details.boundingBox())!;
    for (const field of ['Patient’s name', 'Sam Jones', 'Follow-up', '20 December 2026', 'Note']) {
      const part = (await details.getByText(field, { exact: true }).boundingBox())!;
      expect(part.x + part.width, field).toBeLessThanOrEqual(box.x + box.width);
    }
  });
});

test.describe('the contents in a narrow window', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 800 });
    await reader(page).open('/page/self-care');
  });

  const toggle = (page: Page) => page.getByRole('button', { name: /contents/i });

  test('close with their Close button, and focus goes back to the Contents button', async ({ page }) => {
    const r = reader(page);
    await toggle(page).click();
    const close = page.getByRole('button', { name: 'Close' });
    await expect(close).toBeFocused();
    await close.click();
    await expect(r.toc()).toBeHidden();
    await expect(toggle(page)).toBeFocused();
  });

  test('close with Escape', async ({ page }) => {
    const r = reader(page);
    await toggle(page).click();
    await expect(r.toc()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(r.toc()).toBeHidden();
    await expect(toggle(page)).toBeFocused();
  });

  test('close with a click beside them, which does not reach the page underneath', async ({ page }) => {
    const r = reader(page);
    await toggle(page).click();
    await expect(r.toc()).toBeVisible();
    await page.mouse.click(780, 400);
    await expect(r.toc()).toBeHidden();
    await expect(r.heading()).toHaveText(/self-care/i);
  });

  test('while open, the keyboard stays in them, not in the page they cover', async ({ page }) => {
    await toggle(page).click();
    await expect(page.getByRole('button', { name: 'Close' })).toBeFocused();
    // Backwards from their first control: the header's controls come just before them.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Shift+Tab');
      const where = await page.evaluate(() =>
        document.activeElement?.closest('#sidebar')
          ? 'contents'
          : document.activeElement?.closest('header, main, footer')
            ? 'the page behind'
            : 'outside the page',
      );
      expect(where).not.toBe('the page behind');
    }
  });
});

test('in a 360 px window, the find bar fits: its box and every button are on screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await reader(page).open('/page/self-care');
  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: 'Find in page' });
  await bar.getByRole('textbox', { name: 'Find in page' }).fill('back');
  await expect(bar.getByText(/^1 of \d+$/)).toBeVisible();
  for (const part of [
    bar,
    bar.getByRole('textbox'),
    bar.getByRole('button', { name: 'Previous match' }),
    bar.getByRole('button', { name: 'Close find' }),
  ]) {
    const box = (await part.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  }
});
