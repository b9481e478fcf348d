import type { HandbookData, Page, Region, Source } from '@shared/handbook-data';
import { indexHandbook } from '../lib/handbook-index';
import { handoutOf, parseHtml, printed, splitSections, withoutHandout } from './print-html';
import { parseItem, type PrintJob } from '@shared/print-route';

/** One block of a printout: a page, a section of one, or a handout. */
export interface PrintPart {
  key: string;
  /** Heading printed above the part (a page title in the builder and the whole book). */
  heading: string;
  summary: string;
  html: string;
  sources: Source[];
  /** ISO date the part's page was last reviewed, shown under it; "" to leave it out. */
  reviewed: string;
  /** ISO date the part's page is next due for review. */
  nextReview: string;
  /** Start the part on a new sheet (whole-book chapters). */
  newSheet: boolean;
}

export interface PrintDoc {
  kind: PrintJob['kind'];
  /** The document's title: the page title, "Handout", or the handbook's title. */
  title: string;
  /** A line under the title, e.g. the page summary or "Patient handout". */
  subtitle: string;
  /** ISO date shown as "Last reviewed" in the running footer and at the end. */
  reviewed: string;
  /** ISO date shown as "Next review due" at the end: the soonest of the parts'. */
  nextReview: string;
  parts: PrintPart[];
  /** Whole book: the contents list, by table-of-contents section. */
  contents: { title: string; pages: { key: string; title: string }[] }[];
  /** Handouts: the clinic strip (when set) and the note box for the patient's name, a note and follow-up. */
  noteBox: boolean;
  /** Several handouts: each one's own document, printed one after another on new sheets. */
  sheets: PrintDoc[];
}

export type BuildResult = { ok: true; doc: PrintDoc } | { ok: false; problem: string };

/** The printable parts of one page for a builder item (whole page, handout or one section). */
function itemPart(page: Page, part: string, region: Region | undefined): PrintPart | string {
  const prefix = `p-${page.slug}-${part || 'all'}-`;
  const base = {
    key: `${page.slug}:${part}`,
    summary: '',
    sources: [],
    reviewed: page.reviewed,
    nextReview: page.nextReview,
    newSheet: false,
  };
  if (part === '') {
    return {
      ...base,
      heading: page.title,
      summary: page.summary,
      html: printed(withoutHandout(page), region, prefix, 1),
      sources: page.sources,
    };
  }
  if (part === 'handout') {
    const html = handoutOf(page, region, prefix, 1);
    if (html === null) return `the page "${page.slug}" has no handout`;
    return {
      ...base,
      heading: `${page.title}: handout`,
      html,
    };
  }
  const sections = splitSections(withoutHandout(page));
  const section = sections.find((s) => (part === 'intro' ? s.id === '' : s.id === part));
  if (!section) return `the page "${page.slug}" has no section "${part}"`;
  return {
    ...base,
    heading: section.id === '' ? page.title : `${page.title}: ${section.title}`,
    // The section's own heading is replaced by the combined one above.
    html: printed(section.content, region, prefix, 1),
    // No dates under each section of a page; its due date still counts for the document.
    reviewed: '',
  };
}

/**
 * Works out what a print job prints, from the handbook data alone. Pure, so the same rules
 * hold in the reader, the print preview route and the handouts CLI.
 */
