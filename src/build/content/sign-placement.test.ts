import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TierId } from '../../shared/handbook-data.ts';
import { VALID } from './fixtures/fixture.ts';
import { parseHandbookConfig } from './handbook-config.ts';
import { GENERIC_WORDS } from './placeholders.ts';
import { Reporter, type Problem } from './problems.ts';
import { parseWarningSigns, type ParsedTier, type SignBook } from './sign-book.ts';
import { renderForTest } from './test-context.ts';

/** A small sign book: the fixture's four tiers, seven signs, urgent help on page "help". */
function book(): SignBook {
  const problems: Problem[] = [];
  const reporter = new Reporter('warning-signs.yml', problems);
  const config = parseHandbookConfig(readFileSync(join(VALID, 'handbook.yml'), 'utf8'), reporter)!;
  const sign = (id: string, tier: string, audience: string, text: string): string =>
    `  - { id: ${id}, text: "${text}", tier: ${tier}, audience: ${audience}, sources: [s] }`;
  const yaml = [
    'sources:',
    '  s: { title: T, publisher: P, url: "https://x.org/", accessed: 2026-01-01 }',
    'signs:',
    sign('numb', 'emergency', 'everyone', 'You are numb.'),
    sign('waters', 'maternity', 'pregnant', 'Your waters break.'),
    sign('bleeding', 'maternity', 'after-birth', 'You bleed heavily.'),
    sign('early', 'maternity', 'early-pregnancy', 'You bleed early on.'),
    sign('late', 'maternity', 'later-pregnancy', 'The baby moves less.'),
    sign('worse', 'urgent', 'everyone', 'It gets worse.'),
    sign('fever', 'urgent', 'everyone', 'You have a fever.'),
  ].join('\n');
  const signs = parseWarningSigns(yaml, reporter, null, GENERIC_WORDS);
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  return {
    signs,
    byId: new Map(signs.map((s) => [s.id, s])),
    tiers: new Map<TierId, ParsedTier>(config.tiers.map((t) => [t.id, t])),
    urgentHelp: 'help',
    reporter,
  };
}

/** Renders `lines` as page "here" (or `slug`) with the sign book. */
function page(lines: string[], slug = 'here') {
  return renderForTest(lines.join('\n'), { signBook: book(), slug });
}

/** The data-sign ids in the HTML, in order. */
const signIds = (html: string): string[] => [...html.matchAll(/data-sign="([a-z-]+)"/g)].map((m) => m[1]!);
/** The callout tiers in the HTML, in order. */
const calloutTiers = (html: string): string[] =>
  [...html.matchAll(/class="callout callout-([a-z-]+)"/g)].map((m) => m[1]!);

