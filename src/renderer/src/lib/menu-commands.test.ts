import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '@shared/bridge';
import { menuCommandTable, runMenuCommand, type MenuActions } from './menu-commands';

function fakeActions(): MenuActions {
  return {
    back: vi.fn(),
    forward: vi.fn(),
    home: vi.fn(),
    urgentHelp: vi.fn(),
    zoom: vi.fn(),
    find: vi.fn(),
    theme: vi.fn(),
    printPage: vi.fn(),
    focusSearch: vi.fn(),
    showDisclaimer: vi.fn(),
  };
}

describe('menu commands', () => {
  it('has an entry for every command the native menu can send', () => {
    const table = menuCommandTable(fakeActions());
    expect(Object.keys(table).sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('runs the matching action', () => {
    const actions = fakeActions();
    const table = menuCommandTable(actions);
    runMenuCommand(table, 'zoom-out');
    runMenuCommand(table, 'theme-contrast');
    runMenuCommand(table, 'show-disclaimer');
    runMenuCommand(table, 'print-handout');
    expect(actions.zoom).toHaveBeenCalledWith(-1);
    expect(actions.theme).toHaveBeenCalledWith('contrast');
    expect(actions.showDisclaimer).toHaveBeenCalledOnce();
    expect(actions.printPage).not.toHaveBeenCalled();
  });
});
