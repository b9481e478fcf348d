// @ts-check
/**
 * electron-builder afterPack hook: flips Electron's fuses in the packaged binary before it
 * is signed, so the shipped app cannot be turned back into a general Node runtime.
 *
 * Plain JavaScript on purpose: electron-builder loads hooks with Node (20 here), which cannot
 * import TypeScript. The fuse table is a pure function, unit-tested in src/build/desktop/fuses.test.ts.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * The fuse settings for a build. `HANDBOOK_E2E_BUILD=1` marks the build the Playwright
 * `_electron` suite drives: Playwright attaches through `--inspect`/`--remote-debugging-port`
 * arguments, so only EnableNodeCliInspectArguments stays on there. Everything else is the
 * same as a release.
 * @param {Readonly<Record<string, string | undefined>>} env
 */
export function fuseSettings(env) {
  const e2e = env.HANDBOOK_E2E_BUILD === '1';
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

/**
 * The packaged app's resources folder (process.resourcesPath at run time).
 * @param {Parameters<typeof electronBinaryPath>[0]} context
 */
export function resourcesDir(context) {
  const { electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return join(context.appOutDir, `${packager.appInfo.productFilename}.app`, 'Contents', 'Resources');
  }
  return join(context.appOutDir, 'resources');
}

/** Must match E2E_BUILD_MARKER in src/main/e2e-hooks.ts. */
export const E2E_BUILD_MARKER = 'handbook-e2e-build';

/** @param {import('electron-builder').AfterPackContext} context */
export default async function afterPack(context) {
  if (process.env.HANDBOOK_E2E_BUILD === '1') {
    // Lets this package (only) accept the HANDBOOK_E2E=1 test hooks; see src/main/e2e-hooks.ts.
    await writeFile(
      join(resourcesDir(/** @type {any} */ (context)), E2E_BUILD_MARKER),
      'e2e build: test hooks allowed\n',
    );
  }
  await flipFuses(electronBinaryPath(/** @type {any} */ (context)), {
    version: FuseVersion.V1,
    // Flipping fuses invalidates the ad-hoc signature; Apple Silicon will not run it unless it is
    // re-signed (electron-builder's real signing happens after this hook).
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
    ...fuseSettings(process.env),
  });
}
