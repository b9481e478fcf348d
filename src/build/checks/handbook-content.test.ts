import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HandbookData, Page } from '../../shared/handbook-data.ts';
import { buildHandbook, formatProblem } from '../content/build-handbook.ts';
import { pageBodyText } from '../content/page-text.ts';
import { readability } from './readability.ts';

// The bundled handbook itself, held to the bar its readers need: complete, sourced, linked to
// urgent help, readable, and in its own words.
const TOPIC_PAGES = [
  'understanding-back-cramps',
  'injury-and-strain',
  'nerve-related-pain',
  'other-medical-causes',
  'early-pregnancy',
  'later-pregnancy',
  'self-care',
  'exercises-and-stretches',
];
// Pages that guide rather than teach a topic: no key points or handout required, but they are
// read by the same worried people, so the same reading bar holds.
const GUIDE_PAGES = [
  'what-happens-next',
  'pain-that-lasts',
  'after-the-birth',
  'period-pain',
  'support-organisations',
  'questions-and-notes',
];
const MAX_GRADE = 8;
// From the repository, wherever the tests are run from.
const repoRoot = resolve(import.meta.dirname, '../../..');

let handbook: HandbookData;
const page = (slug: string): Page => handbook.pages.find((p) => p.slug === slug)!;

beforeAll(async () => {
  const result = await buildHandbook(resolve(repoRoot, 'content'));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  handbook = result.handbook;
});

describe('the bundled handbook', () => {
  it('has every page the handbook promises', () => {
    const slugs = handbook.pages.map((p) => p.slug);
    for (const slug of [
      'start-here',
      ...TOPIC_PAGES,
      ...GUIDE_PAGES,
      'urgent-help',
      'glossary',
      'sources-and-review',
    ]) {
      expect(slugs).toContain(slug);
    }
  });

  it('gives every page a title, summary, reviewed date and at least one source', () => {
    for (const p of handbook.pages.filter((p) => p.slug !== 'glossary')) {
      expect(p.title, p.slug).not.toBe('');
      expect(p.summary.length, p.slug).toBeGreaterThan(20);
      expect(p.reviewed, p.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.sources.length, p.slug).toBeGreaterThan(0);
      for (const s of p.sources) expect(s.url, `${p.slug}: ${s.title}`).toMatch(/^https:\/\//);
    }
  });

  it('gives every topic page key points, get-help blocks and a handout', () => {
    for (const slug of TOPIC_PAGES) {
      const { html, handout } = page(slug);
      expect(handout, slug).toBe(true);
      expect(html, slug).toContain('callout-key-points');
      expect(html, slug).toMatch(/callout-(see-doctor|urgent|emergency)/);
      expect(html, slug).toContain('class="handout"');
    }
  });

  it('links every other page to "When to get urgent help"', () => {
    for (const p of handbook.pages.filter((p) => p.slug !== 'urgent-help' && p.slug !== 'glossary')) {
      expect(p.html, p.slug).toContain(`href="#/page/${handbook.meta.urgentHelp}`);
    }
  });

  it('defines every glossary term it uses', () => {
    const ids = new Set(handbook.glossary.map((g) => g.id));
    const used = handbook.pages.flatMap((p) =>
      [...p.html.matchAll(/data-term="([^"]+)"/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('never presents one country’s emergency number as everyone’s', () => {
    for (const p of handbook.pages) {
      const text = pageBodyText(p);
      for (const number of ['999', '911', '112']) {
        if (!text.includes(number)) continue;
        // Only the region lists on the start and urgent-help pages name the numbers, side by side.
        expect(['start-here', 'urgent-help'], `${p.slug} mentions ${number}`).toContain(p.slug);
        expect(text).toMatch(/999[\s\S]*911|911[\s\S]*999/);
      }
    }
    expect(handbook.meta.regions.map((r) => r.code)).toEqual(
      expect.arrayContaining(['UK-ENG', 'UK-SCT', 'UK-WLS', 'UK-NIR', 'US', 'OTHER']),
    );
  });

  it.each([...TOPIC_PAGES, ...GUIDE_PAGES, 'start-here', 'urgent-help', 'sources-and-review'])(
    '%s reads at Flesch–Kincaid grade 8 or below',
    (slug) => {
      const score = readability(pageBodyText(page(slug)));
      expect(score.words).toBeGreaterThan(300);
      expect(score.grade).toBeLessThanOrEqual(MAX_GRADE);
    },
  );

  it('keeps none of the source article’s errors', () => {
    const all = handbook.pages.map((p) => pageBodyText(p).toLowerCase()).join('\n');
    expect(all).not.toMatch(
      /ligaments? (join|connect)s? (the )?muscles? (together )?(with|to) (the )?bones?/,
    );
    expect(all).not.toMatch(/heal (the )?(damaged )?lungs/);
    expect(all).not.toMatch(/mild fractures?/);
    expect(all).not.toMatch(/810/);
    expect(all).toMatch(/stay active|keep moving/);
  });
});

// shared/ sits beside the repository (CI lays a copy there).
const seedOverlap = resolve(repoRoot, '../shared/tools/seed-overlap');

describe('content is in the handbook’s own words', () => {
  it('seed-overlap finds no copied run', (ctx) => {
    if (!existsSync(seedOverlap)) {
      const reason = `seed-overlap not found at ${seedOverlap}`;
      // CI always has shared/ beside the clone: there, a missing tool is a broken check, not a skip.
      if (process.env.CI) throw new Error(reason);
      console.warn(`skipped: ${reason}`);
      ctx.skip(reason);
    }
    const output = execFileSync(seedOverlap, [resolve(repoRoot, 'content')], { encoding: 'utf8' });
    expect(output).toMatch(/\b0 copied run/);
  });
});
