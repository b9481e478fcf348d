/**
 * The shape of the built handbook: what the content build writes and the reader loads.
 * Everything here is plain JSON so it crosses the build → bundle → reader boundary unchanged.
 */

export interface Source {
  title: string;
  publisher: string;
  url: string;
  /** ISO date (YYYY-MM-DD) the source was last checked. */
  accessed: string;
}

/** Phone numbers for one region; the reader picks one region at a time. */
export interface Region {
  /** Short code such as "UK", "US", "EU", "OTHER". */
  code: string;
  /** Name shown in the region picker, e.g. "United Kingdom". */
  name: string;
  /** The emergency number, e.g. "999". */
  emergency: string;
  /** Where to get urgent same-day advice, e.g. "NHS 111 (call 111 or go to 111.nhs.uk)". */
  urgent: string;
}

export interface HandbookMeta {
  title: string;
  subtitle: string;
  /** BCP 47 language tag of the text, e.g. "en-GB". */
  language: string;
  edition: string;
  /** ISO date the whole handbook was last reviewed. */
  reviewed: string;
  disclaimer: string;
  regions: Region[];
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
  reviewed: string;
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
}

/** The data the search worker needs; loaded separately so it never delays the first paint. */
export interface SearchData {
  docs: SearchDoc[];
  /** The compact encoding of the lunr index (see `src/shared/search/compact-index.ts`). */
  index: unknown;
}

/** File names the content build writes under the renderer's `content/` folder. */
export const CONTENT_FILES = {
  /** Everything, every page's HTML included: for printing the whole book and for tools. */
  handbook: 'content/handbook.json',
  /**
   * What the reader needs to paint its first page: the handbook without page bodies (`html` is
   * ""). Each body is in `pageFile(slug)`. A 2,000-page handbook then opens as fast as a small one.
   */
  start: 'content/handbook-start.json',
  search: 'content/search.json',
} as const;

/** One page's body, `{ "html": "…" }`. */
export function pageFile(slug: string): string {
  return `content/pages/${slug}.json`;
}

export interface PageBody {
  html: string;
}
