const HIT_CLASS = 'find-hit';

/** Removes earlier find highlights, joining the text back as it was. */
export function clearFindHits(root: HTMLElement): void {
  for (const mark of Array.from(root.querySelectorAll(`mark.${HIT_CLASS}`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    parent.replaceChild(document.createTextNode(mark.textContent ?? ''), mark);
    parent.normalize();
  }
}

/**
 * Wraps every case-insensitive occurrence of `query` in the text under `root` in a mark and
 * returns the marks in reading order. Works on text nodes only, so links and markup survive.
 * Navigation inside `root` (breadcrumbs, previous and next) is not the text being read: its
 * matches would only be counted first and get in the way.
 */
export function markFindHits(root: HTMLElement, query: string): HTMLElement[] {
  clearFindHits(root);
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('nav') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const hits: HTMLElement[] = [];
  for (const node of nodes) {
    const text = node.data;
    const lower = text.toLocaleLowerCase();
    let from = 0;
    let at = lower.indexOf(needle, from);
    if (at < 0) continue;
    const fragment = document.createDocumentFragment();
    while (at >= 0) {
      fragment.append(text.slice(from, at));
      const mark = document.createElement('mark');
      mark.className = HIT_CLASS;
      mark.textContent = text.slice(at, at + needle.length);
      fragment.append(mark);
      hits.push(mark);
      from = at + needle.length;
      at = lower.indexOf(needle, from);
    }
    fragment.append(text.slice(from));
    node.replaceWith(fragment);
  }
  return hits;
}
