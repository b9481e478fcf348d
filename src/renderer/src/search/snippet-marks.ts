import type { SnippetPart } from '../../../shared/search/snippet';

/**
 * An attachment that fills its element with a result's snippet: text nodes, and a `<mark>` round
 * each matched word (corrected and synonym words included: the engine marked them). Built as DOM
 * nodes in one call, not a Svelte block and effect per piece: every keystroke redraws the rows,
 * so this runs about twenty times a keystroke. The snippet is text, so nothing in it can become
 * markup. A row whose snippet did not change keeps its nodes: new nodes would be laid out again
 * in the keystroke's frame.
 */
const drawn = new WeakMap<HTMLElement, readonly SnippetPart[]>();

export function snippetMarks(snippet: readonly SnippetPart[]): (element: HTMLElement) => void {
  return (element) => {
    const before = drawn.get(element);
    if (before && sameSnippet(before, snippet)) return;
    drawn.set(element, snippet);
    const doc = element.ownerDocument;
    element.replaceChildren(
      ...snippet.map((part) => {
        if (!part.hit) return part.text;
        const mark = doc.createElement('mark');
        mark.textContent = part.text;
        return mark;
      }),
    );
  };
}

/** Each keystroke's results are new objects: a row keeps its nodes when the words are the same. */
function sameSnippet(a: readonly SnippetPart[], b: readonly SnippetPart[]): boolean {
  return a.length === b.length && a.every((part, i) => part.text === b[i]!.text && part.hit === b[i]!.hit);
}
