import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Electron binary to drive, or null when none is installed. The npm package downloads it
 * in its postinstall step; without network that step fails and only the JS wrapper is left.
 * ELECTRON_PATH overrides (e.g. the e2e package's binary from `npm run dist:e2e`).
 * Never `require('electron')` here: with no binary it would try to download one.
 */
export function electronExecutable(root: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.ELECTRON_PATH) return existsSync(env.ELECTRON_PATH) ? env.ELECTRON_PATH : null;
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const NO_RUNTIME_REASON =
  'Electron runtime not installed here (no network to download it); run npm start once with internet to fetch it';

/**
 * Why the built app in out/ cannot be driven, or null. The suite needs the e2e build
 * (`npm run build:e2e`): only that build reads the test hooks; a release build ignores them.
 */
export function notAnE2eBuild(root: string): string | null {
  const main = join(root, 'out', 'main', 'index.js');
  if (!existsSync(main)) return 'the app is not built: run npm run build:e2e first';
  return readFileSync(main, 'utf8').includes('HANDBOOK_E2E_USER_DATA')
    ? null
    : 'out/ holds a release build, which has no test hooks: run npm run build:e2e first';
}
