import type { ThemeChoice } from './bridge.ts';

/** A theme as shown: "system" resolved to light or dark. */
export type ShownTheme = Exclude<ThemeChoice, 'system'>;

/** The theme shown for a choice: "system" follows the system's light or dark preference. */
export function shownTheme(choice: ThemeChoice, systemDark: boolean): ShownTheme {
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}

/**
 * Each theme's page background (`--bg` in styles/tokens.css, checked by a test). The desktop
 * window is filled with it before the reader paints, so a dark reader never opens on a white
 * window.
 */
export const THEME_BACKGROUND: Readonly<Record<ShownTheme, string>> = {
  light: '#ffffff',
  dark: '#15181c',
  contrast: '#000000',
};
