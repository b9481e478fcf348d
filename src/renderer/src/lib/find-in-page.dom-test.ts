import { describe, expect, it } from 'vitest';
import { clearFindHits, markFindHits } from './find-in-page';

function article(): HTMLElement {
  const el = document.createElement('article');
  el.innerHTML =
    '<nav aria-label="Breadcrumb"><a href="#/">Home</a> › Heat and cold</nav>' +
    '<h1>Heat and cold</h1><p>Use <a href="#/g">heat</a> for a short time. HEAT helps.</p>' +
    '<nav aria-label="Previous and next"><a href="#/p">Heat again</a></nav>';
  document.body.append(el);
  return el;
}

describe('markFindHits', () => {
  it('marks every match in the text being read, in order, but none in its navigation', () => {
    const root = article();
    const hits = markFindHits(root, 'heat');
    expect(hits.map((h) => h.textContent)).toEqual(['Heat', 'heat', 'HEAT']);
    expect(root.querySelectorAll('nav mark')).toHaveLength(0);
    expect(root.querySelector('p a')?.textContent).toBe('heat');
    root.remove();
  });

  it('puts the text back as it was when cleared', () => {
    const root = article();
    const before = root.innerHTML;
    markFindHits(root, 'heat');
    clearFindHits(root);
    expect(root.innerHTML).toBe(before);
    root.remove();
  });
});
