import { afterEach, describe, expect, it } from 'vitest';
import { buildHandbook, formatProblem } from './build-handbook.ts';
import { withErrorFixture } from './fixtures/fixture.ts';

/** Each misuse of warning signs, snippets, tiers and regions: one fixture, reported where it is. */
describe('the content build reports each misuse of the content model at file:line:column', () => {
  let cleanup = (): void => {};
  afterEach(() => cleanup());

  async function problemsOf(fixture: string): Promise<string[]> {
    const f = withErrorFixture(fixture);
    cleanup = f.cleanup;
    const result = await buildHandbook(f.dir);
    if (result.ok) throw new Error(`${fixture} built without problems`);
    const prefix = `${f.at('')}/`;
    return result.problems.map(formatProblem).map((line) => line.slice(prefix.length));
  }

  it('an unknown sign id', async () => {
    expect(await problemsOf('sign-unknown-id')).toEqual([
      'extra.md:17:1: unknown warning sign "numb-everywhere" (check warning-signs.yml)',
    ]);
  });

  it('a sign inside a callout of another tier', async () => {
    expect(await problemsOf('sign-wrong-tier')).toEqual([
      'extra.md:17:1: the sign "saddle-numbness" is at the tier "emergency": show it in a :::emergency callout, not :::urgent',
    ]);
  });

  it('a list item written by hand inside a tier callout', async () => {
    expect(await problemsOf('sign-hand-written-list')).toEqual([
      'extra.md:15:1: write warning signs with ::signs{ids="..."} (from warning-signs.yml), not as a list',
    ]);
  });

  it('a label written on a tier callout', async () => {
    expect(await problemsOf('tier-label')).toEqual([
      'extra.md:14:1: a :::emergency callout takes its label from "tiers:" in handbook.yml; remove "[Ring an ambulance]"',
    ]);
  });

  it('a sign that no page shows', async () => {
    expect(await problemsOf('sign-unshown')).toEqual([
      'warning-signs.yml:22:5: no page shows the sign "fever-and-back-pain": add it to a page\'s :::urgent callout with ::signs',
    ]);
  });

  it('::signs outside a tier callout', async () => {
    expect(await problemsOf('sign-outside-callout')).toEqual([
      'extra.md:16:1: ::signs must be inside a tier callout (:::emergency, :::maternity, :::urgent, :::see-doctor)',
    ]);
  });

  it('::get-help outside a handout', async () => {
    expect(await problemsOf('get-help-outside-handout')).toEqual([
      'extra.md:20:1: ::get-help belongs inside the :::handout block',
    ]);
  });

  it('::get-help naming a sign the page does not show', async () => {
    expect(await problemsOf('get-help-not-shown')).toEqual([
      'extra.md:22:1: ::get-help names "waters-breaking", which this page does not show with ::signs',
    ]);
  });

  it('a handout without its "When to get help" part on a page that shows signs', async () => {
    expect(await problemsOf('handout-without-get-help')).toEqual([
      'extra.md:19:1: this page shows warning signs, so its handout needs ::get-help (its "When to get help" part)',
    ]);
  });

  it('::all-signs anywhere but the urgent help page', async () => {
    expect(await problemsOf('all-signs-elsewhere')).toEqual([
      'extra.md:16:1: ::all-signs belongs on the urgent help page (urgent-help) only',
    ]);
  });

  it('a handout with more words than fit on one printed page', async () => {
    expect(await problemsOf('handout-too-long')).toEqual([
      'extra.md:17:1: the handout has 220 words, more than fit on one printed page (215); shorten it, or choose fewer signs with ::get-help{ids="..."}',
    ]);
  });

  it('an unknown snippet', async () => {
    expect(await problemsOf('snippet-unknown')).toEqual([
      'extra.md:16:1: unknown snippet "cold-packs" (no file content/snippets/cold-packs.md)',
    ]);
  });

  it('a snippet no page includes', async () => {
    expect(await problemsOf('snippet-unused')).toEqual([
      'snippets/keep-moving.md:1:1: no page includes this snippet: add ::snippet{id=keep-moving} to a page, or delete it',
    ]);
  });

  it('a heading or warning signs inside a snippet, at the line in the snippet', async () => {
    expect(await problemsOf('snippet-misuse')).toEqual([
      'snippets/heat-and-numb-skin.md:6:1: a snippet cannot have headings: the page that includes it gives them',
      'snippets/heat-and-numb-skin.md:10:1: ::signs must be inside a tier callout (:::emergency, :::maternity, :::urgent, :::see-doctor)',
      'snippets/heat-and-numb-skin.md:10:1: a snippet cannot use ::signs: warning signs and snippets belong to pages',
    ]);
  });

  it('wrong fields, ids used twice, unknown sources and lists in warning-signs.yml, each where it is', async () => {
    expect(await problemsOf('warning-signs-shape')).toEqual([
      'self-care.md:42:1: unknown warning sign "pain-getting-worse" (check warning-signs.yml)',
      'warning-signs.yml:10:11: sign "waters-breaking": the text must be one sentence ending with a full stop',
      'warning-signs.yml:13:15: sign "waters-breaking": no source "nhs-cks" under "sources:"',
      'warning-signs.yml:16:11: "tier" in sign 3 must be one of: emergency, maternity, urgent, see-doctor',
      'warning-signs.yml:17:15: "audience" in sign 3 must be one of: everyone, pregnant, early-pregnancy, later-pregnancy, after-birth',
      'warning-signs.yml:19:9: the sign id "saddle-numbness" is used twice',
      'warning-signs.yml:24:5: sign 5 needs a "sources" field',
      'warning-signs.yml:24:9: "id" in sign 5 may only use a-z, 0-9 and single hyphens',
      'warning-signs.yml:28:5: unknown field "colour" in sign 5 (expected one of: id, text, tier, audience, phrasings, sources)',
      'warning-signs.yml:30:11: sign "numb-legs": must be one line of text (no lists, headings or blank lines)',
    ]);
  });

  it('a region code used twice, a region without its sources or a field', async () => {
    expect(await problemsOf('region-duplicate')).toEqual([
      'handbook.yml:17:5: region "UK-SCT" needs "sources": the health service\'s own page for its numbers',
      'handbook.yml:17:11: region code "UK-SCT" is used twice',
      'handbook.yml:29:5: region 4 needs a "doctor" field',
    ]);
  });
});
