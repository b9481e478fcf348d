import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID } from './fixtures/fixture.ts';
import { parseHandbookConfig } from './handbook-config.ts';
import { formatProblem, Reporter, type Problem } from './problems.ts';

/** The valid fixture's handbook.yml (37 lines: regions at 8-22, tiers at 23-27, toc at 31-37). */
const GOOD = readFileSync(join(VALID, 'handbook.yml'), 'utf8');

function configOf(text: string): {
  config: ReturnType<typeof parseHandbookConfig>;
  problems: string[];
} {
  const found: Problem[] = [];
  const config = parseHandbookConfig(text, new Reporter('handbook.yml', found));
  return { config, problems: found.map(formatProblem) };
}

/** GOOD with one line replaced (1-based), or removed when `by` is null. */
function withLine(line: number, by: string | null): string {
  const lines = GOOD.split('\n');
  lines.splice(line - 1, 1, ...(by === null ? [] : [by]));
  return lines.join('\n');
}

const TIERS = [
  '  - { id: emergency, label: "Emergency: call now", action: "Call {{emergency}} now." }',
  '  - { id: maternity, label: Call your maternity unit now, action: "Call {{maternity}} now, day or night." }',
  '  - { id: urgent, label: Get urgent advice today, action: "Get advice today from {{urgent}}." }',
  '  - { id: see-doctor, label: See a doctor soon, action: "Make an appointment with {{doctor}} in the next few days." }',
];

/** GOOD with its `tiers:` items (lines 24-27) replaced. */
function withTiers(...items: string[]): string {
  return GOOD.replace(TIERS.join('\n'), items.join('\n'));
}

describe('parseHandbookConfig on the valid handbook.yml', () => {
  it('reads the meta, the regions and where home, urgent help and the toc are', () => {
    const { config, problems } = configOf(GOOD);
    expect(problems).toEqual([]);
    expect(config!.meta).toMatchObject({
      title: 'Test Handbook',
      subtitle: 'A small handbook for the build tests',
      language: 'en-GB',
      edition: '1',
      reviewed: '2026-01-15',
      nextReview: '2029-01-15',
      disclaimer: 'Not medical advice.',
      defaultRegion: 'OTHER',
      home: 'start-here',
      urgentHelp: 'urgent-help',
    });
    expect(config!.meta.regions).toEqual([
      {
        code: 'UK-SCT',
        name: 'UK – Scotland',
        emergency: '999',
        urgent: 'NHS 24 (call 111)',
        maternity: 'your maternity unit',
        doctor: 'your GP',
        sources: [{ title: 'NHS 24', publisher: 'NHS 24', url: 'https://www.nhs24.scot/', accessed: '2026-01-10' }],
      },
      {
        code: 'OTHER',
        name: 'Another country',
        emergency: 'your local emergency number',
        urgent: 'your doctor',
        maternity: 'your maternity unit or midwife',
        doctor: 'a doctor',
        sources: [],
      },
    ]);
    expect(config!.at).toEqual({
      home: { line: 29, column: 7 },
      urgentHelp: { line: 30, column: 13 },
      toc: { line: 32, column: 3 },
    });
  });

  it("renders each tier's action in the default region's words, most urgent first", () => {
    const { config } = configOf(GOOD);
    expect(config!.tiers.map((t) => [t.id, t.label, t.action])).toEqual([
      ['emergency', 'Emergency: call now', 'Call your local emergency number now.'],
      ['maternity', 'Call your maternity unit now', 'Call your maternity unit or midwife now, day or night.'],
      ['urgent', 'Get urgent advice today', 'Get advice today from your doctor.'],
      ['see-doctor', 'See a doctor soon', 'Make an appointment with a doctor in the next few days.'],
    ]);
    expect(config!.tiers[0]!.actionHtml).toBe(
      'Call <span class="region-emergency">your local emergency number</span> now.',
    );
    // The placeholder is a node of its own, which the reader fills in for the chosen region.
    expect(config!.tiers[0]!.actionNodes.map((n) => n.type)).toEqual(['text', 'emphasis', 'text']);
    expect(config!.meta.tiers[3]).toEqual({
      id: 'see-doctor',
      label: 'See a doctor soon',
      action: 'Make an appointment with a doctor in the next few days.',
      actionHtml: 'Make an appointment with <span class="region-doctor">a doctor</span> in the next few days.',
    });
    const reordered = configOf(withTiers(TIERS[3]!, TIERS[1]!, TIERS[0]!, TIERS[2]!));
    expect(reordered.config!.tiers.map((t) => t.id)).toEqual(['emergency', 'maternity', 'urgent', 'see-doctor']);
  });

  it('reads the toc, each page with where it is', () => {
    const { config } = configOf(GOOD);
    expect(config!.toc).toEqual([
      { title: 'Start', pages: [{ value: 'start-here', at: { line: 33, column: 13 } }] },
      {
        title: 'What to do',
        pages: [
          { value: 'self-care', at: { line: 35, column: 13 } },
          { value: 'urgent-help', at: { line: 35, column: 24 } },
        ],
      },
      { title: 'Reference', pages: [{ value: 'glossary', at: { line: 37, column: 13 } }] },
    ]);
  });
});

