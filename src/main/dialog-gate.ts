/**
 * One native dialog at a time per window. A page could otherwise stack print, save and
 * open-link dialogs without limit (each modal, each holding the main process's attention);
 * a request while one is open is refused at once with `refused`, never queued.
 */
export function createDialogGate() {
  const open = new WeakSet<object>();
  return async function oneDialogAtATime<T>(window: object, refused: T, show: () => Promise<T>): Promise<T> {
    if (open.has(window)) return refused;
    open.add(window);
    try {
      return await show();
    } finally {
      open.delete(window);
    }
  };
}
