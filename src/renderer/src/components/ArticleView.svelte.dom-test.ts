import { flushSync, mount, unmount } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { joinPage, type HandbookData, type Page, type Region } from '@shared/handbook-data';
import { defaultStore } from '@shared/reader-store';
import type { HandbookBridge } from '@shared/bridge';
import { indexHandbook } from '../lib/handbook-index';
import { ReaderPrefs } from '../state/reader-prefs.svelte';
import ArticleView from './ArticleView.svelte';
import { testPage } from './test-page';

function page(slug: string, html: string): Page {
  return testPage(slug, { html, headings: [], sources: [], keywords: [] });
}

const pages = [
  page(
    'self-care',
    '<p>Most <a class="term" href="#/page/glossary#cramp" data-term="cramp">cramps</a> ease. ' +
      'See <a href="https://www.nhs.uk/" data-external>the NHS</a>.</p>',
  ),
  page(
    'urgent-help',
    '<p>Call <span class="region-emergency">your local emergency number</span> now, or get advice today ' +
      'from <span class="region-urgent">your doctor</span>. In pregnancy call ' +
      '<span class="region-maternity">your midwife</span>; or see <span class="region-doctor">a doctor</span>.</p>',
  ),
  // Not opened yet: its text loads when the page is opened, as in the reader.
  joinPage({
    slug: 'glossary',
    title: 'Glossary',
    summary: '',
    reviewed: '2026-11-25',
    nextReview: '2027-11-25',
    handout: false,
  }),
];
const data: HandbookData = {
  meta: { language: 'en-GB' } as HandbookData['meta'],
  toc: [{ title: 'All', pages: pages.map((p) => p.slug) }],
  pages,
  glossary: [{ id: 'cramp', term: 'Cramp', definition: 'A sudden tight muscle.' }],
  signs: [],
};
const scotland: Region = {
  code: 'UK-SCT',
  name: 'UK – Scotland',
  emergency: '999',
  urgent: 'NHS 24 (call 111)',
  maternity: 'your maternity unit',
  doctor: 'your GP',
  sources: [],
};
const us: Region = {
  ...scotland,
  code: 'US',
  name: 'United States',
  emergency: '911',
  urgent: 'an urgent care center',
  maternity: 'your obstetrician',
  doctor: 'your doctor',
};
const index = indexHandbook(data);
const bridge = {
  loadStore: async () => ({ store: defaultStore(), recovered: null }),
  openExternal: async () => true,
} as unknown as HandbookBridge;

/**
 * Chromium fires focusout on a focused element while it is being removed from the document
 * (Svelte replaces an article's body by setting its innerHTML, or removes nodes); happy-dom does
 * not, so the tests add that behaviour, the way the reader meets it in the browser.
 */
function blurIfRemoving(container: Node) {
  const focused = document.activeElement;
  if (focused && focused !== document.body && container.contains(focused))
    focused.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}
function ownerOf(name: string, object: object): object {
  let proto: object | null = object;
  while (proto && !Object.getOwnPropertyDescriptor(proto, name)) proto = Object.getPrototypeOf(proto);
  return proto!;
}
beforeEach(() => {
  const element = document.createElement('div');
  const remove = Element.prototype.remove;
  vi.spyOn(Element.prototype, 'remove').mockImplementation(function (this: Element) {
    blurIfRemoving(this);
    remove.call(this);
  });
  const holder = ownerOf('innerHTML', element);
  const innerHTML = Object.getOwnPropertyDescriptor(holder, 'innerHTML')!;
  vi.spyOn(holder as Element, 'innerHTML', 'set').mockImplementation(function (this: Element, html: string) {
    blurIfRemoving(this);
    innerHTML.set!.call(this, html);
  });
});

/** Errors thrown in event listeners: the browser reports them rather than throwing them. */
function listenerErrors(): string[] {
  const errors: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) =>
    errors.push(args.map(String).join(' ')),
  );
  window.addEventListener('error', (e) => errors.push(String(e.error ?? e.message)));
  return errors;
}

