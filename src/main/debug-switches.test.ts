import { describe, expect, it, vi } from 'vitest';
import { DEBUG_SWITCHES, debugSwitchIn, refuseDebugSwitches } from './debug-switches';

const noChromiumSwitches = { hasSwitch: () => false };
const app = '/opt/Lower Back Cramps Handbook/lower-back-cramps-handbook';

describe('debugging switches in a release', () => {
  it.each([
    ['--remote-debugging-port=9222', 'remote-debugging-port'],
    ['--remote-debugging-pipe', 'remote-debugging-pipe'],
    ['--inspect', 'inspect'],
    ['--inspect=0.0.0.0:9229', 'inspect'],
    ['--inspect-brk=9229', 'inspect-brk'],
    ['--inspect-port=0', 'inspect-port'],
    ['--js-flags=--allow-natives-syntax', 'js-flags'],
    ['--no-sandbox', 'no-sandbox'],
    ['--disable-web-security', 'disable-web-security'],
    ['-remote-debugging-port=9222', 'remote-debugging-port'],
    ['--No-Sandbox', 'no-sandbox'],
  ])('finds %s', (arg, name) => {
    expect(debugSwitchIn([app, arg], noChromiumSwitches, 'linux')).toBe(name);
  });

  it('asks Chromium too, which reads switches in spellings of its own', () => {
    for (const name of DEBUG_SWITCHES) {
      expect(debugSwitchIn([app], { hasSwitch: (s) => s === name }, 'linux')).toBe(name);
    }
    expect(debugSwitchIn([app, '/remote-debugging-port=1'], noChromiumSwitches, 'win32')).toBe(
      'remote-debugging-port',
    );
  });

  it('lets ordinary arguments through: a file path, a switch of its own, anything after --', () => {
    expect(debugSwitchIn([app], noChromiumSwitches, 'linux')).toBeNull();
    expect(debugSwitchIn([app, '/tmp/no-sandbox', '--lang=en'], noChromiumSwitches, 'linux')).toBeNull();
    expect(debugSwitchIn([app, '--', '--inspect'], noChromiumSwitches, 'linux')).toBeNull();
  });

  it('refuses to start: one line on stderr naming the switch, exit code 2', () => {
    const writeError = vi.fn();
    const exit = vi.fn();
    const base = { platform: 'linux' as const, commandLine: noChromiumSwitches, writeError, exit };
    expect(refuseDebugSwitches({ ...base, argv: [app, '--remote-debugging-port=9222'] })).toBe(true);
    expect(writeError).toHaveBeenCalledExactlyOnceWith(
      'Lower Back Cramps Handbook will not start with --remote-debugging-port: it opens the app to debugging.\n',
    );
    expect(exit).toHaveBeenCalledExactlyOnceWith(2);
    expect(refuseDebugSwitches({ ...base, argv: [app] })).toBe(false);
    expect(exit).toHaveBeenCalledTimes(1);
  });
});
