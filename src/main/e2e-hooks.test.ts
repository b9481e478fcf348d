import { describe, expect, it } from 'vitest';
import { NO_E2E_HOOKS, readE2eHooks } from './e2e-hooks';

describe('readE2eHooks', () => {
  it('gives no hooks unless HANDBOOK_E2E=1', () => {
    expect(readE2eHooks({}, true)).toEqual(NO_E2E_HOOKS);
    expect(readE2eHooks({ HANDBOOK_E2E: 'true', HANDBOOK_E2E_PDF_PATH: '/tmp/x.pdf' }, true)).toEqual(
      NO_E2E_HOOKS,
    );
  });
  it('gives no hooks in a release package, whatever the environment says', () => {
    expect(readE2eHooks({ HANDBOOK_E2E: '1', HANDBOOK_E2E_PDF_PATH: '/tmp/x.pdf' }, false)).toEqual(
      NO_E2E_HOOKS,
    );
  });
  it('reads absolute paths only', () => {
    expect(
      readE2eHooks(
        { HANDBOOK_E2E: '1', HANDBOOK_E2E_PDF_PATH: '/tmp/x.pdf', HANDBOOK_E2E_USER_DATA: 'rel' },
        true,
      ),
    ).toEqual({
      pdfOutputPath: '/tmp/x.pdf',
      userDataDir: null,
      declineExternal: true,
    });
  });
});