describe('parseHandbookConfig reports each problem at its place', () => {
  it('an unknown field, and null for a file that is not fields', () => {
    expect(configOf(`${GOOD}colour: blue\n`).problems).toEqual([
      'handbook.yml:38:1: unknown field "colour" in handbook.yml (expected one of: title, subtitle, language, edition, reviewed, nextReview, disclaimer, regions, tiers, defaultRegion, home, urgentHelp, toc)',
    ]);
    expect(configOf('- a\n')).toEqual({
      config: null,
      problems: ['handbook.yml:1:1: handbook.yml must be a list of "name: value" fields'],
    });
  });

  it('missing meta fields, read as empty text', () => {
    const text = GOOD.replace(/^(title|subtitle|language|edition|reviewed|nextReview|disclaimer|home|urgentHelp):.*\n/gm, '');
    const { config, problems } = configOf(text);
    expect(problems).toEqual([
      'handbook.yml:1:1: handbook.yml needs a "title" field',
      'handbook.yml:1:1: handbook.yml needs a "subtitle" field',
      'handbook.yml:1:1: handbook.yml needs a "language" field',
      'handbook.yml:1:1: handbook.yml needs a "edition" field',
      'handbook.yml:1:1: handbook.yml needs a "reviewed" field',
      'handbook.yml:1:1: handbook.yml needs a "nextReview" field',
      'handbook.yml:1:1: handbook.yml needs a "disclaimer" field',
      'handbook.yml:1:1: handbook.yml needs a "home" field',
      'handbook.yml:1:1: handbook.yml needs a "urgentHelp" field',
    ]);
    expect(config!.meta).toMatchObject({
      title: '',
      subtitle: '',
      language: '',
      edition: '',
      reviewed: '',
      nextReview: '',
      disclaimer: '',
      home: '',
      urgentHelp: '',
    });
  });

  it('no regions, or an empty list of them', () => {
    const noRegions = GOOD.replace(/regions:\n( {2}.*\n)+/, '');
    expect(configOf(noRegions).problems).toEqual([
      'handbook.yml:1:1: handbook.yml needs at least one region',
    ]);
    expect(configOf(noRegions).config!.meta.regions).toEqual([]);
    expect(configOf(GOOD.replace(/regions:\n( {2}.*\n)+/, 'regions: []\n')).problems).toEqual([
      'handbook.yml:8:10: handbook.yml needs at least one region',
    ]);
    expect(configOf(GOOD.replace(/regions:\n( {2}.*\n)+/, 'regions: none\n')).problems).toEqual([
      'handbook.yml:8:10: "regions" must be a list',
    ]);
  });

  it('a wrong region code, a code used twice, a default that is no code', () => {
    expect(configOf(withLine(9, '  - code: uk')).problems).toEqual([
      'handbook.yml:9:11: "code" in region 1 must be capital letters and hyphens, e.g. UK-SCT',
    ]);
    expect(configOf(withLine(17, '  - code: UK-SCT')).problems).toEqual([
      'handbook.yml:17:11: region code "UK-SCT" is used twice',
      'handbook.yml:28:16: defaultRegion "OTHER" is not one of the region codes',
      'handbook.yml:17:5: region "UK-SCT" needs "sources": the health service\'s own page for its numbers',
    ]);
  });

  it('a region other than the default without sources, at the region', () => {
    const noSources = GOOD.replace(/ {4}sources:\n.*\n/, '');
    expect(configOf(noSources).problems).toEqual([
      'handbook.yml:9:5: region "UK-SCT" needs "sources": the health service\'s own page for its numbers',
    ]);
    expect(configOf(noSources.replace('defaultRegion: OTHER', 'defaultRegion: UK-SCT')).problems).toEqual([
      'handbook.yml:15:5: region "OTHER" needs "sources": the health service\'s own page for its numbers',
    ]);
  });

  it('no default region: the check of the default is skipped when no region is readable', () => {
    const { config, problems } = configOf(withLine(28, null));
    expect(problems).toEqual([
      'handbook.yml:1:1: handbook.yml needs a "defaultRegion" field',
      'handbook.yml:17:5: region "OTHER" needs "sources": the health service\'s own page for its numbers',
    ]);
    expect(config!.meta.defaultRegion).toBe('');
    // With no default, the actions use the generic words.
    expect(config!.tiers[2]!.action).toBe('Get advice today from your doctor or local urgent care service.');
    const allBad = GOOD.replace(/code: [A-Z-]+/g, 'code: x');
    expect(configOf(allBad).problems).toEqual([
      'handbook.yml:9:11: "code" in region 1 must be capital letters and hyphens, e.g. UK-SCT',
      'handbook.yml:17:11: "code" in region 2 must be capital letters and hyphens, e.g. UK-SCT',
    ]);
  });
});

