import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BaseWindow, SaveDialogReturnValue, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_E2E_HOOKS } from './e2e-hooks';
import { createBridgeServices, DIALOG_ALREADY_OPEN, type BridgeServiceDeps } from './bridge-services';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'services-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Two windows, each with its page; the save dialog and the link question stay open until closed. */
function setup() {
  const windows = [{ id: 1 }, { id: 2 }] as unknown as BaseWindow[];
  const page = (win: BaseWindow) =>
    ({ win, print: vi.fn(), printToPDF: vi.fn(async () => new Uint8Array()) }) as unknown as WebContents & {
      print: ReturnType<typeof vi.fn>;
    };
  const [first, second] = [page(windows[0]!), page(windows[1]!)];
  const closeDialogs: (() => void)[] = [];
  const showSaveDialog = vi.fn(
    () =>
      new Promise<SaveDialogReturnValue>((resolve) =>
        closeDialogs.push(() => resolve({ canceled: true, filePath: '' })),
      ),
  );
  const openExternal = vi.fn(() => new Promise<boolean>((resolve) => closeDialogs.push(() => resolve(true))));
  const deps: BridgeServiceDeps = {
    app: { getVersion: () => '1.0.0', getPath: () => dir },
    dialog: { showSaveDialog } as unknown as BridgeServiceDeps['dialog'],
    rendererRoot: dir,
    hooks: NO_E2E_HOOKS,
    windowOf: (contents) => (contents as unknown as { win: BaseWindow }).win,
    openExternal,
  };
  const closeAll = () => closeDialogs.splice(0).forEach((close) => close());
  return { services: createBridgeServices(deps), first, second, showSaveDialog, openExternal, closeAll };
}

const request = { suggestedName: 'Handout', pageSize: 'A4' } as const;

describe('one native dialog at a time per window', () => {
  it('refuses a second dialog while one is open in the same window, at once and without queueing it', async () => {
    const { services, first, showSaveDialog, openExternal, closeAll } = setup();
    const saving = services.saveAsPdf(first, request);
    expect(await services.saveAsPdf(first, request)).toEqual(DIALOG_ALREADY_OPEN);
    // A fake opener: nothing is opened in these tests.
    expect(await services.openExternal(first, 'https://www.nhs.uk/')).toBe(false); // eng-disable OPEN_EXTERNAL_JS_CHECK
    await services.print(first);
    expect(first.print).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
    expect(showSaveDialog).toHaveBeenCalledTimes(1);
    closeAll();
    expect(await saving).toEqual({ status: 'cancelled' });
    // Closed: the next one opens (and nothing refused earlier opens late).
    const asking = services.openExternal(first, 'https://www.nhs.uk/'); // eng-disable OPEN_EXTERNAL_JS_CHECK
    expect(openExternal).toHaveBeenCalledTimes(1);
    closeAll();
    expect(await asking).toBe(true);
    expect(showSaveDialog).toHaveBeenCalledTimes(1);
  });

  it('lets another window open its own dialog meanwhile', async () => {
    const { services, first, second, showSaveDialog, closeAll } = setup();
    const one = services.saveAsPdf(first, request);
    const two = services.saveAsPdf(second, request);
    expect(showSaveDialog).toHaveBeenCalledTimes(2);
    closeAll();
    expect(await Promise.all([one, two])).toEqual([{ status: 'cancelled' }, { status: 'cancelled' }]);
  });
});
