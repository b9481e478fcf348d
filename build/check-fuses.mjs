// @ts-check
/**
 * `npm run security:fuses`: reads the fuses of every packaged app in dist/ (what `npm run dist`
 * leaves there) and fails if one could be turned into a general Node runtime or debugged:
 * RunAsNode, the NODE_OPTIONS variable or the inspect arguments on, or asar integrity checking
 * off. With no packaged app it says it skipped the check and why (CI cannot download Electron).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { electronBinaryPath } from './after-pack.mjs';

/** Fuse states as bytes in the binary ('0', '1', 'r'); @electron/fuses does not export them. */
export const FUSE = { off: 0x30, on: 0x31, removed: 0x72 };

/** Each fuse the check reads, the states a release may have, and what any other state means. */
const REQUIRED = /** @type {const} */ ([
  [FuseV1Options.RunAsNode, [FUSE.off, FUSE.removed], 'RunAsNode is on: ELECTRON_RUN_AS_NODE makes it Node'],
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable, [FUSE.off, FUSE.removed], 'NODE_OPTIONS is honoured'],
  [FuseV1Options.EnableNodeCliInspectArguments, [FUSE.off, FUSE.removed], '--inspect arguments are honoured'],
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, [FUSE.on], 'asar integrity is not checked'],
]);

/**
 * What is wrong with a fuse wire, one line each; empty when it is a release's.
 * @param {Record<string | number, unknown>} wire as getCurrentFuseWire reads it
 */
function fuseProblems(wire) {
  return REQUIRED.filter(
    ([fuse, allowed]) => !(/** @type {readonly unknown[]} */ (allowed).includes(wire[fuse])),
  ).map(([, , problem]) => problem);
}

/**
 * The Electron binary of each packaged app electron-builder left in `distDir`
 * (linux-unpacked, win-unpacked, mac, mac-arm64…), named as after-pack.mjs names them.
 * @param {string} distDir
 * @param {{ name: string; productName: string }} pkg
 */
function packagedApps(distDir, pkg) {
  if (!existsSync(distDir)) return [];
  /** @type {string[]} */
  const found = [];
  for (const entry of readdirSync(distDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const platform = entry.name.startsWith('mac')
      ? 'darwin'
      : /^win.*-unpacked$/.test(entry.name)
        ? 'win32'
        : /^linux.*-unpacked$/.test(entry.name)
          ? 'linux'
          : null;
    if (!platform) continue;
    const binary = electronBinaryPath({
      appOutDir: join(distDir, entry.name),
      electronPlatformName: platform,
      packager: { appInfo: { productFilename: pkg.productName }, executableName: pkg.name },
    });
    if (existsSync(binary)) found.push(binary);
  }
  return found;
}

/**
 * @param {string} distDir
 * @param {{ name: string; productName: string }} pkg
 * @param {(line: string) => void} log
 * @returns {Promise<boolean>} whether every packaged app passed (true when there is none)
 */
export async function checkFuses(distDir, pkg, log) {
  const apps = packagedApps(distDir, pkg);
  if (apps.length === 0) {
    log(
      `security:fuses: skipped: no packaged app in ${distDir} (npm run dist makes one; it downloads Electron)`,
    );
    return true;
  }
  let ok = true;
  for (const app of apps) {
    const problems = fuseProblems(await getCurrentFuseWire(app));
    for (const problem of problems) log(`FAIL  ${app}: ${problem}`);
    if (problems.length === 0) log(`ok    ${app}: fuses as a release needs them`);
    ok &&= problems.length === 0;
  }
  return ok;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(import.meta.dirname, '..');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const ok = await checkFuses(join(root, 'dist'), pkg, (line) => console.log(line));
  process.exitCode = ok ? 0 : 1;
}
