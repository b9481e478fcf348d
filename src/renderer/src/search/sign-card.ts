import type { Region, Tier } from '../../../shared/handbook-data';
import type { SignMatch } from '../../../shared/search/warning-signs-match';

/** What a warning sign's action card needs from the handbook and the reader's settings. */
export interface SignCardContext {
  tiers: readonly Tier[];
  region: Region | undefined;
  /** Slug of the urgent help page, where every sign has its anchor. */
  urgentHelp: string;
}

/** What an action card shows: the tier's action for the reader's region, and the sign as written. */
export interface SignCard {
  id: string;
  tier: string;
  label: string;
  /** Inline HTML from the content build; the card fills in the region's words. */
  actionHtml: string;
  signHtml: string;
  region: Region | undefined;
  /** The sign's place on the urgent help page. */
  slug: string;
  anchor: string;
}

export function signCard(match: SignMatch, { tiers, region, urgentHelp }: SignCardContext): SignCard {
  const tier = tiers.find((t) => t.id === match.tier);
  return {
    id: match.id,
    tier: match.tier,
    label: tier?.label ?? '',
    actionHtml: tier?.actionHtml ?? '',
    signHtml: match.html,
    region,
    slug: urgentHelp,
    anchor: `sign-${match.id}`,
  };
}
