import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '../../../shared/search/build-index';
import { FIXTURE_DOCS, FIXTURE_SYNONYMS } from '../../../../test/fixtures/search/fixture-docs';
import { SearchEngine } from '../../../shared/search/search-engine';
import SearchBox from './SearchBox.svelte';
import { SearchClient, type SearchStatus } from './search-client';

const engine = SearchEngine.fromData({
  docs: FIXTURE_DOCS,
  index: buildSearchIndex(FIXTURE_DOCS),
  synonyms: FIXTURE_SYNONYMS,
});
const settle = async (ms = 30) => {
  await new Promise((r) => setTimeout(r, ms));
  flushSync();
};

let app: Record<string, unknown> | undefined;
afterEach(() => {
  if (app) unmount(app);
  document.body.innerHTML = '';
});

function setUp(load: () => Promise<SearchEngine> = async () => engine) {
  const onOpen = vi.fn();
  const createClient = (onStatus: (s: SearchStatus) => void) =>
    new SearchClient({ dataUrl: '', createWorker: () => null, loadEngine: load, onStatus });
  app = mount(SearchBox, { target: document.body, props: { onOpen, createClient } });
  const box = document.querySelector<HTMLInputElement>('input[type="search"]')!;
  const type = async (text: string) => {
    box.focus();
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
  };
  const key = async (k: string, target: EventTarget = box) => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    await settle(0);
  };
  return { onOpen, box, type, key };
}

describe('SearchBox', () => {
  it('is a labelled searchbox that lists marked results by page and opens one with the keyboard', async () => {
    const { box, type, key, onOpen } = setUp();
    expect(box.getAttribute('aria-label')).toBe('Search the handbook');
    await settle();
    await type('sciatica');
    const list = document.querySelector('[role="listbox"]')!;
    expect(list.getAttribute('aria-label')).toBe('Search results');
    const options = list.querySelectorAll('[role="option"]');
    expect(options.length).toBeGreaterThan(0);
    expect(options[0]!.querySelector('mark')!.textContent).toMatch(/sciatica/i);
    // Grouped under the page title (grouping itself: result-groups.test.ts).
    const group = list.querySelector('[role="group"]')!;
    const label = document.getElementById(group.getAttribute('aria-labelledby')!)!;
    expect(label.textContent!.trim()).toBe('Nerve-related pain');
    expect(group.querySelector('[role="option"]')).toBe(options[0]);
    expect(document.querySelector('[role="status"]')!.textContent).toMatch(/^\d+ results?$/);
    await key('ArrowDown');
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    await key('Enter');
    expect(onOpen).toHaveBeenCalledWith('nerves', '', expect.arrayContaining(['sciatica']));
    expect(document.querySelector('[role="listbox"]')).toBeNull();
  });

  it('says "Preparing search…" until ready, then answers the waiting query', async () => {
    let release!: (e: SearchEngine) => void;
    const { box, type } = setUp(() => new Promise((r) => (release = r)));
    await type('kidney');
    expect(box.placeholder).toBe('Preparing search…');
    expect(document.querySelector('[role="status"]')!.textContent).toBe('Preparing search…');
    release(engine);
    await settle();
    expect(document.querySelector('[role="option"]')!.textContent).toMatch(/Other medical causes/);
  });

  it('shows "No results" with did-you-mean buttons', async () => {
    const { type } = setUp();
    await settle();
    await type('foo:');
    expect(document.querySelector('[role="status"]')!.textContent).toBe('No results');
    const button = document.querySelector<HTMLButtonElement>('.suggestions button')!;
    expect(button.textContent).toBe('foot');
    button.click();
    await settle();
    expect(document.querySelectorAll('[role="option"]').length).toBeGreaterThan(0);
    // A corrected word still shows results, with the correction offered.
    await type('sciatca');
    expect(document.querySelector('[role="option"]')!.textContent).toMatch(/Nerve-related pain/);
    expect(document.querySelector('.suggestions button')!.textContent).toBe('sciatica');
  });

  it('focuses on / and Ctrl+K, but not while typing elsewhere; Escape closes', async () => {
    const { box, type, key } = setUp();
    const other = document.body.appendChild(document.createElement('textarea'));
    other.focus();
    await key('/', other);
    expect(document.activeElement).toBe(other);
    await key('k', document.body);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true }));
    expect(document.activeElement).toBe(box);
    await type('back');
    expect(document.querySelector('[role="listbox"]')).not.toBeNull();
    await key('Escape');
    expect(document.querySelector('[role="listbox"]')).toBeNull();
    expect(box.value).toBe('back');
  });
});
