import { expect, reader, startWithSettings, test } from './fixtures';

/** Reading a page: find in page, glossary terms, emergency numbers, external links, narrow windows. */
test.describe('in the text', () => {
  test('find in page highlights matches and steps through them', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/self-care');
    await page.keyboard.press('Control+f');
    const box = page.getByRole('textbox', { name: 'Find in page' });
    await expect(box).toBeFocused();
    await box.fill('heat');
    const count = page.getByText(/^1 of \d+$/);
    await expect(count).toBeVisible();
    const total = Number((await count.textContent())!.split(' of ')[1]);
    expect(total).toBeGreaterThan(1);
    await expect(r.article().locator('mark')).toHaveCount(total);
    await box.press('Enter');
    await expect(page.getByText(`2 of ${total}`)).toBeVisible();
    await box.press('Escape');
    await expect(box).toBeHidden();
    await expect(r.article().locator('mark')).toHaveCount(0);
  });

  test('find in page shows its own matches only: none from a search or in the breadcrumb', async ({
    page,
  }) => {
    const r = reader(page);
    await r.open('/page/self-care');
    await r.search().fill('braxton hicks');
    await expect(page.getByRole('option').first()).toContainText(/later pregnancy/i);
    await r.search().press('ArrowDown');
    await r.search().press('Enter');
    await expect(r.heading()).toHaveText(/later pregnancy/i);
    await expect(page.getByRole('main').locator('mark.search-hit').first()).toBeVisible();
    await page.keyboard.press('Control+f');
    await expect(page.getByRole('main').locator('mark.search-hit')).toHaveCount(0);
    // "Pregnancy" is also the breadcrumb's section: only the article's text counts.
    await page.getByRole('textbox', { name: 'Find in page' }).fill('pregnancy');
    await expect(page.getByText(/^1 of \d+$/)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).locator('mark.find-hit')).toHaveCount(
      0,
    );
  });

  test('a glossary term shows its definition on keyboard focus', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/nerve-related-pain');
    const term = r
      .article()
      .getByRole('link', { name: /sciatica/i })
      .first();
    await term.focus();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(/sciatica/i);
    await expect(term).toHaveAttribute('aria-describedby', 'glossary-tip');
    await term.press('Escape');
    await expect(tip).toBeHidden();
  });

  test('clicking a glossary term opens the glossary, with no error and no tip left behind', async ({
    page,
  }) => {
    // The page's own clock, so the tip's hide grace can be run out without waiting for it.
    await page.clock.install();
    const r = reader(page);
    await r.open('/page/self-care');
    const term = r.article().getByRole('link', { name: 'cramps', exact: true });
    await term.hover();
    const tip = page.getByRole('tooltip');
    await expect(tip).toContainText(/cramp/i);
    // A mouse click: the term takes focus, then loses it as the next page replaces it.
    await term.click();
    await expect(r.heading()).toHaveText(/glossary/i);
    await expect(page.locator('#glossary-tip')).toBeHidden();
    await page.mouse.move(5, 5);
    // Nothing to wait for, as the tip must stay away: run the page's clock past the tip's 300 ms
    // hide grace, so whatever was pending when the page changed has run.
    await page.clock.runFor(400);
    await expect(page.locator('#glossary-tip')).toBeHidden();
    // The guard fixture fails the test on any page error, such as Svelte's state_unsafe_mutation.
  });

  test('the glossary tip goes away on a click elsewhere', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/self-care');
    const term = r.article().getByRole('link', { name: 'cramps', exact: true });
    await term.focus();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await r.article().getByRole('heading', { level: 2 }).first().click();
    await expect(tip).toBeHidden();
  });

  test('the glossary tip fits the window at large text and stays while the pointer is on it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 800 });
    await page.clock.install();
    await startWithSettings(page, { fontScale: 200 });
    const r = reader(page);
    await r.open('/page/nerve-related-pain');
    const term = r.article().locator('a.term').first();
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(800);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    // The tip must still be there once its 300 ms hide grace has run out on the page's clock.
    await page.clock.runFor(600);
    await expect(tip).toBeVisible();
  });

  test('emergency numbers follow the chosen region', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/urgent-help');
    await page.getByRole('button', { name: /display/i }).click();
    await page.getByLabel('Region for emergency numbers').selectOption('UK-ENG');
    await expect(r.article().getByText('999').first()).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('In an emergency call 999');
    await page.getByLabel('Region for emergency numbers').selectOption('US');
    await expect(page.getByRole('contentinfo')).toContainText('In an emergency call 911');
  });

  test('the region can be chosen right beside the emergency number', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/urgent-help');
    await page.getByRole('contentinfo').getByLabel('Your country or region').selectOption('US');
    await expect(page.getByRole('contentinfo')).toContainText('In an emergency call 911');
    await expect(r.article().getByText('911').first()).toBeVisible();
  });

  test('find in page follows the reader to the next page, and its text when that arrives', async ({
    page,
  }) => {
    // The next page's text is held back, as on a slow disk, so the count is checked both
    // while only its title is there and once its text has arrived.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/content/pages/later-pregnancy.js', async (route) => {
      await held;
      await route.continue();
    });
    const r = reader(page);
    await r.open('/page/self-care');
    await page.keyboard.press('Control+f');
    await page.getByRole('textbox', { name: 'Find in page' }).fill('back');
    const counter = page.getByRole('search', { name: 'Find in page' }).getByText(/ of \d+$|^No matches$/);
    const marks = r.article().locator('mark.find-hit');
    // The count the bar shows is the number of marks in the article.
    const countAgrees = async () => {
      const n = await marks.count();
      return (await counter.textContent()) === (n ? `1 of ${n}` : 'No matches');
    };
    await expect(counter).toHaveText(/^1 of \d+$/);
    await r
      .toc()
      .getByRole('link', { name: /later pregnancy/i })
      .click();
    await expect(r.article().getByText('Opening this page…')).toBeVisible();
    await expect.poll(countAgrees).toBe(true);
    const beforeItsText = await marks.count();
    release();
    await expect(r.article().getByText('Opening this page…')).toBeHidden();
    // The text's hits are marked, and then counted.
    await expect.poll(() => marks.count()).toBeGreaterThan(beforeItsText);
    await expect.poll(countAgrees).toBe(true);
  });

  test('an external link asks before leaving the app', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/self-care');
    await r.article().getByRole('region', { name: 'Sources' }).getByRole('link').first().click();
    // The web edition already runs in a browser: the website would open in a new tab of it.
    const dialog = page.getByRole('dialog', { name: 'Open this website in a new tab?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Open in a new tab' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Stay here' }).click();
    await expect(dialog).toBeHidden();
  });

  test('the question about an external link goes away when the reader goes back', async ({ page }) => {
    const r = reader(page);
    await r.open('/page/urgent-help');
    await r.open('/page/self-care');
    await r.article().getByRole('region', { name: 'Sources' }).getByRole('link').first().click();
    const dialog = page.getByRole('dialog', { name: /open this website/i });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(r.heading()).toHaveText(/urgent help/i);
    await expect(dialog).toBeHidden();
  });

  test('the sidebar becomes a toggle on a narrow window', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 800 });
    const r = reader(page);
    await r.open('/page/self-care');
    await expect(r.toc()).toBeHidden();
    await page.getByRole('button', { name: /contents/i }).click();
    await r
      .toc()
      .getByRole('link', { name: /urgent help/i })
      .click();
    await expect(r.heading()).toHaveText(/urgent help/i);
    await expect(r.toc()).toBeHidden();
  });
});
