import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '@shared/bridge';
import { buildMenuTemplate } from './menu';

type Item = MenuItemConstructorOptions;
const items = (template: Item[]): Item[] =>
  template.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);
const top = (template: Item[], label: string) => template.find((i) => i.label?.replace('&', '') === label);
const sub = (item: Item | undefined) => (Array.isArray(item?.submenu) ? item.submenu : []);
const byLabel = (template: Item[], label: string) =>
  items(template).find((i) => i.label === label && i.visible !== false);

function build(platform: NodeJS.Platform) {
  const sent: MenuCommand[] = [];
  const about = vi.fn();
  const template = buildMenuTemplate(platform, (c) => sent.push(c), { about });
  const click = (label: string) => (byLabel(template, label)!.click as () => void)();
  return { template, sent, about, click };
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Go, Help on Windows and Linux; the app menu first on macOS', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(build(platform).template.map((i) => i.label)).toEqual([
        '&File',
        '&Edit',
        '&View',
        '&Go',
        '&Help',
      ]);
    }
    const mac = build('darwin').template;
    expect(mac.map((i) => i.label)).toEqual([
      'Lower Back Cramps Handbook',
      '&File',
      '&Edit',
      '&View',
      '&Go',
      '&Help',
    ]);
    expect(sub(mac[0]).map((i) => i.role ?? i.label)).toEqual(
      expect.arrayContaining(['About Lower Back Cramps Handbook', 'hide', 'quit']),
    );
  });

  it.each([
    ['Print…', 'print-page', 'CmdOrCtrl+P'],
    ['Print handout', 'print-handout', 'CmdOrCtrl+Alt+P'],
    ['Save as PDF…', 'save-pdf', 'CmdOrCtrl+Shift+S'],
    ['Zoom In', 'zoom-in', 'CmdOrCtrl+='],
    ['Zoom Out', 'zoom-out', 'CmdOrCtrl+-'],
    ['Actual Size', 'zoom-reset', 'CmdOrCtrl+0'],
    ['Find in Page…', 'find-in-page', 'CmdOrCtrl+F'],
    ['Urgent Help', 'go-urgent', 'CmdOrCtrl+Shift+U'],
    ['Search…', 'focus-search', 'CmdOrCtrl+K'],
    ['Follow System', 'theme-system', undefined],
    ['Light', 'theme-light', undefined],
    ['Dark', 'theme-dark', undefined],
    ['High Contrast', 'theme-contrast', undefined],
    ['Disclaimer', 'show-disclaimer', undefined],
  ])('%s sends %s (accelerator %s)', (label, command, accelerator) => {
    const { template, sent, click } = build('linux');
    expect(byLabel(template, label)?.accelerator).toBe(accelerator);
    click(label);
    expect(sent).toEqual([command]);
  });

  it('uses platform accelerators for Back, Forward and Home', () => {
    const linux = build('linux').template;
    const mac = build('darwin').template;
    expect(byLabel(linux, 'Back')?.accelerator).toBe('Alt+Left');
    expect(byLabel(mac, 'Back')?.accelerator).toBe('Cmd+[');
    expect(byLabel(linux, 'Forward')?.accelerator).toBe('Alt+Right');
    expect(byLabel(mac, 'Forward')?.accelerator).toBe('Cmd+]');
    expect(byLabel(linux, 'Home')?.accelerator).toBe('Alt+Home');
  });

  it('Go menu sends back, forward and home', () => {
    const { sent, click } = build('win32');
    click('Back');
    click('Forward');
    click('Home');
    expect(sent).toEqual(['go-back', 'go-forward', 'go-home']);
  });

  it('has Quit in File (not on macOS), standard Edit roles and full screen', () => {
    const { template } = build('linux');
    expect(sub(top(template, 'File')).some((i) => i.role === 'quit')).toBe(true);
    expect(
      sub(top(template, 'Edit'))
        .map((i) => i.role)
        .filter(Boolean),
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(items(template).some((i) => i.role === 'togglefullscreen')).toBe(true);
    expect(sub(top(build('darwin').template, 'File')).some((i) => i.role === 'quit')).toBe(false);
  });

  it('About opens the native dialog instead of sending a command', () => {
    const { about, sent, click } = build('linux');
    click('About');
    expect(about).toHaveBeenCalledTimes(1);
    expect(sent).toEqual([]);
  });

  it('sends only known MENU_COMMANDS and has no devtools or reload items', () => {
    const { template, sent } = build('linux');
    for (const item of items(template))
      if (typeof item.click === 'function' && item.label !== 'About') (item.click as () => void)();
    for (const command of sent) expect(MENU_COMMANDS).toContain(command);
    expect(
      items(template).some(
        (i) => i.role === 'toggleDevTools' || i.role === 'reload' || i.role === 'forceReload',
      ),
    ).toBe(false);
  });
});
