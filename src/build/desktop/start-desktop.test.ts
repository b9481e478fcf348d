import { describe, expect, it } from 'vitest';
import { DOWNLOADING, startDesktop, type StartDeps } from './start-desktop.ts';

/** A machine where the runtime is there from the start, or arrives with the download, or not. */
function machine(runtime: 'installed' | 'downloads' | 'offline') {
  let present = runtime === 'installed';
  const said: string[] = [];
  const steps: string[] = [];
  const deps: StartDeps = {
    findRuntime: () => (present ? '/electron' : null),
    download: () => {
      steps.push('download');
      if (runtime === 'offline') return 'getaddrinfo ENOTFOUND github.com';
      present = true;
      return null;
    },
    openApp: () => (steps.push('open'), 0),
    say: (message) => said.push(message),
  };
  return { deps, said, steps };
}

describe('npm start', () => {
  it('opens the app at once where the runtime is installed, saying nothing', () => {
    const { deps, said, steps } = machine('installed');
    expect(startDesktop(deps)).toBe(0);
    expect(steps).toEqual(['open']);
    expect(said).toEqual([]);
  });

  it('says it downloads the runtime once, with internet, then opens the app', () => {
    const { deps, said, steps } = machine('downloads');
    expect(startDesktop(deps)).toBe(0);
    expect(steps).toEqual(['download', 'open']);
    expect(said).toEqual([DOWNLOADING]);
    expect(DOWNLOADING).toMatch(/once/);
    expect(DOWNLOADING).toMatch(/internet/);
  });

  it('offline on a first start: says what happened and what to do, and fails', () => {
    const { deps, said, steps } = machine('offline');
    expect(startDesktop(deps)).toBe(1);
    expect(steps).toEqual(['download']);
    const message = said.at(-1)!;
    expect(message).toContain('could not be downloaded (getaddrinfo ENOTFOUND github.com)');
    expect(message).toMatch(/internet connection/);
    expect(message).toContain('npm run web');
    expect(message).not.toMatch(/uninstall/i);
  });
});
