import type { PageSize } from './page-size';

/**
 * What to print. A job is plain data so it can live in a route (`#/print/…`, used by the
 * handouts CLI and the print preview) as well as in the print state.
 *
 * A builder item is `slug` (the whole page), `slug:handout` (its one-page handout) or
 * `slug:<heading id>` (one `##` section; `slug:intro` for the text before the first heading).
 */
export type PrintJob =
  | { kind: 'page'; slug: string }
  | { kind: 'handout'; slug: string }
  | { kind: 'custom'; items: string[] }
  | { kind: 'book' };

/** A print route: the job plus optional overrides for paper size and region. */
export interface PrintRoute {
  job: PrintJob;
  size?: PageSize;
  region?: string;
}

const SLUG = /^[a-z0-9-]+$/;
const ITEM = /^[a-z0-9-]+(:[a-z0-9-]+)?$/i;

/**
 * Reads a path such as `/print/handout/self-care?size=Letter&region=US` (the part of the hash
 * the router reports as not found, since the route table belongs to the reader). Null when the
 * path is not a print route.
 */
export function parsePrintPath(path: string): PrintRoute | null {
  const [rawPath = '', query = ''] = path.split('?', 2);
  const parts = rawPath.replace(/\/+$/, '').split('/').slice(1);
  if (parts[0] !== 'print') return null;
  let job: PrintJob | null = null;
  const [, kind, arg = ''] = parts;
  if (parts.length === 2 && kind === 'book') job = { kind: 'book' };
  else if (parts.length === 3 && (kind === 'page' || kind === 'handout') && SLUG.test(arg))
    job = { kind, slug: arg };
  else if (parts.length === 3 && kind === 'custom') {
    const items = arg.split(',').filter(Boolean);
    if (items.length && items.every((i) => ITEM.test(i))) job = { kind: 'custom', items };
  }
  if (!job) return null;
  const params = new URLSearchParams(query);
  const route: PrintRoute = { job };
  const size = params.get('size');
  if (size === 'A4' || size === 'Letter') route.size = size;
  const region = params.get('region');
  if (region && /^[A-Za-z0-9_-]{1,16}$/.test(region)) route.region = region;
  return route;
}

/** The hash for a print route; the inverse of `parsePrintPath`. */
export function printHref(route: PrintRoute): string {
  const { job } = route;
  const path =
    job.kind === 'book'
      ? '/print/book'
      : job.kind === 'custom'
        ? `/print/custom/${job.items.join(',')}`
        : `/print/${job.kind}/${job.slug}`;
  const params = new URLSearchParams();
  if (route.size) params.set('size', route.size);
  if (route.region) params.set('region', route.region);
  const query = params.toString();
  return `#${path}${query ? `?${query}` : ''}`;
}

/** A stable key for a job, written on the print root so scripts can wait for the right document. */
export function jobKey(job: PrintJob): string {
  return printHref({ job }).slice(1);
}

/** Splits a builder item into its page slug and part (`''` = whole page). */
export function parseItem(item: string): { slug: string; part: string } {
  const at = item.indexOf(':');
  return at < 0 ? { slug: item, part: '' } : { slug: item.slice(0, at), part: item.slice(at + 1) };
}

/** A file name for "Save as PDF": the title without characters file systems refuse. */
export function pdfFileName(title: string): string {
  const clean = title
    .replace(/[\\/:*?"<>|]+/g, ' ')
    // Control characters too; filtered by code so the pattern stays readable.
    .replace(/./gu, (c) => ((c.codePointAt(0) ?? 0) < 32 ? ' ' : c))
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .trim();
  return `${clean || 'Handbook'}.pdf`;
}
