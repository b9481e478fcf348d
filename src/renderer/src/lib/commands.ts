import { MENU_COMMANDS, type MenuCommand, type ThemeChoice } from '@shared/bridge';

/**
 * Everything a person can ask of the reader from outside the page's own controls: the native
 * menu's commands, plus the two the keyboard alone has. Keys (shortcuts.ts), mouse buttons and
 * the menu all name one of these, and one table (commandTable) does each.
 */
export type ReaderCommand = MenuCommand | 'previous-page' | 'next-page';

export const READER_COMMANDS: readonly ReaderCommand[] = [...MENU_COMMANDS, 'previous-page', 'next-page'];

/** What the reader does for its commands. */
export interface ReaderActions {
  back(): void;
  forward(): void;
  neighbour(which: 'previous' | 'next'): void;
  home(): void;
  urgentHelp(): void;
  zoom(direction: -1 | 0 | 1): void;
  find(): void;
  theme(theme: ThemeChoice): void;
  printPage(): void;
  focusSearch(): void;
  showDisclaimer(): void;
}

/** A command the print menu answers itself (it listens for the menu's own print commands). */
const PRINT_MENU = 'print-menu';
type Entry = (() => void) | typeof PRINT_MENU;

/** The one command table: typed as a Record, so a command added anywhere cannot go unhandled. */
export function commandTable(a: ReaderActions): Record<ReaderCommand, Entry> {
  return {
    'go-back': () => a.back(),
    'go-forward': () => a.forward(),
    'previous-page': () => a.neighbour('previous'),
    'next-page': () => a.neighbour('next'),
    'go-home': () => a.home(),
    'go-urgent': () => a.urgentHelp(),
    'zoom-in': () => a.zoom(1),
    'zoom-out': () => a.zoom(-1),
    'zoom-reset': () => a.zoom(0),
    'find-in-page': () => a.find(),
    'theme-light': () => a.theme('light'),
    'theme-dark': () => a.theme('dark'),
    'theme-contrast': () => a.theme('contrast'),
    'theme-system': () => a.theme('system'),
    'print-page': () => a.printPage(),
    'focus-search': () => a.focusSearch(),
    'show-disclaimer': () => a.showDisclaimer(),
    'print-handout': PRINT_MENU,
    'save-pdf': PRINT_MENU,
  };
}

export function runCommand(table: Record<ReaderCommand, Entry>, command: ReaderCommand): void {
  const entry = table[command];
  if (typeof entry === 'function') entry();
}

/** The mouse's back and forward buttons (3 and 4), which Electron does not handle itself. */
export function mouseCommandFor(button: number): ReaderCommand | null {
  return button === 3 ? 'go-back' : button === 4 ? 'go-forward' : null;
}
