import { snippetParts } from '../../../shared/search/snippet';

/**
 * An attachment that fills its element with a result's snippet: text nodes, and a `<mark>` round
 * each matched word (corrected and synonym words included: the engine marked them). Built as DOM
 * nodes in one call, not a Svelte block and effect per piece: every keystroke redraws the rows,
 * so this runs about twenty times a keystroke. The snippet's HTML is never parsed, so nothing in
 * it can become markup. A row whose snippet did not change keeps its nodes: new nodes would be laid
 * out again in the keystroke's frame.
 */
const drawn = new WeakMap<HTMLElement, string>();

export function snippetMarks(snippet: string): (element: HTMLElement) => void {
  return (element) => {
    if (drawn.get(element) === snippet) return;
    drawn.set(element, snippet);
    const doc = element.ownerDocument;
    element.replaceChildren(
      ...snippetParts(snippet).map((part) => {
        if (!part.hit) return part.text;
        const mark = doc.createElement('mark');
        mark.textContent = part.text;
        return mark;
      }),
    );
  };
}
