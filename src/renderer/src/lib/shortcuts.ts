import type { ReaderCommand } from './commands';

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
export function shortcutFor(e: KeyLike): ReaderCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  if (e.altKey && !mod && e.key === 'ArrowLeft') return 'go-back';
  if (e.altKey && !mod && e.key === 'ArrowRight') return 'go-forward';
  if (mod && !e.altKey) {
    if (e.key === '+' || e.key === '=') return 'zoom-in';
    if (e.key === '-' || e.key === '_') return 'zoom-out';
    if (e.key === '0') return 'zoom-reset';
    if (e.key.toLowerCase() === 'f' && !e.shiftKey) return 'find-in-page';
    if (e.key.toLowerCase() === 'p' && !e.shiftKey) return 'print-page';
    return null;
  }
  if (!e.inTextField && !e.altKey && !mod) {
    if (e.key === '[') return 'previous-page';
    if (e.key === ']') return 'next-page';
  }
  return null;
}

/** The command a key press in the page asks for, if any. */
export function commandForKey(e: KeyboardEvent): ReaderCommand | null {
  const inTextField = !!(e.target as Element | null)?.closest?.(
    'input, textarea, select, [contenteditable="true"]',
  );
  const { key, ctrlKey, metaKey, altKey, shiftKey } = e;
  return shortcutFor({ key, ctrlKey, metaKey, altKey, shiftKey, inTextField });
}
