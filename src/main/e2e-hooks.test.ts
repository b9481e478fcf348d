import { describe, expect, it } from 'vitest';
import { NO_E2E_HOOKS, readE2eHooks } from './e2e-hooks';

// That a release bundle never reads them is tested in index.release.test.ts.
describe('readE2eHooks', () => {
  it('gives no hooks unless HANDBOOK_E2E=1', () => {
    expect(readE2eHooks({})).toEqual(NO_E2E_HOOKS);
    expect(readE2eHooks({ HANDBOOK_E2E: 'true', HANDBOOK_E2E_PDF_PATH: '/tmp/x.pdf' })).toEqual(NO_E2E_HOOKS);
  });
  it('reads absolute paths only', () => {
    expect(
      readE2eHooks({ HANDBOOK_E2E: '1', HANDBOOK_E2E_PDF_PATH: '/tmp/x.pdf', HANDBOOK_E2E_USER_DATA: 'rel' }),
    ).toEqual({
      pdfOutputPath: '/tmp/x.pdf',
      userDataDir: null,
      declineExternal: true,
    });
  });
});
