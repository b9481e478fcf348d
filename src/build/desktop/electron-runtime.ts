import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Electron binary to drive, or null when none is installed. The npm package downloads it
 * in its postinstall step; without network that step fails and only the JS wrapper is left.
 * ELECTRON_PATH overrides (e.g. a packaged HANDBOOK_E2E_BUILD=1 binary).
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
