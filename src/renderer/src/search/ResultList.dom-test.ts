import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../shared/search/types';
import ResultList from './ResultList.svelte';

const result = (i: number): SearchResult => ({
  id: `page-${i >> 1}#s${i}`,
  slug: `page-${i >> 1}`,
  anchor: `s${i}`,
  title: `Page ${i >> 1}`,
  heading: `Section ${i}`,
  score: 20 - i,
  snippet: `Ease a <mark>cramp</mark> &amp; a &lt;b&gt;spasm ${i}`,
  terms: ['cramp'],
});
const RESULTS = Array.from({ length: 20 }, (_, i) => result(i));

let app: Record<string, unknown> | undefined;
afterEach(() => {
  if (app) unmount(app);
  document.body.innerHTML = '';
});

function draw(activeIndex = -1) {
  const props = {
    results: RESULTS,
    activeIndex,
    idPrefix: 't',
    listId: 't-list',
    onChoose() {},
    onKeydown() {},
  };
  app = mount(ResultList, { target: document.body, props });
  flushSync();
  return () => document.querySelectorAll('[role="option"]');
}

describe('ResultList', () => {
  it("draws the first rows in the keystroke's frame and the rest once idle", async () => {
    const options = draw();
    expect(options()).toHaveLength(8);
    await new Promise((r) => setTimeout(r, 20));
    flushSync();
    expect(options()).toHaveLength(20);
    expect(options()[19]!.id).toBe('t-opt-19');
  });

  it('draws every row at once when the arrow keys are past the first ones', () => {
    const options = draw(19);
    expect(options()).toHaveLength(20);
    expect(options()[19]!.getAttribute('aria-selected')).toBe('true');
  });

  it('marks matched words as elements and never parses the snippet as markup', () => {
    const options = draw();
    const snippet = options()[0]!.querySelector('.snippet')!;
    expect(snippet.textContent).toBe('Ease a cramp & a <b>spasm 0');
    expect([...snippet.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['cramp']);
    expect(snippet.querySelector('b')).toBeNull();
  });
});
