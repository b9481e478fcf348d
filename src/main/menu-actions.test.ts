import { describe, expect, it, vi } from 'vitest';
import { MENU_CHANNEL } from '@shared/bridge';
import { createMenuActions } from './menu-actions';

const info = { appVersion: '0.1.0', contentEdition: '2026.1', platform: 'desktop' as const };

function setup(window: unknown) {
  const dialog = { showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })) };
  const actions = createMenuActions({
    dialog: dialog as never,
    currentWindow: () => window as never,
    getAppInfo: async () => info,
    productName: 'Lower Back Cramps Handbook',
  });
  return { dialog, actions };
}

describe('menu actions', () => {
  it('sends reader commands to the current window on MENU_CHANNEL', () => {
    const win = { isDestroyed: () => false, webContents: { send: vi.fn() } };
    setup(win).actions.send('go-back');
    expect(win.webContents.send).toHaveBeenCalledWith(MENU_CHANNEL, 'go-back');
  });

  it('does nothing without a live window', () => {
    expect(() => setup(null).actions.send('go-home')).not.toThrow();
    const dead = { isDestroyed: () => true, webContents: { send: vi.fn() } };
    setup(dead).actions.send('go-home');
    expect(dead.webContents.send).not.toHaveBeenCalled();
  });

  it('About shows a native dialog with the app version and content edition', async () => {
    const win = { isDestroyed: () => false, webContents: { send: vi.fn() } };
    const { dialog, actions } = setup(win);
    await actions.about();
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      win,
      expect.objectContaining({
        message: 'Lower Back Cramps Handbook',
        detail: expect.stringContaining('Version 0.1.0'),
      }),
    );
    expect((dialog.showMessageBox.mock.calls[0] as unknown[])[1]).toMatchObject({
      detail: expect.stringContaining('2026.1'),
    });
  });
});
