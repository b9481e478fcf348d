import { spawnSync } from 'node:child_process';
import { startStaticServer } from './static-server.ts';

/**
 * Serves the built web edition on 127.0.0.1 only (see static-server.ts). `npm run web` builds
 * first; the e2e tests pass --no-build.
 */
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 4173;

if (!args.includes('--no-build')) {
  const built = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const { url } = await startStaticServer('out/renderer', port);
console.log(`Lower Back Cramps Handbook (web edition): ${url}`);
