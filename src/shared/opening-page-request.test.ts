import { describe, expect, it } from 'vitest';
import { parseRoute } from '../renderer/src/lib/route.ts';
import { OPENING_PAGE_ATTRIBUTE, OPENING_PAGE_FAILED, openingPageRequest } from './opening-page-request.ts';

interface FakeScript {
  src: string;
  attributes: Record<string, string>;
  onerror: (() => void) | null;
  setAttribute(name: string, value: string): void;
}

/** Runs the request script as the start file does, in a page at `hash` whose start file lists `slugs`. */
function run(hash: string, slugs: string[], { inWorker = false } = {}) {
  const added: FakeScript[] = [];
  const document = {
    createElement: (tag: string): FakeScript => {
      expect(tag).toBe('script');
      return {
        src: '',
        attributes: {},
        onerror: null,
        setAttribute(name, value) {
          this.attributes[name] = value;
        },
      };
    },
    head: { appendChild: (script: FakeScript) => added.push(script) },
  };
  const self = { __HANDBOOK_CONTENT__: { start: { pages: slugs.map((slug) => ({ slug })) } } };
  // As the page (or a worker, which has no document) runs the start file.
  new Function('self', 'location', 'document', openingPageRequest())(
    self,
    { hash },
    inWorker ? undefined : document,
  );
  return added;
}

describe('the start file’s request for the opening page', () => {
  it('loads a listed page’s script copy and marks the element with its slug', () => {
    const [script, ...more] = run('#/page/self-care', ['self-care', 'glossary']);
    expect(more).toEqual([]);
    expect(script!.src).toBe('./content/pages/self-care.js');
    expect(script!.attributes).toEqual({ [OPENING_PAGE_ATTRIBUTE]: 'self-care' });
    script!.onerror!();
    expect(script!.attributes[OPENING_PAGE_FAILED]).toBe('');
  });

  it('asks for nothing for a page the start file does not list, or in a worker', () => {
    expect(run('#/page/removed-last-year', ['self-care'])).toEqual([]);
    expect(run('#/page/self-care', ['self-care'], { inWorker: true })).toEqual([]);
  });

  it('reads page links exactly as the reader’s router does', () => {
    const hashes = [
      '',
      '#',
      '#/',
      '#/page/self-care',
      '#/page/self-care/',
      '#/page/self-care#heat',
      '#/page/self-care/#heat',
      '#/page/self-care/extra',
      '#/page/Self-Care',
      '#/page/self_care',
      '#/page/',
      '#/bookmarks',
      '#/print/handout/self-care',
      '#page/self-care',
      '#/page/self-care?x=1',
    ];
    for (const hash of hashes) {
      const route = parseRoute(hash);
      const slug = route.name === 'page' ? route.slug : null;
      const requested = run(hash, ['self-care', 'Self-Care', 'self_care', 'extra'])[0];
      expect(requested?.attributes[OPENING_PAGE_ATTRIBUTE] ?? null, hash).toBe(slug);
    }
  });
});
