import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildHandbook, formatProblem, type BuildResult } from './build-handbook.ts';
import { VALID, withErrorFixture } from './fixtures/fixture.ts';
import { displayPath } from './load-pages.ts';

function ok(result: BuildResult): Extract<BuildResult, { ok: true }> {
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result;
}

describe('buildHandbook on the valid fixture', () => {
  it('builds every page in toc order, with the generated glossary, and skips README.md', async () => {
    const built = ok(await buildHandbook(VALID));
    expect(built.pageCount).toBe(4);
    expect(built.handbook.pages.map((p) => p.slug)).toEqual([
      'start-here',
      'self-care',
      'urgent-help',
      'glossary',
    ]);
    expect(built.handbook.toc[1]).toEqual({ title: 'What to do', pages: ['self-care', 'urgent-help'] });
    expect(built.handbook.meta).toMatchObject({
      reviewed: '2026-01-15',
      home: 'start-here',
      defaultRegion: 'OTHER',
    });
    expect(built.handbook.glossary[1]).toEqual({
      id: 'herniated-disc',
      term: 'Herniated disc',
      definition: 'A disc between two bones of the spine that bulges out.',
    });
    expect(built.images.map((i) => [i.path, i.width, i.height])).toEqual([['images/heat-pack.png', 4, 3]]);
  });

  it('fills each page from its front matter and body', async () => {
    const selfCare = ok(await buildHandbook(VALID)).handbook.pages[1]!;
    expect(selfCare).toMatchObject({
      slug: 'self-care',
      title: 'Self-care',
      keywords: ['heat', 'rest', 'movement'],
      handout: true,
    });
    expect(selfCare.sources[0]).toEqual({
      title: 'Low back pain',
      publisher: 'NICE',
      url: 'https://www.nice.org.uk/guidance/ng59',
      accessed: '2026-01-10',
    });
    expect(selfCare.headings.map((h) => `${h.depth}:${h.id}`)).toEqual([
      '2:heat',
      '3:how-long',
      '2:when-to-get-help',
    ]);
  });

  it('generates the glossary page with one anchored ## per term', async () => {
    const glossary = ok(await buildHandbook(VALID)).handbook.pages[3]!;
    expect(glossary.html).toContain(
      '<h2 id="herniated-disc">Herniated disc</h2><p class="glossary-aliases">Also called: slipped disc.</p>',
    );
  });

  it('makes one search doc per section in toc order, without the handout, placeholders as text', async () => {
    const docs = ok(await buildHandbook(VALID)).searchDocs;
    expect(docs.map((d) => d.id)).toEqual([
      'start-here#',
      'start-here#how-to-use-it',
      'self-care#',
      'self-care#heat',
      'self-care#when-to-get-help',
      'urgent-help#',
      'urgent-help#call-now',
      'glossary#',
      'glossary#sciatica',
      'glossary#herniated-disc',
    ]);
    const heat = docs[3]!;
    expect(heat).toMatchObject({ title: 'Self-care', heading: 'Heat', keywords: 'heat rest movement' });
    expect(heat.body).toBe(
      'Use a heat pack. Press Stop when done, at 10:30 or so. How long About 20 minutes. See below.',
    );
    expect(docs[0]!.body).toContain('call your local emergency number.');
    expect(docs.map((d) => d.body).join(' ')).not.toContain('handoutword');
  });
});

