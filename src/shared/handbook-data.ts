import type * as v from 'valibot';
import type { RegionShape, SourceShape } from './handbook-shapes';

/**
 * The shape of the built handbook: what the content build writes and the reader loads.
 * Everything here is plain JSON so it crosses the build → bundle → reader boundary unchanged.
 */

/** A source a page, a warning sign or a region cites (shape: `handbook-shapes.ts`). */
export type Source = v.InferOutput<typeof SourceShape>;

/** The words a placeholder such as `{{urgent}}` fills in from the reader's region. */
export const REGION_SERVICES = [
  'emergency',
  'urgent',
  'maternity',
  'doctor',
] as const satisfies readonly (keyof Region)[];
export type RegionService = (typeof REGION_SERVICES)[number];

/** Phone numbers and services for one region (shape: `handbook-shapes.ts`). */
export type Region = v.InferOutput<typeof RegionShape>;

/** How soon to act on a warning sign, most urgent first (the order of `TIER_IDS`). */
export const TIER_IDS = ['emergency', 'maternity', 'urgent', 'see-doctor'] as const;
export type TierId = (typeof TIER_IDS)[number];

/** One urgency tier: its callout's label and its one fixed action. */
export interface Tier {
  id: TierId;
  /** e.g. "Emergency: call now". */
  label: string;
  /** The action sentence as plain text with the default region's words, e.g. "Call your local emergency number now." */
  action: string;
  /** The same sentence as inline HTML, its region words in `region-*` spans the reader fills in. */
  actionHtml: string;
}

/** Who a warning sign applies to, in the order the urgent help page groups them. */
export const AUDIENCES = [
  'everyone',
  'pregnant',
  'early-pregnancy',
  'later-pregnancy',
  'after-birth',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** One warning sign, stated once in `content/warning-signs.yml` and shown by reference. */
export interface Sign {
  /** Stable kebab-case id; the urgent help page anchors it as `sign-<id>`. */
  id: string;
  /** The wording as plain text, with the default region's words. */
  text: string;
  /** The same wording as inline HTML (glossary links, region spans). */
  html: string;
  tier: TierId;
  audience: Audience;
  /** How worried people describe it, for search. */
  phrasings: string[];
}

export interface HandbookMeta {
  title: string;
  subtitle: string;
  /** BCP 47 language tag of the text, e.g. "en-GB". */
  language: string;
  edition: string;
  /** ISO date the whole handbook was last reviewed. */
  reviewed: string;
  /** ISO date the edition is next due for review. */
  nextReview: string;
  disclaimer: string;
  regions: Region[];
  /** The four tiers, most urgent first. */
  tiers: Tier[];
  defaultRegion: string;
  /** Slug of the page that opens the handbook. */
  home: string;
  /** Slug of the "When to get urgent help" page the header always links to. */
  urgentHelp: string;
}

/** One on-page heading, for the sidebar's "On this page" list and for deep links. */
export interface PageHeading {
  id: string;
  text: string;
  /** 2 for `##`, 3 for `###`. */
  depth: number;
}

export interface Page {
  slug: string;
  title: string;
  summary: string;
  keywords: string[];
  /** ISO date the page was last checked against its sources. */
  reviewed: string;
  /** ISO date the page is next due for review. */
  nextReview: string;
  sources: Source[];
  /** True when the page has a one-page handout section (`:::handout`). */
  handout: boolean;
  headings: PageHeading[];
  /** Sanitized HTML of the body (no title, no summary: the reader renders those). */
  html: string;
}

/** A collapsible group in the table of contents. */
export interface TocSection {
  title: string;
  /** Page slugs in reading order. */
  pages: string[];
}

export interface GlossaryEntry {
  /** Anchor id on the glossary page, e.g. "sciatica". */
  id: string;
  term: string;
  definition: string;
}

/**
 * One search document per page section, so a result can open the exact place.
 * `anchor` is the heading id, or "" for the page's introduction before its first heading.
 */
export interface SearchDoc {
  /** Stable unique id: `${slug}#${anchor}`. */
  id: string;
  slug: string;
  anchor: string;
  title: string;
  heading: string;
  keywords: string;
  body: string;
}

/** The data the reader needs before it can paint the first article. */
export interface HandbookData {
  meta: HandbookMeta;
  toc: TocSection[];
  pages: Page[];
  glossary: GlossaryEntry[];
  /** Every warning sign, in the order of `warning-signs.yml`. */
  signs: Sign[];
}

/** The data the search worker needs; loaded separately so it never delays the first paint. */
export interface SearchData {
  docs: SearchDoc[];
  /** The index in the form the reader ranks with (see `src/shared/search/index-file.ts`). */
  index: unknown;
  /** Groups of words and phrases that mean the same to a reader (`content/synonyms.yml`, glossary). */
  synonyms?: string[][];
  /** Warning signs, for the action cards search shows first (`src/shared/search/warning-signs-match.ts`). */
  signs?: Sign[];
}

/**
 * File names the content build writes under the renderer's `content/` folder, each a data script
 * (see data-script.ts) that defines its data under the key's name.
 */
export const CONTENT_FILES = {
  /** Everything, every page's HTML included: for printing the whole book and for tools. */
  handbook: 'content/handbook.js',
  /**
   * What the reader needs to paint its first page: the handbook with each page cut down to its
   * `PageEntry`. Each page's `PageBody` is in `pageFile(slug)`. The start file stays small (about
   * 300 bytes a page), so a 2,000-page handbook opens about as fast as a small one.
   */
  start: 'content/handbook-start.js',
  search: 'content/search.js',
} as const;

/** One page's body: the part of a `Page` the start file leaves out. */
export function pageFile(slug: string): string {
  return `content/pages/${slug}.js`;
}

/** The name a page's data file defines its body under. */
export function pageDataName(slug: string): string {
  return `page:${slug}`;
}

/** What only the page itself needs: its text, headings, sources and search keywords. */
export type PageBody = Pick<Page, 'html' | 'headings' | 'sources' | 'keywords'>;

/** A page as the start file lists it: enough for the contents, links and handout lists. */
export type PageEntry = Omit<Page, keyof PageBody>;

/**
 * The start file: the handbook with pages as entries only, and without the warning signs (in
 * `handbook.json` and the search data), which painting the first page never needs.
 */
export interface HandbookStart extends Omit<HandbookData, 'pages' | 'signs'> {
  pages: PageEntry[];
}

/** Splits a page into the entry the start file lists and the body in its own file. */
export function splitPage({ html, headings, sources, keywords, ...entry }: Page): {
  entry: PageEntry;
  body: PageBody;
} {
  return { entry, body: { html, headings, sources, keywords } };
}

// Shared by every page without its body yet, so frozen: nothing may add to another page's lists.
const NONE = Object.freeze([]) as never[];
const NO_BODY: PageBody = Object.freeze({ html: '', headings: NONE, sources: NONE, keywords: NONE });

/** A page from its entry and, once it has arrived, its body; `html` is "" until then. */
export function joinPage(entry: PageEntry, body: PageBody = NO_BODY): Page {
  // Written out rather than spread: the reader joins every entry of a 2,000-page handbook as it
  // starts, and objects of one fixed shape are several times quicker to make.
  return {
    slug: entry.slug,
    title: entry.title,
    summary: entry.summary,
    reviewed: entry.reviewed,
    nextReview: entry.nextReview,
    handout: entry.handout,
    html: body.html,
    headings: body.headings,
    sources: body.sources,
    keywords: body.keywords,
  };
}
