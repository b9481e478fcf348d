import { describe, expect, it } from 'vitest';
import type { HandbookData, Page } from '@shared/handbook-data';
import { buildPrintDoc } from './print-document';
import { orderedItems, pageChoices } from './builder-choices';

function page(slug: string, handout: boolean): Page {
  const handoutHtml = handout
    ? '<section class="handout" aria-labelledby="handout"><p class="handout-label" id="handout">Handout</p>' +
      '<p><strong>Key points</strong></p><ul><li>Keep moving.</li></ul>' +
      '<aside class="callout callout-emergency" aria-labelledby="e"><p class="callout-label" id="e">Emergency</p>' +
      '<p>Call <span class="region-emergency">x</span> now if numb.</p></aside></section>'
    : '';
  return {
    slug,
    title: `Title ${slug}`,
    summary: `Summary ${slug}`,
    keywords: [],
    reviewed: '2026-01-02',
    nextReview: '2027-11-01',
    sources: [],
    handout,
    headings: [],
    html: `<p>Intro ${slug}.</p><h2 id="heat">Heat</h2><p>Warm.</p>${handoutHtml}<h2 id="ice">Ice</h2><p>Cold.</p>`,
  };
}

const data: HandbookData = {
  meta: {
    title: 'Book',
    subtitle: 'Sub',
    language: 'en-GB',
    edition: '1',
    reviewed: '2026-03-04',
    nextReview: '2027-11-01',
    disclaimer: 'Info only.',
    regions: [
      {
        code: 'UK',
        name: 'UK',
        emergency: '999',
        urgent: '111',
        maternity: 'your midwife',
        doctor: 'your GP',
        sources: [],
      },
    ],
    tiers: [],
    defaultRegion: 'UK',
    home: 'a',
    urgentHelp: 'b',
  },
  toc: [{ title: 'All', pages: ['a', 'b'] }],
  pages: [page('a', true), page('b', false)],
  glossary: [],
  signs: [],
};
const region = data.meta.regions[0];

