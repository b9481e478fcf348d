import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/bridge';

export interface MenuActions {
  /** Native About dialog (version and content edition). */
  about(): void;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

/**
 * The application menu as plain data. Reader actions are sent as MENU_COMMANDS (the caller's
 * `send` forwards them to the focused window over MENU_CHANNEL); window and editing actions
 * use Electron's built-in roles. On macOS the first menu is the app menu.
 */
export function buildMenuTemplate(
  platform: NodeJS.Platform,
  send: (command: MenuCommand) => void,
  actions: MenuActions,
  productName = 'Lower Back Cramps Handbook',
): Item[] {
  const mac = platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator?: string): Item => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(cmd),
  });
  const about: Item = { label: mac ? `About ${productName}` : 'About', click: () => actions.about() };

  const appMenu: Item = {
    label: productName,
    submenu: [
      about,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const file: Item = {
    label: '&File',
    submenu: [
      command('Print…', 'print-page', 'CmdOrCtrl+P'),
      command('Print handout', 'print-handout', 'CmdOrCtrl+Alt+P'),
      command('Save as PDF…', 'save-pdf', 'CmdOrCtrl+Shift+S'),
      separator,
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };
  const edit: Item = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: Item = {
    label: '&View',
    submenu: [
      command('Zoom In', 'zoom-in', 'CmdOrCtrl+='),
      // A second, hidden entry so Ctrl/Cmd with the "+" key (shifted "=" on many layouts) works too.
      {
        ...command('Zoom In', 'zoom-in', 'CmdOrCtrl+Plus'),
        visible: false,
        acceleratorWorksWhenHidden: true,
      },
      command('Zoom Out', 'zoom-out', 'CmdOrCtrl+-'),
      command('Actual Size', 'zoom-reset', 'CmdOrCtrl+0'),
      separator,
      {
        label: 'Theme',
        submenu: [
          command('Follow System', 'theme-system'),
          command('Light', 'theme-light'),
          command('Dark', 'theme-dark'),
          command('High Contrast', 'theme-contrast'),
        ],
      },
      separator,
      { role: 'togglefullscreen', accelerator: mac ? 'Ctrl+Cmd+F' : 'F11' },
      command('Find in Page…', 'find-in-page', 'CmdOrCtrl+F'),
    ],
  };
  const go: Item = {
    label: '&Go',
    submenu: [
      command('Back', 'go-back', mac ? 'Cmd+[' : 'Alt+Left'),
      command('Forward', 'go-forward', mac ? 'Cmd+]' : 'Alt+Right'),
      command('Home', 'go-home', mac ? 'Cmd+Shift+H' : 'Alt+Home'),
      separator,
      command('Urgent Help', 'go-urgent', 'CmdOrCtrl+Shift+U'),
      command('Search…', 'focus-search', 'CmdOrCtrl+K'),
    ],
  };
  const help: Item = {
    role: 'help',
    label: '&Help',
    submenu: [...(mac ? [] : [about]), command('Disclaimer', 'show-disclaimer')],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, go, help];
}
