export type ShortcutAction =
  | 'back'
  | 'forward'
  | 'previous-page'
  | 'next-page'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'find'
  | 'print';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** True when focus is in a text field, where plain letters are typing, not commands. */
  inTextField: boolean;
}

/** Maps a key press to a reader command; Ctrl on Windows/Linux and Cmd on macOS are alike. */
export function shortcutFor(e: KeyLike): ShortcutAction | null {
  const mod = e.ctrlKey || e.metaKey;
  if (e.altKey && !mod && e.key === 'ArrowLeft') return 'back';
  if (e.altKey && !mod && e.key === 'ArrowRight') return 'forward';
  if (mod && !e.altKey) {
    if (e.key === '+' || e.key === '=') return 'zoom-in';
    if (e.key === '-' || e.key === '_') return 'zoom-out';
    if (e.key === '0') return 'zoom-reset';
    if (e.key.toLowerCase() === 'f' && !e.shiftKey) return 'find';
    if (e.key.toLowerCase() === 'p' && !e.shiftKey) return 'print';
    return null;
  }
  if (!e.inTextField && !e.altKey && !mod) {
    if (e.key === '[') return 'previous-page';
    if (e.key === ']') return 'next-page';
  }
  return null;
}