describe('buildPrintDoc', () => {
  it('prints several whole handouts as a stack of sheets, each exactly as it prints alone', () => {
    const withC: HandbookData = { ...data, pages: [...data.pages, page('c', true)] };
    const result = buildPrintDoc(withC, { kind: 'handouts', slugs: ['c', 'a'] }, region);
    if (!result.ok) throw new Error(result.problem);
    const alone = buildPrintDoc(withC, { kind: 'handout', slug: 'a' }, region);
    if (!alone.ok) throw new Error(alone.problem);
    expect(result.doc.sheets.map((s) => s.title)).toEqual(['Title c', 'Title a']);
    expect(result.doc.sheets[1]).toEqual(alone.doc);
    // Each sheet has its own note box (and clinic strip); the stack itself prints none.
    expect(result.doc.sheets.every((s) => s.noteBox)).toBe(true);
    expect(result.doc.noteBox).toBe(false);
    expect(buildPrintDoc(withC, { kind: 'handouts', slugs: ['a', 'b'] }, region)).toEqual({
      ok: false,
      problem: 'the page "b" has no handout',
    });
    expect(buildPrintDoc(withC, { kind: 'handouts', slugs: ['zz'] }, region)).toEqual({
      ok: false,
      problem: 'there is no page "zz"',
    });
  });

  it('prints a handout with the region filled in and ids prefixed', () => {
    const result = buildPrintDoc(data, { kind: 'handout', slug: 'a' }, region);
    if (!result.ok) throw new Error(result.problem);
    expect(result.doc.title).toBe('Title a');
    expect(result.doc.reviewed).toBe('2026-01-02');
    expect(result.doc.parts[0]?.html).toContain('<span class="region-emergency">999</span>');
    expect(result.doc.parts[0]?.html).toContain(
      '<div class="help-block"><p class="help-label"><strong>Key points',
    );
    expect(result.doc.parts[0]?.html).toContain(
      '<aside class="callout callout-emergency" aria-labelledby="h-a-e">',
    );
    expect(result.doc.parts[0]?.html).not.toContain('Intro a');
  });

  it('prints a whole page without its handout, which has a print job of its own', () => {
    const result = buildPrintDoc(data, { kind: 'page', slug: 'a' }, region);
    if (!result.ok) throw new Error(result.problem);
    const html = result.doc.parts[0]?.html ?? '';
    expect(html).toContain('Intro a.');
    expect(html).toContain('Cold.');
    expect(html).not.toContain('if numb');
  });

  it('refuses a page without a handout and an unknown page', () => {
    expect(buildPrintDoc(data, { kind: 'handout', slug: 'b' }, region)).toEqual({
      ok: false,
      problem: 'the page "b" has no handout',
    });
    expect(buildPrintDoc(data, { kind: 'page', slug: 'zz' }, region).ok).toBe(false);
  });

  it('prints the whole book as chapters on new sheets after a contents list', () => {
    const result = buildPrintDoc(data, { kind: 'book' }, region);
    if (!result.ok) throw new Error(result.problem);
    expect(result.doc.parts.map((p) => [p.heading, p.newSheet])).toEqual([
      ['Title a', true],
      ['Title b', true],
    ]);
    expect(result.doc.contents).toEqual([
      {
        title: 'All',
        pages: [
          { key: 'a', title: 'Title a' },
          { key: 'b', title: 'Title b' },
        ],
      },
    ]);
    expect(result.doc.parts[0]?.html).toContain('<h3 id="b-a-heat">Heat</h3>');
  });

  it('builds a custom handout from pages, sections and handouts, with a note box', () => {
    const result = buildPrintDoc(data, { kind: 'custom', items: ['b:ice', 'a:handout', 'b:intro'] }, region);
    if (!result.ok) throw new Error(result.problem);
    expect(result.doc.noteBox).toBe(true);
    expect(result.doc.title).toBe('Patient handout');
    expect(result.doc.subtitle).toBe('About: Title b, Title a');
    expect(result.doc.parts.map((p) => p.heading)).toEqual(['Title b: Ice', 'Title a: handout', 'Title b']);
    expect(result.doc.parts[0]?.html).toBe('<p>Cold.</p>');
    expect(buildPrintDoc(data, { kind: 'custom', items: ['a:nope'] }, region)).toEqual({
      ok: false,
      problem: 'the page "a" has no section "nope"',
    });
  });

  it('is due for review as soon as any page it prints is, even one section of it', () => {
    const dueSooner = {
      ...data,
      pages: [{ ...page('a', true), nextReview: '2027-06-01' }, page('b', false)],
    };
    const section = buildPrintDoc(dueSooner, { kind: 'custom', items: ['b', 'a:heat'] }, region);
    if (!section.ok) throw new Error(section.problem);
    expect(section.doc.nextReview).toBe('2027-06-01');
    expect(section.doc.parts.map((part) => part.nextReview)).toEqual(['2027-11-01', '2027-06-01']);
    const book = buildPrintDoc(dueSooner, { kind: 'book' }, region);
    if (!book.ok) throw new Error(book.problem);
    expect(book.doc.nextReview).toBe('2027-06-01');
    expect(book.doc.reviewed).toBe(data.meta.reviewed);
  });
});

describe('builder choices', () => {
  it('offers the whole page, the handout and each section', () => {
    expect(pageChoices(data.pages[0]!).map((c) => c.item)).toEqual([
      'a',
      'a:handout',
      'a:intro',
      'a:heat',
      'a:ice',
    ]);
    expect(pageChoices(data.pages[1]!).map((c) => c.item)).toEqual(['b', 'b:intro', 'b:heat', 'b:ice']);
  });

  it('orders ticked items by the handbook and drops sections of a ticked whole page', () => {
    expect(orderedItems(data, new Set(['b:ice', 'a:heat', 'a', 'a:handout']))).toEqual([
      'a',
      'a:handout',
      'b:ice',
    ]);
  });
});
