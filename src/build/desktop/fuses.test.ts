import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { E2E_BUILD_MARKER as MAIN_MARKER } from '../../main/e2e-hooks';
import {
  E2E_BUILD_MARKER,
  electronBinaryPath,
  fuseSettings,
  resourcesDir,
} from '../../../build/after-pack.mjs';

describe('Electron fuses (build/after-pack.mjs)', () => {
  it('locks a release build down', () => {
    expect(fuseSettings({})).toEqual({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('keeps only inspection on for the e2e build', () => {
    const release = fuseSettings({});
    const e2e = fuseSettings({ HANDBOOK_E2E_BUILD: '1' });
    expect(e2e[FuseV1Options.EnableNodeCliInspectArguments]).toBe(true);
    expect({ ...e2e, [FuseV1Options.EnableNodeCliInspectArguments]: false }).toEqual(release);
    expect(fuseSettings({ HANDBOOK_E2E_BUILD: 'yes' })[FuseV1Options.EnableNodeCliInspectArguments]).toBe(
      false,
    );
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

  it('writes the e2e marker where the app looks for it (process.resourcesPath)', () => {
    const packager = { appInfo: { productFilename: 'H' } };
    expect(E2E_BUILD_MARKER).toBe(MAIN_MARKER);
    expect(resourcesDir({ appOutDir: '/o', electronPlatformName: 'linux', packager })).toBe('/o/resources');
    expect(resourcesDir({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe('/o/resources');
    expect(resourcesDir({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe(
      '/o/H.app/Contents/Resources',
    );
  });
});
