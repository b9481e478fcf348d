import { spawnSync } from 'node:child_process';
import { electronExecutable } from '../desktop/electron-runtime.ts';
import { startDesktop } from '../desktop/start-desktop.ts';

/** `npm start`, after the build: the desktop app, or a plain word on why it cannot open. */
const run = (command: string, args: string[]) =>
  spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });

process.exitCode = startDesktop({
  findRuntime: () => electronExecutable(process.cwd()),
  download: () => {
    const result = run(process.execPath, ['node_modules/electron/install.js']);
    if (result.status === 0) return null;
    return result.error?.message ?? `the download stopped with code ${result.status}`;
  },
  openApp: () => run('npx', ['electron-vite', 'preview', '--skipBuild']).status ?? 1,
  say: (message) => console.error(message),
});
