import { OPENING_ATTRIBUTES } from '@shared/opening-screen';

type Root = Pick<Element, 'getAttribute' | 'hasAttribute'>;

/**
 * Whether the first screen the desktop's main process drew into the page (see opening-screen.ts
 * in shared) is the one to keep: drawn for the route the page is at, from the store the
 * reader has just loaded (`store`, its fingerprint). A different route means the person followed
 * a link before the reader's script ran, or the page was opened elsewhere; a different store, that
 * it changed since the drawing (or could not be loaded). The reader then draws its own screen.
 */
export function keepDrawnScreen(root: Root, hash: string, store: string): boolean {
  const route = root.getAttribute(OPENING_ATTRIBUTES.route);
  if (!route || root.hasAttribute(OPENING_ATTRIBUTES.stale)) return false;
  return hash === route && root.getAttribute(OPENING_ATTRIBUTES.store) === store;
}

/** Lets the reader show what it draws itself, where a drawn screen was kept hidden (app.css). */
export function discardDrawnScreen(root: Pick<Element, 'removeAttribute'>): void {
  root.removeAttribute(OPENING_ATTRIBUTES.stale);
  root.removeAttribute(OPENING_ATTRIBUTES.placing);
}

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const changed = (field: Field) =>
  field instanceof HTMLSelectElement
    ? [...field.options].some((option) => option.selected !== option.defaultSelected)
    : field.value !== field.defaultValue;

/**
 * What the person typed or chose on the drawn screen before the reader ran (a search begun, a
 * region picked). Taking the screen over sets every field to the reader's state, which has not
 * seen those edits; the function returned puts them back and tells the reader, as if they had
 * just been made.
 */
export function editsBeforeTakeover(target: ParentNode): () => void {
  const edits = [...target.querySelectorAll<Field>('input, select, textarea')]
    .filter(changed)
    .map((field) => [field, field.value] as const);
  return () => {
    for (const [field, value] of edits) {
      if (!field.isConnected) continue;
      field.value = value;
      field.dispatchEvent(
        new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
      );
    }
  };
}
