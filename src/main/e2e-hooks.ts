/**
 * Test hooks for the Playwright `_electron` suite, read only by a development or e2e build
 * (`npm run build:e2e`; a release bundle does not contain this reader) and only when
 * HANDBOOK_E2E=1 is in the environment at launch (the suite sets it).
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

export function readE2eHooks(env: Readonly<Record<string, string | undefined>>): E2eHooks {
  if (env.HANDBOOK_E2E !== '1') return NO_E2E_HOOKS;
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
