import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '@shared/bridge';
import { commandTable, mouseCommandFor, READER_COMMANDS, runCommand, type ReaderActions } from './commands';

function fakeActions(): ReaderActions {
  return {
    back: vi.fn(),
    forward: vi.fn(),
    neighbour: vi.fn(),
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

describe('the command table', () => {
  it('has an entry for every command the native menu can send, and the keyboard’s own', () => {
    const table = commandTable(fakeActions());
    expect(Object.keys(table).sort()).toEqual([...READER_COMMANDS].sort());
    expect(READER_COMMANDS).toEqual(expect.arrayContaining([...MENU_COMMANDS]));
  });

  it('runs the matching action', () => {
    const actions = fakeActions();
    const table = commandTable(actions);
    runCommand(table, 'zoom-out');
    runCommand(table, 'theme-contrast');
    runCommand(table, 'show-disclaimer');
    runCommand(table, 'next-page');
    runCommand(table, 'print-handout');
    expect(actions.zoom).toHaveBeenCalledWith(-1);
    expect(actions.theme).toHaveBeenCalledWith('contrast');
    expect(actions.showDisclaimer).toHaveBeenCalledOnce();
    expect(actions.neighbour).toHaveBeenCalledWith('next');
    expect(actions.printPage).not.toHaveBeenCalled();
  });

  it('takes the mouse’s back and forward buttons, and no other', () => {
    expect([3, 4, 0, 1, 2].map(mouseCommandFor)).toEqual(['go-back', 'go-forward', null, null, null]);
  });
});
