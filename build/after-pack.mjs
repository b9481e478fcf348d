// @ts-check
/**
 * electron-builder afterPack hook: flips Electron's fuses in the packaged binary before it
 * is signed, so the shipped app cannot be turned back into a general Node runtime.
 *
 * Plain JavaScript on purpose: electron-builder loads hooks with Node (20 here), which cannot
 * import TypeScript. The fuse table is a pure function, unit-tested in src/build/desktop/fuses.test.ts.
 */
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/** The appId of the package the Playwright `_electron` suite drives (electron-builder.e2e.yml). */
export const E2E_APP_ID = 'org.handbook.lower-back-cramps.e2e';

/**
 * The fuse settings for a package. The e2e package (its own appId and name, so it never replaces
 * a release) keeps EnableNodeCliInspectArguments on: Playwright attaches through `--inspect` and
 * `--remote-debugging-port`. Everything else is the same as a release.
 * @param {string | null | undefined} appId
 */
export function fuseSettings(appId) {
  const e2e = appId === E2E_APP_ID;
  return {
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: e2e,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/**
 * Where the Electron binary is inside the packed app for each platform.
 * @param {{ appOutDir: string; electronPlatformName: string; packager: { appInfo: { productFilename: string }; executableName?: string } }} context
 */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas')
    return join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${name}.exe`);
  return join(appOutDir, packager.executableName ?? name);
}

/** @param {import('electron-builder').AfterPackContext} context */
export default async function afterPack(context) {
  await flipFuses(electronBinaryPath(/** @type {any} */ (context)), {
    version: FuseVersion.V1,
    // Flipping fuses invalidates the ad-hoc signature; Apple Silicon will not run it unless it is
    // re-signed (electron-builder's real signing happens after this hook).
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
    ...fuseSettings(context.packager.appInfo.id),
  });
}