export function buildPrintDoc(data: HandbookData, job: PrintJob, region: Region | undefined): BuildResult {
  const index = indexHandbook(data);
  const { meta } = data;
  const find = (slug: string) => index.bySlug.get(slug);
  const empty = { parts: [], contents: [], noteBox: false, sheets: [] };

  if (job.kind === 'page' || job.kind === 'handout') {
    const page = find(job.slug);
    if (!page) return { ok: false, problem: `there is no page "${job.slug}"` };
    if (job.kind === 'page') {
      const part: PrintPart = {
        key: page.slug,
        heading: '',
        summary: '',
        // The page's handout repeats it in brief: it has a print job of its own.
        html: printed(withoutHandout(page), region, `p-${page.slug}-`, 0),
        sources: page.sources,
        reviewed: page.reviewed,
        nextReview: page.nextReview,
        newSheet: false,
      };
      return {
        ok: true,
        doc: {
          ...empty,
          kind: 'page',
          title: page.title,
          subtitle: page.summary,
          reviewed: page.reviewed,
          nextReview: page.nextReview,
          parts: [part],
        },
      };
    }
    return handoutDoc(page, region);
  }

  if (job.kind === 'handouts') {
    const sheets: PrintDoc[] = [];
    for (const slug of job.slugs) {
      const page = find(slug);
      if (!page) return { ok: false, problem: `there is no page "${slug}"` };
      const built = handoutDoc(page, region);
      if (!built.ok) return built;
      sheets.push(built.doc);
    }
    if (!sheets.length) return { ok: false, problem: 'nothing was chosen to print' };
    return {
      ok: true,
      doc: {
        ...empty,
        kind: 'handouts',
        title: 'Patient handouts',
        subtitle: '',
        ...reviewSpan(sheets, meta),
        sheets,
      },
    };
  }

  if (job.kind === 'book') {
    const parts = index.order.map<PrintPart>((page) => ({
      key: page.slug,
      heading: page.title,
      summary: page.summary,
      html: printed(parseHtml(page.html), region, `b-${page.slug}-`, 1),
      sources: page.sources,
      reviewed: page.reviewed,
      nextReview: page.nextReview,
      newSheet: true,
    }));
    const contents = data.toc.map((section) => ({
      title: section.title,
      pages: section.pages.flatMap((slug) => {
        const page = find(slug);
        return page ? [{ key: slug, title: page.title }] : [];
      }),
    }));
    return {
      ok: true,
      doc: {
        kind: 'book',
        title: meta.title,
        subtitle: meta.subtitle,
        reviewed: meta.reviewed,
        nextReview: soonest([meta.nextReview, ...parts.map((part) => part.nextReview)]),
        parts,
        contents,
        noteBox: false,
        sheets: [],
      },
    };
  }

  const parts: PrintPart[] = [];
  for (const item of job.items) {
    const { slug, part } = parseItem(item);
    const page = find(slug);
    if (!page) return { ok: false, problem: `there is no page "${slug}"` };
    const built = itemPart(page, part, region);
    if (typeof built === 'string') return { ok: false, problem: built };
    parts.push(built);
  }
  if (!parts.length) return { ok: false, problem: 'nothing was chosen to print' };
  return {
    ok: true,
    doc: {
      ...empty,
      kind: 'custom',
      title: 'Patient handout',
      subtitle: aboutLine(parts, index),
      ...reviewSpan(parts, meta),
      parts,
      noteBox: true,
    },
  };
}

/** One page's one-page handout as a document of its own. */
function handoutDoc(page: Page, region: Region | undefined): BuildResult {
  const html = handoutOf(page, region, `h-${page.slug}-`, 0);
  if (html === null) return { ok: false, problem: `the page "${page.slug}" has no handout` };
  const part: PrintPart = {
    key: `${page.slug}:handout`,
    heading: '',
    summary: '',
    html,
    sources: [],
    reviewed: '',
    nextReview: '',
    newSheet: false,
  };
  return {
    ok: true,
    doc: {
      kind: 'handout',
      title: page.title,
      subtitle: 'Patient handout',
      reviewed: page.reviewed,
      nextReview: page.nextReview,
      parts: [part],
      contents: [],
      noteBox: true,
      sheets: [],
    },
  };
}

/** A document drawn from several pages: reviewed as recently as its latest, due as its soonest. */
function reviewSpan(
  from: { reviewed: string; nextReview: string }[],
  meta: HandbookData['meta'],
): { reviewed: string; nextReview: string } {
  const reviewed =
    from.reduce((latest, p) => (p.reviewed > latest ? p.reviewed : latest), '') || meta.reviewed;
  const nextReview = soonest(from.map((p) => p.nextReview)) || meta.nextReview;
  return { reviewed, nextReview };
}

/** The soonest of some ISO dates, ignoring missing ones; "" when there are none. */
function soonest(dates: string[]): string {
  return dates.filter(Boolean).sort()[0] ?? '';
}

/** "About: Self-care and first steps, When to get urgent help": the pages a built handout draws on. */
function aboutLine(parts: PrintPart[], index: ReturnType<typeof indexHandbook>): string {
  const titles = [
    ...new Set(parts.map((p) => index.bySlug.get(p.key.split(':')[0] ?? '')?.title ?? '')),
  ].filter(Boolean);
  const shown = titles.slice(0, 3).join(', ');
  return `About: ${shown}${titles.length > 3 ? ` and ${titles.length - 3} more` : ''}`;
}
