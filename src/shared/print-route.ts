import { checkClinic, checkPrintout, type ClinicDetails, type PrintoutFields } from './handout-extras';

/**
 * The print routes (`#/print/…`): what the reader prints, as the print preview, the handouts CLI
 * and the print state all say it. Defined once here, so the CLI and the reader cannot drift.
 */

export const PAGE_SIZES = ['A4', 'Letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** Regions whose printers load US Letter paper; everywhere else uses A4. */
const LETTER_REGIONS = new Set(['US']);

export function defaultPageSize(regionCode: string | undefined): PageSize {
  return regionCode && LETTER_REGIONS.has(regionCode.toUpperCase()) ? 'Letter' : 'A4';
}

/**
 * What to print. A job is plain data so it can live in a route (`#/print/…`, used by the
 * handouts CLI and the print preview) as well as in the print state.
 *
 * A builder item is `slug` (the whole page), `slug:handout` (its one-page handout) or
 * `slug:<heading id>` (one `##` section; `slug:intro` for the text before the first heading).
 * `handouts` is several pages' whole handouts in one document, each on a new sheet.
 */
export type PrintJob =
  | { kind: 'page'; slug: string }
  | { kind: 'handout'; slug: string }
  | { kind: 'handouts'; slugs: string[] }
  | { kind: 'custom'; items: string[] }
  | { kind: 'book' };

/**
 * What a clinician adds to a handout (printed beside its text, never changing it): the clinic
 * strip, the note box's fields and large print. Only handout jobs carry them.
 */
export interface HandoutExtras {
  /** Clear Print large print. */
  large: boolean;
  clinic: ClinicDetails | null;
  printout: PrintoutFields;
}

/** A print route: the job plus optional overrides for paper size and region, and handout extras. */
export interface PrintRoute {
  job: PrintJob;
  size?: PageSize;
  region?: string;
  /** Present only when something was set. */
  extras?: HandoutExtras;
}

/** Jobs that print handouts, and so take the clinic strip, the note box and large print. */
export function isHandoutJob(job: PrintJob): boolean {
  return job.kind === 'handout' || job.kind === 'handouts' || job.kind === 'custom';
}

/** Query names of the extras; the handouts CLI's flags are the same words. */
export const CLINIC_PARAMS = {
  name: 'clinic-name',
  phone: 'clinic-phone',
  address: 'clinic-address',
  clinician: 'clinician',
} as const;
export const PRINTOUT_PARAMS = { patient: 'patient', note: 'note', followUp: 'follow-up' } as const;
const EXTRA_PARAMS = ['large', ...Object.values(CLINIC_PARAMS), ...Object.values(PRINTOUT_PARAMS)];

/** True when the extras print nothing extra (standard size, no strip, an empty note box). */
export function noExtras(extras: HandoutExtras): boolean {
  return !extras.large && !extras.clinic && Object.keys(extras.printout).length === 0;
}

/** The extras in a query, checked once by the shared schemas; null when a value is refused. */
function readExtras(params: URLSearchParams): HandoutExtras | null {
  const pick = <K extends string>(names: Record<K, string>) =>
    Object.fromEntries(
      Object.entries<string>(names).map(([key, name]) => [key, params.get(name) ?? undefined]),
    ) as Record<K, string | undefined>;
  const large = params.get('large');
  if (large !== null && large !== '1') return null;
  const clinic = checkClinic(pick(CLINIC_PARAMS));
  const printout = checkPrintout(pick(PRINTOUT_PARAMS));
  if ((clinic && !clinic.ok) || !printout.ok) return null;
  return { large: large === '1', clinic: clinic?.value ?? null, printout: printout.value };
}

const SLUG = /^[a-z0-9-]+$/;
const ITEM = /^[a-z0-9-]+(:[a-z0-9-]+)?$/i;

/**
 * Reads a path such as `/print/handout/self-care?size=Letter&region=US&note=…` (the part of the
 * hash the router reports as not found, since the route table belongs to the reader; its query
 * still percent-encoded, so a note may hold `&`, `#`, `%` and line breaks). Null when the path is
 * not a print route, or one of its values is refused (a note that does not fit, a date that is
 * not a date, clinic details without a phone, extras on a job that prints no handout).
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
  else if (parts.length === 3 && kind === 'handouts') {
    const slugs = arg.split(',');
    if (slugs.every((slug) => SLUG.test(slug))) job = { kind: 'handouts', slugs };
  } else if (parts.length === 3 && kind === 'custom') {
    const items = arg.split(',').filter(Boolean);
    if (items.length && items.every((i) => ITEM.test(i))) job = { kind: 'custom', items };
  }
  if (!job) return null;
  const params = new URLSearchParams(query);
  const route: PrintRoute = { job };
  const size = PAGE_SIZES.find((s) => s === params.get('size'));
  if (size) route.size = size;
  const region = params.get('region');
  if (region && /^[A-Za-z0-9_-]{1,16}$/.test(region)) route.region = region;
  if (EXTRA_PARAMS.some((name) => params.has(name))) {
    // Extras on a page or the whole book would be silently dropped: refuse them instead.
    if (!isHandoutJob(job)) return null;
    const extras = readExtras(params);
    if (!extras) return null;
    if (!noExtras(extras)) route.extras = extras;
  }
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
        : job.kind === 'handouts'
          ? `/print/handouts/${job.slugs.join(',')}`
          : `/print/${job.kind}/${job.slug}`;
  const params = new URLSearchParams();
  if (route.size) params.set('size', route.size);
  if (route.region) params.set('region', route.region);
  const extras = route.extras;
  if (extras) {
    if (extras.large) params.set('large', '1');
    const put = <K extends string>(names: Record<K, string>, values: Partial<Record<K, string>>) => {
      for (const key of Object.keys(names) as K[]) {
        const value = values[key];
        if (value) params.set(names[key], value);
      }
    };
    if (extras.clinic) put(CLINIC_PARAMS, extras.clinic);
    put(PRINTOUT_PARAMS, extras.printout);
  }
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
