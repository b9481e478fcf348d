export declare const FUSE: { off: number; on: number; removed: number };
export declare function fuseProblems(wire: Record<string | number, unknown>): string[];
export declare function packagedApps(distDir: string, pkg: { name: string; productName: string }): string[];
export declare function checkFuses(
  distDir: string,
  pkg: { name: string; productName: string },
  log: (line: string) => void,
): Promise<boolean>;
