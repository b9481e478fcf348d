import type { MenuCommand, ThemeChoice } from '@shared/bridge';

/** What the reader can do when the native menu asks; one entry per menu command. */
export interface MenuActions {
  back(): void;
  forward(): void;
  home(): void;
  urgentHelp(): void;
  zoom(direction: -1 | 0 | 1): void;
  find(): void;
  theme(theme: ThemeChoice): void;
  printPage(): void;
  focusSearch(): void;
  showDisclaimer(): void;
}

/**
 * The full command table: typed as a Record so a command added to the menu cannot go unhandled.
 * `print-handout` and `save-pdf` belong to the print menu, which listens for them itself.
 */
export function menuCommandTable(a: MenuActions): Record<MenuCommand, (() => void) | 'print-menu'> {
  return {
    'go-back': () => a.back(),
    'go-forward': () => a.forward(),
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
    'print-handout': 'print-menu',
    'save-pdf': 'print-menu',
  };
}

export function runMenuCommand(table: ReturnType<typeof menuCommandTable>, command: MenuCommand): void {
  const entry = table[command];
  if (typeof entry === 'function') entry();
}