describe('parseHandbookConfig: tiers', () => {
  it('no tiers at all, at the top of the file', () => {
    const { config, problems } = configOf(GOOD.replace(/tiers:\n( {2}.*\n)+/, ''));
    expect(problems).toEqual([
      'handbook.yml:1:1: handbook.yml needs "tiers": emergency, maternity, urgent, see-doctor',
    ]);
    expect(config!.tiers).toEqual([]);
  });

  it('a tier listed twice, at the second; a missing tier, at the list', () => {
    const { config, problems } = configOf(withTiers(TIERS[0]!, TIERS[1]!, TIERS[0]!.replace('now.', 'soon.')));
    expect(problems).toEqual([
      'handbook.yml:26:5: the tier "emergency" is listed twice',
      'handbook.yml:24:3: tiers: missing urgent, see-doctor',
    ]);
    expect(config!.tiers.map((t) => [t.id, t.action])).toEqual([
      ['emergency', 'Call your local emergency number now.'],
      ['maternity', 'Call your maternity unit or midwife now, day or night.'],
    ]);
  });

  it('a tier id that is not one of the four, and an action that is not one line', () => {
    const { config, problems } = configOf(
      withTiers(TIERS[0]!.replace('emergency,', 'ambulance,'), TIERS[1]!, TIERS[2]!.replace('today from', '\\n\\n- today from'), TIERS[3]!),
    );
    expect(problems).toEqual([
      'handbook.yml:24:11: "id" in tier 1 must be one of: emergency, maternity, urgent, see-doctor',
      'handbook.yml:26:59: tier "urgent": must be one line of text (no lists, headings or blank lines)',
      'handbook.yml:24:3: tiers: missing emergency, urgent',
    ]);
    expect(config!.meta.tiers.map((t) => t.id)).toEqual(['maternity', 'see-doctor']);
  });
});

describe('parseHandbookConfig: toc', () => {
  it('reports unknown fields and missing titles or pages in a section; no toc is none', () => {
    const text = GOOD.replace('  - title: Start\n    pages: [start-here]', '  - name: Start\n    pages: start-here');
    const { config, problems } = configOf(text);
    expect(problems).toEqual([
      'handbook.yml:32:5: unknown field "name" in toc section 1 (expected one of: title, pages)',
      'handbook.yml:32:5: toc section 1 needs a "title" field',
      'handbook.yml:33:12: "pages" in toc section 1 must be a list',
    ]);
    expect(config!.toc[0]).toEqual({ title: '', pages: [] });
    const noToc = configOf(GOOD.replace(/toc:\n( {2}.*\n)+/, ''));
    expect(noToc.problems).toEqual(['handbook.yml:1:1: handbook.yml needs a "toc" field']);
    expect(noToc.config!.toc).toEqual([]);
  });
});

describe('parseHandbookConfig: the rest of the shapes', () => {
  it('gives null for malformed YAML', () => {
    expect(configOf('title: [\n').config).toBeNull();
  });

  it('tiers that are not a list', () => {
    expect(configOf(GOOD.replace(/tiers:\n( {2}.*\n)+/, 'tiers: all\n')).problems).toEqual([
      'handbook.yml:23:8: "tiers" must be a list',
      'handbook.yml:23:8: tiers: missing emergency, maternity, urgent, see-doctor',
    ]);
  });

  it('region codes with small letters at either end, and sources that are not a list', () => {
    expect(configOf(withLine(9, '  - code: uk-SCT')).problems).toEqual([
      'handbook.yml:9:11: "code" in region 1 must be capital letters and hyphens, e.g. UK-SCT',
    ]);
    expect(configOf(withLine(9, '  - code: UK-sct')).problems).toEqual([
      'handbook.yml:9:11: "code" in region 1 must be capital letters and hyphens, e.g. UK-SCT',
    ]);
    expect(configOf(GOOD.replace(/ {4}sources:\n.*\n/, '    sources: NHS 24\n')).problems).toEqual([
      'handbook.yml:15:14: "sources" in region 1 must be a list',
    ]);
  });
});

