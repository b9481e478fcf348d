import { existsSync } from 'node:fs';
import type { Browser } from '@playwright/test';

/**
 * The Chromium every headless job here uses (e2e tests, the handouts CLI, benchmarks): Debian's
 * where there is one, since Playwright's own browser cannot be downloaded on our machines.
 */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined; // Playwright's own browser, for people who ran `npx playwright install`.
}

/** Quiet, offline-friendly flags: without them Chromium keeps trying to reach Google's hosts. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('@playwright/test');
  return chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
}
