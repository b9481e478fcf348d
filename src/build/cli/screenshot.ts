import { launchChromium } from '../tools/chromium.ts';
import { startStaticServer } from '../web-server/static-server.ts';

/**
 * `npm run screenshot`: refreshes the README's picture of the reader (resources/screenshots/
 * reader.png) from the built web edition. Only this script writes it; the tests never do, so a
 * test run leaves the tracked file alone.
 */
const OUT = 'resources/screenshots/reader.png';

const server = await startStaticServer('out/renderer', 0);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(server.url);
  await page.getByRole('main').getByRole('heading', { level: 1, name: 'Start here' }).waitFor();
  // As a person sees it once search is ready (the box says "Preparing search…" until then).
  const search = page.getByRole('searchbox', { name: /search the handbook/i });
  await search.and(page.locator('[placeholder="Search (Ctrl+K)"]')).waitFor();
  await page.screenshot({ path: OUT });
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  await server.close();
}
