export declare function fuseSettings(
  env: Readonly<Record<string, string | undefined>>,
): Record<number, boolean>;
export declare function electronBinaryPath(context: {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}): string;
export declare function resourcesDir(context: {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}): string;
export declare const E2E_BUILD_MARKER: string;
declare function afterPack(context: unknown): Promise<void>;
export default afterPack;
