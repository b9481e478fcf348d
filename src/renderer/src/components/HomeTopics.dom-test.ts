import { mount, unmount } from 'svelte';
import { afterEach, expect, it } from 'vitest';
import type { HandbookData } from '@shared/handbook-data';
import { indexHandbook } from '../lib/handbook-index';
import HomeTopics from './HomeTopics.svelte';
import { testPage } from './test-page';

let app: Record<string, unknown> | undefined;
afterEach(() => {
  if (app) unmount(app);
  document.body.innerHTML = '';
});

it('lists every topic but the home page, and no section heading with nothing under it', () => {
  const toc = [
    { title: 'Start', pages: ['home'] },
    { title: 'Causes', pages: ['strain', 'nerves'] },
  ];
  const data = {
    meta: { home: 'home' } as HandbookData['meta'],
    toc,
    pages: toc.flatMap((s) => s.pages.map((slug) => testPage(slug))),
    glossary: [],
    signs: [],
  } satisfies HandbookData;
  app = mount(HomeTopics, { target: document.body, props: { data, index: indexHandbook(data) } });
  expect([...document.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Causes']);
  expect([...document.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
    'Title of strain',
    'Title of nerves',
  ]);
});
