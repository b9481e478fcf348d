// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { clearHighlights, highlightTerms } from './highlight-terms';

function article(html: string): HTMLElement {
  const el = document.createElement('article');
  el.innerHTML = html;
  return el;
}

describe('highlightTerms', () => {
  it("marks the result's words in any case, and only those words", () => {
    const el = article('<p>A <b>Cramp</b> or cramping back. Cramps ease.</p>');
    const marks = highlightTerms(el, ['cramp', 'cramping']);
    expect(marks.map((m) => m.textContent)).toEqual(['Cramp', 'cramping']);
    expect(el.innerHTML).toContain('<b><mark class="search-hit">Cramp</mark></b>');
  });

  it('skips existing marks and scripts', () => {
    const el = article('<p><mark>back</mark> back</p><script>back</script>');
    expect(highlightTerms(el, ['back'])).toHaveLength(1);
    expect(el.querySelectorAll('mark').length).toBe(2);
  });

  it('clearHighlights restores the original text', () => {
    const html = '<p>Sciatica: pain down the leg. <mark>kept</mark></p>';
    const el = article(html);
    highlightTerms(el, ['sciatica', 'leg']);
    clearHighlights(el);
    expect(el.innerHTML).toBe(html);
    expect(el.querySelector('p')!.childNodes.length).toBe(2);
  });

  it('does nothing for empty or odd terms', () => {
    const el = article('<p>text</p>');
    expect(highlightTerms(el, ['', '~*', '😣'])).toEqual([]);
  });
});
