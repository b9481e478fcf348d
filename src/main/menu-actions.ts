import type { BaseWindow, Dialog, WebContents } from 'electron';
import { MENU_CHANNEL, type AppInfo, type MenuCommand } from '@shared/bridge';
import { aboutMessage } from './app-info';

type MenuWindow = BaseWindow & { webContents: Pick<WebContents, 'send'> };

export interface MenuActionDeps {
  dialog: Pick<Dialog, 'showMessageBox'>;
  /** The focused window, else the main window, else null. */
  currentWindow(): MenuWindow | null;
  getAppInfo(): Promise<AppInfo>;
  productName: string;
}

/** What the menu's items do: reader commands go to the focused window, About is a native dialog. */
export function createMenuActions(deps: MenuActionDeps) {
  return {
    send(command: MenuCommand): void {
      const win = deps.currentWindow();
      if (win && !win.isDestroyed()) win.webContents.send(MENU_CHANNEL, command);
    },
    async about(): Promise<void> {
      const { message, detail } = aboutMessage(deps.productName, await deps.getAppInfo());
      const options = {
        type: 'info' as const,
        title: `About ${deps.productName}`,
        message,
        detail,
        buttons: ['OK'],
      };
      const win = deps.currentWindow();
      await (win ? deps.dialog.showMessageBox(win, options) : deps.dialog.showMessageBox(options));
    },
  };
}
