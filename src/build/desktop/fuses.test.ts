import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { E2E_APP_ID, electronBinaryPath, fuseSettings } from '../../../build/after-pack.mjs';
import { checkFuses, FUSE } from '../../../build/check-fuses.mjs';

describe('Electron fuses (build/after-pack.mjs)', () => {
  it('locks a release build down', () => {
    expect(fuseSettings('org.handbook.lower-back-cramps')).toEqual({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('keeps only inspection on for the e2e package, known by its own appId', () => {
    const release = fuseSettings('org.handbook.lower-back-cramps');
    const e2e = fuseSettings(E2E_APP_ID);
    expect(e2e[FuseV1Options.EnableNodeCliInspectArguments]).toBe(true);
    expect({ ...e2e, [FuseV1Options.EnableNodeCliInspectArguments]: false }).toEqual(release);
    expect(fuseSettings(undefined)).toEqual(release);
  });

  it('finds the Electron binary on each platform', () => {
    const packager = {
      appInfo: { productFilename: 'Lower Back Cramps Handbook' },
      executableName: 'lower-back-cramps-handbook',
    };
    expect(electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe(
      '/o/Lower Back Cramps Handbook.app',
    );
    expect(electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe(
      '/o/Lower Back Cramps Handbook.exe',
    );
    expect(electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'linux', packager })).toBe(
      '/o/lower-back-cramps-handbook',
    );
  });
});

describe('npm run security:fuses (build/check-fuses.mjs)', () => {
  const pkg = { name: 'lower-back-cramps-handbook', productName: 'Lower Back Cramps Handbook' };
  let dist: string;
  beforeEach(() => {
    dist = mkdtempSync(join(tmpdir(), 'fuses-'));
  });
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  /** A stand-in Electron binary: some bytes, the fuse sentinel, wire version 1, then the wire. */
  const packApp = (settings: Record<number, boolean>) => {
    const wire = Array.from({ length: 8 }, (_, i) =>
      settings[i] === undefined ? FUSE.removed : settings[i] ? FUSE.on : FUSE.off,
    );
    mkdirSync(join(dist, 'linux-unpacked'));
    const bytes = Buffer.concat([
      Buffer.from('ELF…'),
      Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
      Buffer.from([1, wire.length, ...wire]),
    ]);
    writeFileSync(join(dist, 'linux-unpacked', pkg.name), bytes);
  };
  const run = async () => {
    const lines: string[] = [];
    const ok = await checkFuses(dist, pkg, (line) => lines.push(line));
    return { ok, lines };
  };

  it('reports itself skipped, with the reason, when nothing is packaged', async () => {
    expect(await run()).toEqual({
      ok: true,
      lines: [expect.stringMatching(/^security:fuses: skipped: no packaged app/)],
    });
  });

  it('passes a release package', async () => {
    packApp(fuseSettings('org.handbook.lower-back-cramps'));
    expect(await run()).toEqual({
      ok: true,
      lines: [expect.stringMatching(/ok .*lower-back-cramps-handbook/)],
    });
  });

  it.each([
    [FuseV1Options.RunAsNode, true, /RunAsNode is on/],
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable, true, /NODE_OPTIONS is honoured/],
    [FuseV1Options.EnableNodeCliInspectArguments, true, /--inspect arguments are honoured/],
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, false, /asar integrity is not checked/],
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, undefined, /asar integrity is not checked/],
  ])('fails a package with fuse %i set to %s', async (fuse, value, problem) => {
    const settings: Record<number, boolean | undefined> = {
      ...fuseSettings('org.handbook.lower-back-cramps'),
    };
    settings[fuse] = value;
    packApp(settings as Record<number, boolean>);
    const { ok, lines } = await run();
    expect(ok).toBe(false);
    expect(lines).toEqual([expect.stringMatching(problem)]);
  });
});
