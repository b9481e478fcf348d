import type { SignMatch } from '../../../shared/search/warning-signs-match';

/** A tier's words from the handbook's data: shown on every card of that tier. */
export interface TierWords {
  label: string;
  /** One sentence with region placeholders, e.g. "Call {{emergency}} now." */
  action: string;
}

/** What an action card shows: the tier's action for the reader's region, and the sign as written. */
export interface SignCard {
  id: string;
  tier: string;
  label: string;
  action: string;
  sign: string;
  /** The sign's place on the urgent help page. */
  slug: string;
  anchor: string;
}

/** Fills `{{emergency}}`, `{{urgent}}`… from the region; an unknown placeholder stays visible rather than vanish. */
export function fillRegion(text: string, region: Readonly<Record<string, unknown>> | undefined): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const value = region?.[key];
    return typeof value === 'string' ? value : whole;
  });
}

/** The sign's words without inline Markdown: `:term[cramps]{id=cramp}` → "cramps", `**x**` → "x". */
export function signWords(text: string): string {
  return text.replace(/:[\w-]+\[([^\]]*)\](\{[^}]*\})?/g, '$1').replace(/\*\*([^*]+)\*\*/g, '$1');
}

export function signCard(
  match: SignMatch,
  tiers: Readonly<Record<string, TierWords>>,
  region: Readonly<Record<string, unknown>> | undefined,
  urgentHelp: string,
): SignCard {
  const words = tiers[match.tier];
  return {
    id: match.id,
    tier: match.tier,
    label: words?.label ?? '',
    action: fillRegion(words?.action ?? '', region),
    sign: fillRegion(signWords(match.text), region),
    slug: urgentHelp,
    anchor: `sign-${match.id}`,
  };
}
