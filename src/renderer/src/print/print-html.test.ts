import { describe, expect, it } from 'vitest';
import {
  decorateHandout,
  demoteHeadings,
  extractHandout,
  helpLevelOf,
  markShortLists,
  prefixIds,
  splitSections,
  textOf,
  topLevelBlocks,
  withoutHandout,
} from './print-html';

const HANDOUT =
  '<section class="handout" aria-labelledby="handout"><p class="handout-label" id="handout">Handout</p>' +
  '<p><strong>Key points</strong></p><ul>\n<li>Keep moving.</li>\n</ul>' +
  '<p><strong>When to get help</strong></p><ul>\n<li><strong>See a GP soon</strong> if it lasts.</li>\n' +
  '<li><strong>Call <span class="region-emergency">999</span> now</strong> if numb.</li>\n</ul>' +
  '<p><strong>Get urgent advice today</strong> from NHS 111.</p>' +
  '<p><strong>In pregnancy, also ring <span class="region-emergency">999</span> for:</strong> bleeding.</p>' +
  '<p>If unsure, get help sooner.</p></section>';
const PAGE = `<p>Intro.</p><h2 id="heat">Heat</h2><p>Warm.</p>${HANDOUT}<h2 id="ice">Ice &#x26; cold</h2><p>Cold.</p>`;

describe('extractHandout / withoutHandout', () => {
  it('finds the handout section and removes it from the page', () => {
    expect(extractHandout(PAGE)).toMatch(/^<p class="handout-label"[\s\S]*sooner\.<\/p>$/);
    expect(withoutHandout(PAGE)).toBe(
      '<p>Intro.</p><h2 id="heat">Heat</h2><p>Warm.</p><h2 id="ice">Ice &#x26; cold</h2><p>Cold.</p>',
    );
  });

  it('returns null or the page unchanged when there is no handout', () => {
    expect(extractHandout('<p>x</p>')).toBeNull();
    expect(withoutHandout('<p>x</p>')).toBe('<p>x</p>');
  });
});

describe('splitSections', () => {
  it('splits at ## headings, keeping the introduction first', () => {
    const sections = splitSections(withoutHandout(PAGE));
    expect(sections.map((s) => [s.id, s.title])).toEqual([
      ['', ''],
      ['heat', 'Heat'],
      ['ice', 'Ice & cold'],
    ]);
    expect(sections[1]?.html).toBe('<h2 id="heat">Heat</h2><p>Warm.</p>');
  });

  it('has no introduction entry when the page starts with a heading', () => {
    expect(splitSections('<h2 id="a">A</h2><p>x</p>').map((s) => s.id)).toEqual(['a']);
  });
});

describe('prefixIds', () => {
  it('prefixes ids, label references and in-page links but not reader routes', () => {
    const html =
      '<aside aria-labelledby="a b"><p id="a">x</p></aside><a href="#a">in</a><a href="#/page/x#y">out</a>';
    expect(prefixIds(html, 'p-')).toBe(
      '<aside aria-labelledby="p-a p-b"><p id="p-a">x</p></aside><a href="#p-a">in</a><a href="#/page/x#y">out</a>',
    );
  });
});

describe('demoteHeadings', () => {
  it('moves headings down, never below h6', () => {
    expect(demoteHeadings('<h2 id="a">A</h2><h6>B</h6>', 1)).toBe('<h3 id="a">A</h3><h6>B</h6>');
    expect(demoteHeadings('<h2>A</h2>', 0)).toBe('<h2>A</h2>');
  });
});

describe('topLevelBlocks', () => {
  it('keeps nested lists inside their block', () => {
    expect(topLevelBlocks('<p>a<br>b</p>\n<ul><li>x<ul><li>y</li></ul></li></ul><hr><p>c</p>')).toEqual([
      '<p>a<br>b</p>',
      '<ul><li>x<ul><li>y</li></ul></li></ul>',
      '<hr>',
      '<p>c</p>',
    ]);
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
    const html = decorateHandout(extractHandout(HANDOUT)!);
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
    expect(html.endsWith('<p>If unsure, get help sooner.</p>')).toBe(true);
    expect(textOf(html)).toContain('Keep moving.');
  });
});

describe('markShortLists', () => {
  it('marks lists with few items, counting nested ones', () => {
    const long = `<ul>${'<li>x</li>'.repeat(9)}</ul>`;
    expect(markShortLists('<ul>\n<li>a</li></ul><ol class="k"><li>b</li></ol>')).toBe(
      '<ul class="short-list">\n<li>a</li></ul><ol class="short-list k"><li>b</li></ol>',
    );
    expect(markShortLists(long)).toBe(long);
    expect(markShortLists('<ul><li>a<ul><li>b</li></ul></li></ul>', 1)).toBe(
      '<ul><li>a<ul class="short-list"><li>b</li></ul></li></ul>',
    );
  });
});
