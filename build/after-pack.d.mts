export declare const E2E_APP_ID: string;
export declare function fuseSettings(appId: string | null | undefined): Record<number, boolean>;
export declare function electronBinaryPath(context: {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}): string;
declare function afterPack(context: unknown): Promise<void>;
export default afterPack;