describe('::signs in a tier callout', () => {
  it("lists the named signs after the tier's label and action, and notes them as shown", () => {
    const { html, messages, ctx } = page([':::urgent', 'If it changes:', '', '::signs{ids="fever  worse fever"}', ':::']);
    expect(messages).toEqual([]);
    expect(html).toBe(
      '<aside class="callout callout-urgent" role="note" aria-labelledby="callout-urgent">' +
        '<p class="callout-label" id="callout-urgent">Get urgent advice today</p>' +
        '<p class="callout-action">Get advice today from <span class="region-urgent">your doctor</span>.</p>' +
        '<p>If it changes:</p><ul class="signs">\n' +
        '<li class="sign" data-sign="fever">You have a fever.</li>\n' +
        '<li class="sign" data-sign="worse">It gets worse.</li>\n' +
        '<li class="sign" data-sign="fever">You have a fever.</li>\n</ul></aside>',
    );
    expect(ctx.shownSigns).toEqual(['fever', 'worse']);
  });

  it('gives a tier callout with no signs its action line too, but not another callout', () => {
    const { html } = page([':::see-doctor', 'Soon.', ':::', '', ':::key-points', 'Rest.', ':::']);
    expect(html).toContain(
      '<p class="callout-action">Make an appointment with <span class="region-doctor">a doctor</span> in the next few days.</p><p>Soon.</p>',
    );
    expect(html.match(/callout-action/g)).toHaveLength(1);
  });

  it('reports a sign of another tier, an unknown id, another attribute and no ids', () => {
    const { messages, html } = page([
      ':::urgent',
      '::signs{ids="numb nope"}',
      '',
      '::signs{ids="worse" tier=urgent}',
      '',
      '::signs',
      ':::',
    ]);
    expect(messages).toEqual([
      '2:1: unknown warning sign "nope" (check warning-signs.yml)',
      '2:1: the sign "numb" is at the tier "emergency": show it in a :::emergency callout, not :::urgent',
      '4:1: "::signs" does not take the attribute "tier" (only ids)',
      '6:1: ::signs needs ids, e.g. ::signs{ids="saddle-numbness cannot-pee"}',
    ]);
    expect(signIds(html)).toEqual(['numb', 'worse']);
  });

  it('reports ::signs outside a tier callout, and looks only at the nearest block', () => {
    const { messages } = page([
      '::signs{ids="worse"}',
      '',
      ':::key-points',
      '::signs{ids="worse"}',
      ':::',
      '',
      '::::key-points',
      ':::urgent',
      '::signs{ids="worse"}',
      ':::',
      '::::',
    ]);
    const outside =
      '::signs must be inside a tier callout (:::emergency, :::maternity, :::urgent, :::see-doctor)';
    expect(messages).toEqual([`1:1: ${outside}`, `4:1: ${outside}`]);
  });

  it('reports a list written by hand in a tier callout, each item, but not in another callout', () => {
    const { messages } = page([':::urgent', '- Fever.', '- Worse.', ':::', '', ':::key-points', '- Rest.', ':::']);
    const message = 'write warning signs with ::signs{ids="..."} (from warning-signs.yml), not as a list';
    expect(messages).toEqual([`2:1: ${message}`, `3:1: ${message}`]);
  });

  it('without a sign book (warning-signs.yml unreadable): no action line, no list, no further problem', () => {
    const { html, messages } = renderForTest([':::urgent', '::signs{ids="worse"}', ':::'].join('\n'));
    expect(messages).toEqual([]);
    expect(html).not.toContain('callout-action');
    expect(html).not.toContain('<ul');
  });
});

describe('::all-signs on the urgent help page', () => {
  it('writes one callout per tier and audience, most urgent first, each sign anchored', () => {
    const { html, messages } = page(['::all-signs'], 'help');
    expect(messages).toEqual([]);
    expect(calloutTiers(html)).toEqual(['emergency', 'maternity', 'maternity', 'maternity', 'maternity', 'urgent']);
    expect([...html.matchAll(/<li class="sign" data-sign="([a-z-]+)" id="([a-z-]+)"/g)].map((m) => m[2])).toEqual([
      'sign-numb',
      'sign-waters',
      'sign-early',
      'sign-late',
      'sign-bleeding',
      'sign-worse',
      'sign-fever',
    ]);
    expect([...html.matchAll(/<p class="signs-audience">([^<]*)<\/p>/g)].map((m) => m[1])).toEqual([
      'If you are pregnant:',
      'In early pregnancy:',
      'In later pregnancy:',
      'After giving birth:',
    ]);
    expect(html).toContain(
      '<aside class="callout callout-emergency" role="note" aria-labelledby="callout-emergency">' +
        '<p class="callout-label" id="callout-emergency">Emergency: call now</p>' +
        '<p class="callout-action">Call <span class="region-emergency">your local emergency number</span> now.</p>' +
        '<ul class="signs">\n<li class="sign" data-sign="numb" id="sign-numb">You are numb.</li>\n</ul></aside>',
    );
  });

  it('reports ::all-signs on another page or inside a block', () => {
    expect(page(['::all-signs']).messages).toEqual([
      '1:1: ::all-signs belongs on the urgent help page (help) only',
    ]);
    expect(page([':::key-points', '::all-signs', ':::'], 'help').messages).toEqual([
      '2:1: ::all-signs cannot be inside a block: it writes its own callouts',
    ]);
  });

  it('without a sign book writes nothing', () => {
    const { html, messages } = renderForTest('Intro.\n\n::all-signs\n', { slug: 'help' });
    expect(messages).toEqual([]);
    expect(html).toBe('<p>Intro.</p>');
  });
});

