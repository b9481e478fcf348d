import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHandbook, formatProblem, type BuildResult } from './build-handbook.ts';
import { copyOfValid, VALID } from './fixtures/fixture.ts';

function ok(result: BuildResult): Extract<BuildResult, { ok: true }> {
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result;
}

const built = async () => ok(await buildHandbook(VALID)).handbook;
const html = async (slug: string) => (await built()).pages.find((p) => p.slug === slug)!.html;

describe('warning signs, tiers and snippets on the valid fixture', () => {
  it('puts each sign, tier and region into the handbook data', async () => {
    const { signs, meta } = await built();
    expect(signs.map((s) => [s.id, s.tier, s.audience])).toEqual([
      ['saddle-numbness', 'emergency', 'everyone'],
      ['waters-breaking', 'maternity', 'pregnant'],
      ['pain-getting-worse', 'urgent', 'everyone'],
    ]);
    expect(signs[2]).toMatchObject({
      text: 'The pain from a slipped disc gets worse, or your doctor told you to call back.',
      phrasings: ['pain worse'],
    });
    expect(signs[2]!.html).toContain('<a class="term" href="#/page/glossary#herniated-disc"');
    expect(signs[2]!.html).toContain('<span class="region-urgent">your doctor</span>');
    expect(meta.tiers.map((t) => [t.id, t.label, t.action])).toEqual([
      ['emergency', 'Emergency: call now', 'Call your local emergency number now.'],
      ['maternity', 'Call your maternity unit now', 'Call your maternity unit or midwife now, day or night.'],
      ['urgent', 'Get urgent advice today', 'Get advice today from your doctor.'],
      ['see-doctor', 'See a doctor soon', 'Make an appointment with a doctor in the next few days.'],
    ]);
    expect(meta.regions[0]).toMatchObject({ code: 'UK-SCT', urgent: 'NHS 24 (call 111)', doctor: 'your GP' });
    expect(meta.nextReview).toBe('2029-01-15');
  });

  it("opens each tier callout with its label and its action, then the page's intro and signs", async () => {
    expect(await html('self-care')).toContain(
      '<aside class="callout callout-emergency" role="note" aria-labelledby="callout-emergency">' +
        '<p class="callout-label" id="callout-emergency">Emergency: call now</p>' +
        '<p class="callout-action">Call <span class="region-emergency">your local emergency number</span> now.</p>' +
        '<p>If you cannot feel your legs:</p><ul class="signs">\n' +
        '<li class="sign" data-sign="saddle-numbness">You have numbness around your bottom or genitals.</li>\n</ul></aside>',
    );
    expect(await html('self-care')).toContain(
      '<p class="callout-action">Call <span class="region-maternity">your maternity unit or midwife</span> now, day or night.</p>',
    );
  });

  it("labels a tier's callout with the label written in tiers:, whatever it says", async () => {
    const { dir, cleanup } = copyOfValid('label');
    try {
      const config = readFileSync(join(dir, 'handbook.yml'), 'utf8');
      writeFileSync(join(dir, 'handbook.yml'), config.replace('label: "Emergency: call now"', 'label: Ring now'));
      const page = ok(await buildHandbook(dir)).handbook.pages.find((p) => p.slug === 'self-care')!;
      expect(page.html).toContain('<p class="callout-label" id="callout-emergency">Ring now</p>');
    } finally {
      cleanup();
    }
  });

  it("builds the handout's 'When to get help' from the page's own signs, one callout per tier", async () => {
    const page = await html('self-care');
    const handout = page.slice(page.indexOf('<section class="handout"'));
    expect(handout).toContain('<p class="get-help-label">When to get help</p>');
    expect([...handout.matchAll(/class="callout callout-([a-z-]+)"/g)].map((m) => m[1])).toEqual([
      'emergency',
      'maternity',
      'urgent',
    ]);
    expect([...handout.matchAll(/data-sign="([a-z-]+)"/g)].map((m) => m[1])).toEqual([
      'saddle-numbness',
      'waters-breaking',
      'pain-getting-worse',
    ]);
  });

  it('lists every sign on the urgent help page, by tier and audience, each with its anchor', async () => {
    const page = await html('urgent-help');
    expect([...page.matchAll(/<li class="sign" data-sign="([a-z-]+)" id="([a-z-]+)"/g)].map((m) => m[2])).toEqual([
      'sign-saddle-numbness',
      'sign-waters-breaking',
      'sign-pain-getting-worse',
    ]);
    expect(page).toContain('<p class="signs-audience">If you are pregnant:</p>');
  });

  it("includes a snippet's text in the page and its sources in the page's sources", async () => {
    const selfCare = (await built()).pages.find((p) => p.slug === 'self-care')!;
    expect(selfCare.html).toContain('<p>Do not put heat on skin that feels numb: you may not feel it burn.');
    expect(selfCare.sources.map((s) => s.url)).toEqual([
      'https://www.nice.org.uk/guidance/ng59',
      'https://www.nhs.uk/conditions/back-pain/',
      'https://www.nhs.uk/conditions/burns-and-scalds/',
    ]);
  });
});
