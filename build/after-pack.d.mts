export declare function fuseSettings(
  env: Readonly<Record<string, string | undefined>>,
): Record<number, boolean>;
export declare function electronBinaryPath(context: {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}): string;
declare function afterPack(context: unknown): Promise<void>;
export default afterPack;
