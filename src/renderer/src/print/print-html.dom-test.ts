import { describe, expect, it } from 'vitest';
import {
  decorateHandout,
  demoteHeadings,
  helpLevelOf,
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
  '<p><strong>Key points</strong></p><ul>\n<li>Keep moving.</li>\n</ul>' +
  '<p><strong>When to get help</strong></p><ul>\n<li><strong>See a GP soon</strong> if it lasts.</li>\n' +
  '<li><strong>Call <span class="region-emergency">999</span> now</strong> if numb.</li>\n</ul>' +
  '<p><strong>Get urgent advice today</strong> from NHS 111.</p>' +
  '<p><strong>In pregnancy, also ring <span class="region-emergency">999</span> for:</strong> bleeding.</p>' +
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

describe('helpLevelOf', () => {
  it.each([
    ['Key points', 'key-points'],
    ['When to get help', 'help'],
    ['Call 999 now if you have back pain and:', 'emergency'],
    ['Emergency:', 'emergency'],
    ['In pregnancy, also call your local emergency number for:', 'emergency'],
    ['Get urgent advice today', 'urgent'],
    ['Call 911 now', 'emergency'],
    ['Call your maternity unit or midwife straight away', 'urgent'],
    ['Call your GP', 'see-doctor'],
    ['See a GP soon', 'see-doctor'],
    ['Tell your midwife', 'see-doctor'],
    ['Heat', 'plain'],
  ] as const)('%s → %s', (label, level) => {
    expect(helpLevelOf(label)).toBe(level);
  });
});

describe('decorateHandout', () => {
  it('groups lead-in paragraphs with their lists into labelled blocks', () => {
    const handout = takeHandout(parseHtml(HANDOUT))!;
    decorateHandout(handout);
    expect(textOf(handout)).toContain('Keep moving.');
    const html = htmlOf(handout);
    expect(html).not.toContain('handout-label');
    expect(html).toContain(
      '<div class="help-block help-key-points"><p class="help-label"><strong>Key points</strong></p><ul>',
    );
    expect(html).toContain(
      '<div class="help-block help-help"><p class="help-label"><strong>When to get help</strong>',
    );
    expect(html).toContain('<li class="help-item help-see-doctor"><strong>See a GP soon</strong>');
    expect(html).toContain('<li class="help-item help-emergency"><strong>Call');
    expect(html).toContain(
      '<div class="help-block help-urgent"><p class="help-lead"><strong>Get urgent advice today',
    );
    expect(html).toContain(
      '<div class="help-block help-emergency"><p class="help-lead"><strong>In pregnancy',
    );
    // A plain closing paragraph stays outside every block.
    expect(html.endsWith('</div><p>If unsure, get help sooner.</p>')).toBe(true);
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