describe('buildHandbook reports every problem at file:line:column', () => {
  let cleanup = (): void => {};
  afterEach(() => cleanup());

  async function problemsOf(fixture: string): Promise<string[]> {
    const f = withErrorFixture(fixture);
    cleanup = f.cleanup;
    const result = await buildHandbook(f.dir);
    if (result.ok) throw new Error(`${fixture} built without problems`);
    const prefix = `${f.at('')}/`;
    return result.problems.map(formatProblem).map((line) => {
      expect(line.startsWith(prefix)).toBe(true);
      return line.slice(prefix.length);
    });
  }

  it('malformed YAML front matter, at the line in the Markdown file', async () => {
    expect(await problemsOf('yaml-syntax')).toEqual([
      'extra.md:4:1: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('missing and wrongly typed front-matter fields, at the field', async () => {
    expect(await problemsOf('front-matter-fields')).toEqual([
      'extra.md:2:1: the front matter needs a "summary" field',
      'extra.md:3:11: "keywords" in the front matter must be a list',
      'extra.md:4:11: "reviewed" in the front matter must be a date like 2026-01-31',
      'extra.md:6:10: "handout" in the front matter must be true or false',
      'extra.md:10:10: "url" in source 1 must start with https://',
    ]);
  });

  it('a duplicate slug, at the second file', async () => {
    const f = withErrorFixture('duplicate-slug');
    cleanup = f.cleanup;
    const result = await buildHandbook(f.dir);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${f.at('zz-duplicate.md')}:3:7: duplicate slug "self-care": ${f.at('self-care.md')} already uses it`,
    ]);
  });

  it('broken links and anchors', async () => {
    expect(await problemsOf('broken-links')).toEqual([
      'extra.md:14:5: broken link: there is no page "nowhere.md"',
      'extra.md:14:36: broken link "self-care.md#cold": there is no heading "#cold" on that page',
      'extra.md:16:6: broken link "#nope": there is no heading "#nope" on that page',
      'extra.md:16:29: cannot link to "notes.txt": link to another page by its file name (e.g. self-care.md) or to an https:// address',
    ]);
  });

  it('missing, alt-less and remote images', async () => {
    expect(await problemsOf('images')).toEqual([
      'extra.md:14:1: missing image: content/images/missing.png does not exist',
      'extra.md:16:1: the image needs alt text describing it: ![what it shows](images/file.png)',
      'extra.md:18:1: images must be files in content/images, not web addresses ("https://example.com/x.png")',
    ]);
  });

  it.each([
    ['svg-width', 'images/knee-hug.svg:1:1: the drawing needs width="…" on <svg>, a number of pixels (the size it is shown at)'],
    ['svg-height', 'images/knee-hug.svg:1:1: the drawing needs height="…" on <svg>, a number of pixels (the size it is shown at)'],
    ['svg-alt', 'extra.md:16:1: the image needs alt text describing it: ![what it shows](images/file.png)'],
  ])('a drawing that breaks a rule (%s)', async (fixture, problem) => {
    expect(await problemsOf(fixture)).toEqual([problem]);
  });

  it('unknown block, leaf and inline directives', async () => {
    expect(await problemsOf('blocks')).toEqual([
      'extra.md:14:1: unknown block ":::warning" (known: emergency, maternity, urgent, see-doctor, key-points, pregnancy, handout)',
      'extra.md:18:1: unknown block "::video" (blocks start with three colons, e.g. :::key-points; known with two: ::signs, ::all-signs, ::get-help, ::snippet)',
      'extra.md:20:5: unknown inline directive ":highlight" (to write a colon before text, write \\:)',
    ]);
  });

  it('unknown glossary references', async () => {
    expect(await problemsOf('glossary-refs')).toEqual([
      'extra.md:14:13: no glossary term with "lumbago" (check glossary.yml, or add {id=...})',
      'extra.md:14:31: no glossary term with id "slipped" (check glossary.yml, or add {id=...})',
    ]);
  });

  it('raw HTML', async () => {
    const problems = await problemsOf('raw-html');
    expect(problems.map((p) => p.split(': ')[0])).toEqual([
      'extra.md:14:11',
      'extra.md:14:38',
      'extra.md:16:1',
      'extra.md:18:1',
    ]);
    expect(problems[0]).toContain('raw HTML <span style="color:red"> is not allowed');
  });

  it('an empty page', async () => {
    expect(await problemsOf('empty-page')).toEqual(['extra.md:13:1: the page has no text']);
  });

  it('handout flag and block that do not match', async () => {
    expect(await problemsOf('handout-mismatch')).toEqual([
      'extra.md:16:1: this :::handout block needs "handout: true" in the front matter',
      'urgent-help.md:7:10: the front matter says "handout: true" but the page has no :::handout block',
    ]);
  });

  it('toc entries that are missing or repeated, pages not in the toc, bad home and region', async () => {
    expect(await problemsOf('toc')).toEqual([
      'extra.md:1:1: the page "extra" is not in the toc of handbook.yml',
      'handbook.yml:22:16: defaultRegion "OTHER" is not one of the region codes',
      'handbook.yml:23:7: home "start" is not a page',
      'handbook.yml:27:25: the table of contents lists "missing-page", but there is no such page',
      'handbook.yml:29:37: "self-care" is listed in the table of contents twice',
    ]);
  });

  it('the generated glossary page left out of the toc', async () => {
    expect(await problemsOf('glossary-not-in-toc')).toEqual([
      'handbook.yml:32:3: the generated "glossary" page is not in the toc',
    ]);
  });

  it('a # heading and an unknown placeholder', async () => {
    expect(await problemsOf('headings-placeholders')).toEqual([
      'extra.md:14:1: a page cannot have a "#" heading: the title comes from the front matter (use "##")',
      'extra.md:16:6: unknown placeholder "{{ambulance}}" (known: {{emergency}}, {{urgent}}, {{maternity}}, {{doctor}})',
    ]);
  });

  it('a missing handbook.yml', async () => {
    const result = await buildHandbook(join(VALID, 'images'));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${displayPath(join(VALID, 'images', 'handbook.yml'))}:1:1: handbook.yml is missing`,
    ]);
  });
});
