import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { electronExecutable, NO_RUNTIME_REASON } from './e2e/electron/electron-runtime';

/** Debian's Chromium where there is one: this machine cannot download Playwright's own browser. */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined; // Playwright's own browser, for people who ran `npx playwright install`.
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
// Say once, up front, why the desktop tests will show as skipped (workers load this file too).
if (!process.env.TEST_WORKER_INDEX && electronExecutable(import.meta.dirname) === null) {
  console.log(`[electron] desktop tests skipped: ${NO_RUNTIME_REASON}`);
}
const PORT = Number(process.env.HANDBOOK_E2E_PORT ?? 4178);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 860 },
  },
  webServer: {
    command: `npx tsx src/build/serve-web.ts --port ${PORT} --no-build`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    { name: 'web', testIgnore: ['electron/**'] },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
});
