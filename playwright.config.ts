import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './src/build/tools/chromium';
import { electronExecutable, NO_RUNTIME_REASON } from './src/build/desktop/electron-runtime';

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
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 860 },
  },
  webServer: {
    command: `npx tsx src/build/web-server/serve-web.ts --port ${PORT} --no-build`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    { name: 'web', testIgnore: ['electron/**'] },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
});
