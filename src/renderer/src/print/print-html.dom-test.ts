import { describe, expect, it } from 'vitest';
import {
  decorateHandout,
  demoteHeadings,
  htmlOf,
  markShortLists,
  parseHtml,
  prefixIds,
  splitSections,
  takeHandout,
  textOf,
} from './print-html';

/** The HTML after `change` has worked on it. */
function changed(html: string, change: (fragment: DocumentFragment) => void): string {
  const fragment = parseHtml(html);
  change(fragment);
  return htmlOf(fragment);
}

const HANDOUT =
  '<section class="handout" aria-labelledby="handout"><p class="handout-label" id="handout">Handout</p>' +
  '<p><strong>Key points</strong></p><ul>\n<li>Keep moving.</li>\n</ul>\n<ol><li>Rest a little.</li></ol>' +
  '<p class="get-help-label">When to get help</p>' +
  '<aside class="callout callout-emergency"><p class="callout-label">Emergency: call now</p>' +
  '<ul class="signs"><li class="sign">Both legs feel numb.</li></ul></aside>' +
  '<p><strong>The exercises</strong> take ten minutes.</p><ul><li>Knee rolls.</li></ul>' +
  '<p>If unsure, get help sooner.</p></section>';
const PAGE = `<p>Intro.</p><h2 id="heat">Heat</h2><p>Warm.</p>${HANDOUT}<h2 id="ice">Ice &#x26; cold</h2><p>Cold.</p>`;

describe('takeHandout', () => {
  it('takes the handout section out of the page and returns what it holds', () => {
    const page = parseHtml(PAGE);
    const handout = takeHandout(page);
    expect(htmlOf(handout!)).toMatch(/^<p class="handout-label"[\s\S]*sooner\.<\/p>$/);
    expect(htmlOf(page)).toBe(
      '<p>Intro.</p><h2 id="heat">Heat</h2><p>Warm.</p><h2 id="ice">Ice &amp; cold</h2><p>Cold.</p>',
    );
  });

  it('returns null and leaves the page as it was when there is no handout', () => {
    const page = parseHtml('<p>x</p>');
    expect(takeHandout(page)).toBeNull();
    expect(htmlOf(page)).toBe('<p>x</p>');
  });
});

describe('splitSections', () => {
  it('splits at ## headings, keeping the introduction first', () => {
    const page = parseHtml(PAGE);
    takeHandout(page);
    const sections = splitSections(page);
    expect(sections.map((s) => [s.id, s.title])).toEqual([
      ['', ''],
      ['heat', 'Heat'],
      ['ice', 'Ice & cold'],
    ]);
    // The heading itself is left out: the printout has its own.
    expect(htmlOf(sections[1]!.content)).toBe('<p>Warm.</p>');
  });

  it('only splits at top-level headings', () => {
    const sections = splitSections(parseHtml('<p>a</p><aside><h2 id="x">X</h2></aside><h2 id="b">B</h2>'));
    expect(sections.map((s) => s.id)).toEqual(['', 'b']);
  });

  it('has no introduction entry when the page starts with a heading', () => {
    expect(splitSections(parseHtml('<h2 id="a">A</h2><p>x</p>')).map((s) => s.id)).toEqual(['a']);
    expect(splitSections(parseHtml('\n<h2 id="a">A</h2>')).map((s) => s.id)).toEqual(['a']);
  });
});

describe('prefixIds', () => {
  it('prefixes ids, label references and in-page links but not reader routes', () => {
    const html =
      '<aside aria-labelledby="a b"><p id="a">x</p></aside><a href="#a">in</a><a href="#/page/x#y">out</a>';
    expect(changed(html, (f) => prefixIds(f, 'p-'))).toBe(
      '<aside aria-labelledby="p-a p-b"><p id="p-a">x</p></aside><a href="#p-a">in</a><a href="#/page/x#y">out</a>',
    );
  });
});

describe('demoteHeadings', () => {
  it('moves headings down, never below h6, keeping their attributes and content', () => {
    expect(changed('<h2 id="a">A <em>b</em></h2><h6>B</h6>', (f) => demoteHeadings(f, 1))).toBe(
      '<h3 id="a">A <em>b</em></h3><h6>B</h6>',
    );
    expect(changed('<h2>A</h2>', (f) => demoteHeadings(f, 0))).toBe('<h2>A</h2>');
  });
});

describe('decorateHandout', () => {
  it('boxes each bold lead-in with the lists after it, and leaves everything else as it was', () => {
    const handout = takeHandout(parseHtml(HANDOUT))!;
    decorateHandout(handout);
    expect(textOf(handout)).toContain('Keep moving.');
    const html = htmlOf(handout);
    expect(html).not.toContain('handout-label');
    expect(html).toBe(
      '<div class="help-block"><p class="help-label"><strong>Key points</strong></p>' +
        '<ul>\n<li>Keep moving.</li>\n</ul><ol><li>Rest a little.</li></ol></div>' +
        // The warning signs are the build's own boxes, by urgency.
        '<p class="get-help-label">When to get help</p>' +
        '<aside class="callout callout-emergency"><p class="callout-label">Emergency: call now</p>' +
        '<ul class="signs"><li class="sign">Both legs feel numb.</li></ul></aside>' +
        // A lead-in with more words keeps them as normal text.
        '<div class="help-block"><p class="help-lead"><strong>The exercises</strong> take ten minutes.</p>' +
        '<ul><li>Knee rolls.</li></ul></div>' +
        '<p>If unsure, get help sooner.</p>',
    );
  });
});

describe('markShortLists', () => {
  it('marks lists with few items, counting nested ones', () => {
    const long = `<ul>${'<li>x</li>'.repeat(9)}</ul>`;
    expect(changed('<ul>\n<li>a</li></ul><ol class="k"><li>b</li></ol>', (f) => markShortLists(f))).toBe(
      '<ul class="short-list">\n<li>a</li></ul><ol class="k short-list"><li>b</li></ol>',
    );
    expect(changed(long, (f) => markShortLists(f))).toBe(long);
    expect(changed('<ul><li>a<ul><li>b</li></ul></li></ul>', (f) => markShortLists(f, 1))).toBe(
      '<ul><li>a<ul class="short-list"><li>b</li></ul></li></ul>',
    );
  });
});