let app: Record<string, unknown> | undefined;
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function show(slug: string) {
  const props = $state({
    page: index.bySlug.get(slug)!,
    data,
    index,
    prefs: new ReaderPrefs(bridge),
    bridge,
    region: scotland as Region | undefined,
    anchor: '',
    isHome: false,
    highlight: [] as string[],
    onClearHighlight: () => {},
    linksAskFirst: true,
    linksOpenInTab: false,
  });
  app = mount(ArticleView, { target: document.body, props });
  flushSync();
  return {
    props,
    tip: () => document.querySelector<HTMLElement>('[role="tooltip"]')!,
    open: (next: string, anchor = '') => {
      props.page = index.bySlug.get(next)!;
      props.anchor = anchor;
      flushSync();
    },
  };
}

const term = () => document.querySelector<HTMLElement>('a.term')!;

describe('the glossary tip', () => {
  it('hides when its focused term is followed to a page still loading, with no state error', async () => {
    const view = show('self-care');
    term().focus();
    flushSync();
    expect(view.tip().hidden).toBe(false);
    expect(view.tip().textContent).toContain('A sudden tight muscle.');

    const errors = listenerErrors();
    view.open('glossary', 'cramp');
    await Promise.resolve();
    flushSync();
    expect(errors).toEqual([]);
    expect(view.tip().hidden).toBe(true);
  });

  it('hides on any change of page, even with no focus change', () => {
    const view = show('self-care');
    term().dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    flushSync();
    expect(view.tip().hidden).toBe(false);
    view.open('urgent-help');
    expect(view.tip().hidden).toBe(true);
  });

  it('hides on a pointerdown outside it, and stays for one on the tip or the term', () => {
    const view = show('self-care');
    term().dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    flushSync();
    view.tip().dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    term().dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    flushSync();
    expect(view.tip().hidden).toBe(false);
    document.querySelector('h1')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    flushSync();
    expect(view.tip().hidden).toBe(true);
  });
});

describe('the question before opening a website', () => {
  const ask = () => {
    document.querySelector<HTMLElement>('a[data-external]')!.click();
    flushSync();
    return document.querySelector('dialog');
  };

  it('is withdrawn when the reader leaves the page', () => {
    const view = show('self-care');
    expect(ask()).not.toBeNull();
    view.open('urgent-help');
    expect(document.querySelector('dialog')).toBeNull();
  });

  it('says "new tab" in the web edition and "web browser" on the desktop', () => {
    const view = show('self-care');
    expect(ask()?.querySelector('h2')?.textContent).toMatch(/open this link in your web browser\?/i);
    view.props.linksOpenInTab = true;
    flushSync();
    const dialog = document.querySelector('dialog')!;
    expect(dialog.querySelector('h2')?.textContent).toMatch(/open this website in a new tab\?/i);
    expect([...dialog.querySelectorAll('button')].map((b) => b.textContent)).toContain('Open in a new tab');
  });
});

describe("the article in the reader's region", () => {
  const text = () => document.querySelector('.prose')!.textContent;

  it("shows the chosen region's numbers and services, and follows a change of region", () => {
    const view = show('urgent-help');
    expect(text()).toBe(
      'Call 999 now, or get advice today from NHS 24 (call 111). In pregnancy call your maternity unit; or see your GP.',
    );
    view.props.region = us;
    flushSync();
    expect(text()).toBe(
      'Call 911 now, or get advice today from an urgent care center. In pregnancy call your obstetrician; or see your doctor.',
    );
  });
});

describe('the review dates', () => {
  afterEach(() => vi.useRealTimers());
  const dates = () => document.querySelector('.review-dates')!;

  it('shows when the page was last reviewed and when it is next due, with no note while current', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 10, 25, 12));
    show('self-care');
    expect(dates().textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Last reviewed 25 November 2026 · Next review due 25 November 2027',
    );
    expect(dates().querySelector('[role="note"]')).toBeNull();
  });

  it('says calmly that a page past its next review date is due for review', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 10, 26, 9));
    show('self-care');
    expect(dates().querySelector('[role="note"]')?.textContent).toMatch(/^\s*This page is due for review/);
  });
});