describe("::get-help in a page's handout", () => {
  const shown = [':::emergency', '::signs{ids="numb"}', ':::', '', ':::urgent', '::signs{ids="fever worse"}', ':::', ''];

  it("repeats the page's signs under 'When to get help', one callout per tier, most urgent first", () => {
    const { html, messages } = page([':::urgent', '::signs{ids="worse"}', ':::', '', ...shown, ':::handout', 'Rest.', '', '::get-help', ':::']);
    expect(messages).toEqual([]);
    const handout = html.slice(html.indexOf('<section class="handout"'));
    expect(handout).toContain('<p>Rest.</p><p class="get-help-label">When to get help</p>');
    expect(calloutTiers(handout)).toEqual(['emergency', 'urgent']);
    expect(signIds(handout)).toEqual(['numb', 'worse', 'fever']);
    expect(handout).not.toContain('id="sign-');
  });

  it('shows only the signs it names, in the order the page shows them', () => {
    const { html, messages } = page([...shown, ':::handout', '::get-help{ids="worse numb"}', ':::']);
    expect(messages).toEqual([]);
    const handout = html.slice(html.indexOf('<section class="handout"'));
    expect(signIds(handout)).toEqual(['numb', 'worse']);
  });

  it('reports a named sign the page does not show, and a handout with nothing to show', () => {
    expect(page([...shown, ':::handout', '::get-help{ids="waters"}', ':::']).messages).toEqual([
      '10:1: ::get-help names "waters", which this page does not show with ::signs',
      '10:1: ::get-help has no signs to show: this page shows none with ::signs',
    ]);
    expect(page([':::handout', '::get-help', ':::']).messages).toEqual([
      '2:1: ::get-help has no signs to show: this page shows none with ::signs',
    ]);
  });

  it('reports ::get-help outside the handout, also inside another block', () => {
    expect(page([...shown, '::get-help']).messages).toEqual([
      '9:1: ::get-help belongs inside the :::handout block',
    ]);
    expect(page([...shown, ':::key-points', '::get-help', ':::']).messages).toEqual([
      '10:1: ::get-help belongs inside the :::handout block',
    ]);
  });

  it('on the urgent help page, offers every sign', () => {
    const { html, messages } = page(['::all-signs', '', ':::handout', '::get-help{ids="bleeding"}', ':::'], 'help');
    expect(messages).toEqual([]);
    const handout = html.slice(html.indexOf('<section class="handout"'));
    expect(signIds(handout)).toEqual(['bleeding']);
  });

  it('without a sign book writes nothing, but still says where it belongs', () => {
    expect(renderForTest('::get-help\n').messages).toEqual(['1:1: ::get-help belongs inside the :::handout block']);
    expect(renderForTest(':::handout\n::get-help\n:::\n').html).not.toContain('get-help-label');
  });
});

describe('other directives', () => {
  it('a block or inline directive named like a sign directive is not one', () => {
    const { messages } = page([':::signs', 'Text.', ':::', '', 'A :signs here.']);
    expect(messages).toEqual([
      '1:1: unknown block ":::signs" (known: emergency, maternity, urgent, see-doctor, key-points, pregnancy, handout)',
      '5:3: unknown inline directive ":signs" (to write a colon before text, write \\:)',
    ]);
  });


  it('an unknown leaf directive is left to the directive check; ids may have spaces around them', () => {
    const { messages, html } = page([':::urgent', '::signs{ids=" worse "}', ':::', '', '::video']);
    expect(messages).toEqual([
      '5:1: unknown block "::video" (blocks start with three colons, e.g. :::key-points; known with two: ::signs, ::all-signs, ::get-help, ::snippet)',
    ]);
    expect(signIds(html)).toEqual(['worse']);
  });
});

