import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchResult } from '../../../shared/search/types';
import ResultList from './ResultList.svelte';
import { snippetMarks } from './snippet-marks';

const result = (i: number): SearchResult => ({
  id: `page-${i >> 1}#s${i}`,
  slug: `page-${i >> 1}`,
  anchor: `s${i}`,
  title: `Page ${i >> 1}`,
  heading: `Section ${i}`,
  score: 20 - i,
  snippet: [
    { text: 'Ease a ', hit: false },
    { text: 'cramp', hit: true },
    { text: ` & a <b>spasm ${i}`, hit: false },
  ],
  terms: ['cramp'],
});
const RESULTS = Array.from({ length: 20 }, (_, i) => result(i));

let app: Record<string, unknown> | undefined;
afterEach(() => {
  if (app) unmount(app);
  document.body.innerHTML = '';
});

/** Resolves after the idle work queued so far (happy-dom runs idle callbacks as timers). */
const afterIdle = () => new Promise((resolve) => setTimeout(resolve, 0));

function draw(activeIndex = -1, current = true, scrolled = false) {
  const props = {
    results: RESULTS,
    current,
    activeIndex,
    scrolled,
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
    expect(options()).toHaveLength(5);
    await vi.waitFor(() => {
      flushSync();
      expect(options()).toHaveLength(20);
    });
    expect(options()[19]!.id).toBe('t-opt-19');
  });

  it('draws every row at once when the panel has been scrolled', () => {
    const options = draw(-1, false, true);
    expect(options()).toHaveLength(20);
  });

  it('keeps the rest back while the answer to newer typing is on its way', async () => {
    const options = draw(-1, false);
    await afterIdle();
    await afterIdle();
    flushSync();
    expect(options()).toHaveLength(5);
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

describe('snippetMarks', () => {
  it("keeps a row's nodes when its snippet is unchanged and redraws them when it changed", () => {
    const row = document.createElement('span');
    const snippet = (word: string) => [
      { text: 'a ', hit: false },
      { text: word, hit: true },
    ];
    snippetMarks(snippet('cramp'))(row);
    const mark = row.querySelector('mark');
    snippetMarks(snippet('cramp'))(row);
    expect(row.querySelector('mark')).toBe(mark);
    snippetMarks(snippet('spasm'))(row);
    expect(row.querySelector('mark')?.textContent).toBe('spasm');
  });
});
