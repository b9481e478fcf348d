import { findWords } from '../../../shared/search/snippet';

/** Class of the marks we add, so they can be styled and removed without touching the author's own marks. */
export const HIT_CLASS = 'search-hit';

// NodeFilter constants, spelled out so this runs in any DOM (and its tests in happy-dom).
const SHOW_TEXT = 4;
const ACCEPT = 1;
const REJECT = 2;
const SKIPPED = new Set(['MARK', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'BUTTON']);

/**
 * Wraps each word of `root` that is one of `words` (in any case) in `<mark class="search-hit">`.
 * `words` are a search result's matched words (`SearchResult.terms`): the forms that the result's
 * own section holds, which the search engine, in its worker, matched by stem, typo and synonym.
 * So the page only compares words and never loads the engine; a form found only in another
 * section of the article is not marked. Text already inside a mark is left alone. Returns the
 * new marks in document order.
 */
export function highlightTerms(root: Element, words: string[]): HTMLElement[] {
  const wanted = new Set(words.map((word) => word.toLowerCase()));
  if (wanted.size === 0) return [];
  const isHit = (word: string): boolean => wanted.has(word.toLowerCase());

  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, SHOW_TEXT, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
        if (SKIPPED.has(el.tagName)) return REJECT;
      }
      return ACCEPT;
    },
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);

  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const text = node.data;
    const hits = findWords(text).filter((w) => isHit(w.text));
    if (hits.length === 0) continue;
    const fragment = doc.createDocumentFragment();
    let pos = 0;
    for (const hit of hits) {
      fragment.append(text.slice(pos, hit.start));
      const mark = doc.createElement('mark');
      mark.className = HIT_CLASS;
      mark.textContent = hit.text;
      fragment.append(mark);
      marks.push(mark);
      pos = hit.end;
    }
    fragment.append(text.slice(pos));
    node.replaceWith(fragment);
  }
  return marks;
}

/** Removes the marks `highlightTerms` added and re-joins the text they split. */
export function clearHighlights(root: Element): void {
  for (const mark of root.querySelectorAll(`mark.${HIT_CLASS}`)) {
    mark.replaceWith(...mark.childNodes);
  }
  root.normalize();
}
