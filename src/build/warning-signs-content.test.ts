import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import { unified } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import { beforeAll, describe, expect, it } from 'vitest';
import { TIER_IDS, type HandbookData, type TierId } from '../shared/handbook-data.ts';
import { buildHandbook, formatProblem } from './content/build-handbook.ts';
import { hastText } from './content/page-text.ts';

// The bundled handbook, checked where readers meet it (the built HTML), for the promise of the
// warning-signs model: one wording, one urgency, and a complete urgent help page.

interface Shown {
  slug: string;
  text: string;
  tier: TierId | null;
  /** The sign's id when the build placed it (`data-sign`), else null (written by hand). */
  sign: string | null;
  anchor: string | null;
}

let handbook: HandbookData;
let shown: Shown[];

function classes(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

/** Every list item inside a tier callout on every page, with the tier of the callout around it. */
function listItemsInCallouts(data: HandbookData): Shown[] {
  const out: Shown[] = [];
  for (const page of data.pages) {
    const raw = { type: 'root', children: [{ type: 'raw', value: page.html }] } as unknown as Root;
    const tree = unified().use(rehypeRaw).runSync(raw) as Root;
    visitParents(tree, 'element', (node: Element, ancestors) => {
      if (node.tagName !== 'li') return;
      const callout = ancestors.findLast(
        (a): a is Element => a.type === 'element' && classes(a).includes('callout'),
      );
      const tier = TIER_IDS.find((t) => callout && classes(callout).includes(`callout-${t}`)) ?? null;
      if (!callout) return;
      const sign = node.properties.dataSign;
      const anchor = node.properties.id;
      out.push({
        slug: page.slug,
        text: hastText([node]).toLowerCase(),
        tier,
        sign: typeof sign === 'string' ? sign : null,
        anchor: typeof anchor === 'string' ? anchor : null,
      });
    });
  }
  return out;
}

beforeAll(async () => {
  const result = await buildHandbook('content');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  handbook = result.handbook;
  shown = listItemsInCallouts(handbook);
  // The whole build, on a machine that may be busy.
}, 120_000);

describe('warning signs in the built handbook', () => {
  it('gives no sign wording two tiers anywhere', () => {
    const tiersOf = new Map<string, Set<string>>();
    for (const item of shown.filter((s) => s.tier)) {
      tiersOf.set(item.text, (tiersOf.get(item.text) ?? new Set()).add(item.tier!));
    }
    // A sign's data wording also must not sit in a callout of another tier inside longer text.
    for (const sign of handbook.signs) {
      const wording = sign.text.toLowerCase();
      for (const item of shown.filter((s) => s.tier && s.text.includes(wording))) {
        tiersOf.set(wording, (tiersOf.get(wording) ?? new Set([sign.tier])).add(item.tier!));
      }
    }
    const twice = [...tiersOf].filter(([, tiers]) => tiers.size > 1).map(([text, t]) => `${[...t]}: ${text}`);
    expect(twice).toEqual([]);
    expect(shown.filter((s) => s.sign).length).toBeGreaterThan(handbook.signs.length);
  });

  it('shows every sign of every page on the urgent help page, in the same words and tier', () => {
    const urgentHelp = handbook.pages.find((p) => p.slug === 'urgent-help')!.slug;
    const there = new Map(
      shown.filter((s) => s.slug === urgentHelp && s.anchor).map((s) => [s.anchor!, s] as const),
    );
    const missing = shown
      .filter((s) => s.slug !== urgentHelp && s.tier)
      .filter((s) => {
        const match = s.sign ? there.get(`sign-${s.sign}`) : undefined;
        return !match || match.text !== s.text || match.tier !== s.tier;
      })
      .map((s) => `${s.slug}: ${s.text}`);
    expect(missing).toEqual([]);
    // …and the urgent help page is complete by construction: every sign in the data.
    expect([...there.keys()].sort()).toEqual(handbook.signs.map((s) => `sign-${s.id}`).sort());
  });

  // The audience files a sign under its group on the urgent help page and gives search its context
  // words, so a sign about pregnancy filed under "After giving birth" is one a pregnant reader misses.
  it('files each sign under the readers its own words are about', () => {
    const misfiled = handbook.signs
      .filter((sign) => {
        const aboutPregnancy = /\bpregnan/i.test(sign.text);
        const aboutAfterBirth = /\bsince (the birth|giving birth)/i.test(sign.text);
        const pregnancyGroup = ['pregnant', 'early-pregnancy', 'later-pregnancy'].includes(sign.audience);
        // Most signs leave the group unsaid ("You have pain just below your ribs"); those that say it must match.
        return (aboutPregnancy && !pregnancyGroup) || (aboutAfterBirth && sign.audience !== 'after-birth');
      })
      .map((sign) => `${sign.id} (${sign.audience}): ${sign.text}`);
    expect(misfiled).toEqual([]);
  });
});
