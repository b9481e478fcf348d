/**
 * Test hooks for the Playwright `_electron` suite, active only when HANDBOOK_E2E=1 is in the
 * environment at launch (the suite sets it) AND the app is unpackaged or the e2e package.
 * Each one only removes a native dialog; none widens what the page may do:
 * - pdfOutputPath: Save as PDF writes here instead of showing the save dialog.
 * - userDataDir: a throw-away profile folder.
 * - declineExternal: the "open in browser?" question answers Cancel without a dialog, so a
 *   test that tries to leave the app is never left with a native dialog open.
 */
export interface E2eHooks {
  pdfOutputPath: string | null;
  userDataDir: string | null;
  declineExternal: boolean;
}

export const NO_E2E_HOOKS: E2eHooks = { pdfOutputPath: null, userDataDir: null, declineExternal: false };

/**
 * File the afterPack hook writes into the resources folder of a HANDBOOK_E2E_BUILD=1 package.
 * A release package has no marker, so no environment variable can switch the hooks on there.
 */
export const E2E_BUILD_MARKER = 'handbook-e2e-build';

/** `allowed`: the app is unpackaged (`electron .`) or is the e2e package (marker present). */
export function readE2eHooks(env: Readonly<Record<string, string | undefined>>, allowed: boolean): E2eHooks {
  if (!allowed || env.HANDBOOK_E2E !== '1') return NO_E2E_HOOKS;
  const path = (name: string) => {
    const value = env[name];
    // Absolute paths only; a relative one would depend on the working folder.
    return value && (value.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(value)) ? value : null;
  };
  return {
    pdfOutputPath: path('HANDBOOK_E2E_PDF_PATH'),
    userDataDir: path('HANDBOOK_E2E_USER_DATA'),
    declineExternal: true,
  };
}
