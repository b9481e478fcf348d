import type { CommandLine } from 'electron';

/**
 * Command-line switches that open the app to debugging or turn its protections off: the
 * DevTools protocol (page and bridge), Node's inspector, V8 flags, no sandbox, no same-origin
 * policy. A release refuses to start with any of them (dev and test builds need some).
 */
export const DEBUG_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-publish-uid',
  'js-flags',
  'no-sandbox',
  'disable-web-security',
] as const;

/**
 * The first debugging switch given, or null. Chromium reads its switches itself (with `-` or
 * `--` and, on Windows, `/`), so it is asked too; the scan of argv also finds Node's `--inspect*`
 * in any spelling Node accepts. Nothing after a lone `--` is a switch.
 */
export function debugSwitchIn(
  argv: readonly string[],
  commandLine: Pick<CommandLine, 'hasSwitch'>,
  platform: NodeJS.Platform,
): string | null {
  const prefix = platform === 'win32' ? /^(?:--?|\/)/ : /^--?/;
  const end = argv.indexOf('--');
  for (const arg of end < 0 ? argv : argv.slice(0, end)) {
    if (!prefix.test(arg)) continue;
    const name = arg.replace(prefix, '').split('=')[0]!.toLowerCase();
    if (name.startsWith('inspect') || (DEBUG_SWITCHES as readonly string[]).includes(name)) return name;
  }
  return DEBUG_SWITCHES.find((name) => commandLine.hasSwitch(name)) ?? null;
}

export interface ReleaseProcess {
  argv: readonly string[];
  platform: NodeJS.Platform;
  commandLine: Pick<CommandLine, 'hasSwitch'>;
  writeError(line: string): void;
  exit(code: number): void;
}

/** Stops a release that was started with a debugging switch: one line on stderr, exit code 2. */
export function refuseDebugSwitches(process: ReleaseProcess): boolean {
  const found = debugSwitchIn(process.argv, process.commandLine, process.platform);
  if (found === null) return false;
  process.writeError(
    `Lower Back Cramps Handbook will not start with --${found}: it opens the app to debugging.\n`,
  );
  process.exit(2);
  return true;
}
