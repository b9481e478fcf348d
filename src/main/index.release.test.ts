/**
 * src/main/index.ts as a release bundle runs it (import.meta.env.DEV false, mode "production"),
 * started with a dev server address, the e2e switch and a debugging switch: none may take effect.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '@shared/bridge';
import { fakeElectron as h, fakeWebContents } from './fake-electron';
import { IpcSenderError } from './ipc-handlers';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron.module);

const argv = process.argv;
const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
let scratch: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'main-release-'));
  h.state.userData = join(scratch, 'user-data');
  vi.stubEnv('DEV', false);
  vi.stubEnv('MODE', 'production');
  vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
  vi.stubEnv('HANDBOOK_E2E', '1');
  vi.stubEnv('HANDBOOK_E2E_USER_DATA', join(scratch, 'e2e-user-data'));
  process.argv = [...argv, '--remote-debugging-port=9222'];
  await import('./index');
  process.argv = argv;
  h.state.readyResolve();
  await vi.waitFor(() => expect(h.windows[0]?.url).toBeDefined());
});
afterAll(() => {
  process.argv = argv;
  exit.mockRestore();
  stderr.mockRestore();
  vi.unstubAllEnvs();
  rmSync(scratch, { recursive: true, force: true });
});

describe('a release', () => {
  it('refuses to start with a debugging switch: one line on stderr, exit code 2', () => {
    expect(exit).toHaveBeenCalledExactlyOnceWith(2);
    expect(stderr).toHaveBeenCalledExactlyOnceWith(expect.stringMatching(/--remote-debugging-port.*\n$/));
    // (The fake exit returns, so the rest of the wiring below still ran and can be checked.)
  });

  it('loads app://handbook, not the dev server named in the environment, without DevTools', () => {
    expect(h.windows[0]!.url).toBe('app://handbook/index.html');
    expect(h.windows[0]!.options.webPreferences).toMatchObject({ devTools: false });
  });

  it('does not take the test hooks from the environment', () => {
    expect(h.module.app.setPath).not.toHaveBeenCalled();
  });

  it('trusts neither navigation to nor bridge calls from the dev server', async () => {
    const { contents, prevented } = fakeWebContents();
    h.appListeners.get('web-contents-created')!({}, contents);
    expect(prevented('will-navigate', 'http://localhost:5173/')).toBe(true);
    const handler = h.ipc.get(IPC_CHANNEL.getAppInfo) as (event: unknown) => unknown;
    expect(() => handler({ senderFrame: { url: 'http://localhost:5173/', parent: null } })).toThrow(
      IpcSenderError,
    );
  });
});
