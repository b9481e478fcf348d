import type { HandbookData } from '../../shared/handbook-data.ts';
import { CLINIC_FLAGS, PRINTOUT_FLAGS, type HandoutsOptions, type PageSize } from './handouts-args.ts';
import { CliError } from './handouts-error.ts';

export interface PdfJob {
  /** The reader's print route, without its query: the print root names it when it is ready. */
  path: string;
  /** Paper size, region and the handout's extras, as the route reads them. */
  query: string;
  file: string;
}

export interface HandoutsPlan {
  jobs: PdfJob[];
  region: string;
  format: PageSize;
}

/** The query every job of this run carries; extras only for handouts (the route refuses them elsewhere). */
export function routeQuery(
  options: Pick<HandoutsOptions, 'largePrint' | 'clinic' | 'printout'>,
  plan: { region: string; format: PageSize },
  handouts: boolean,
): string {
  const params = new URLSearchParams({ size: plan.format, region: plan.region });
  if (handouts) {
    if (options.largePrint) params.set('large', '1');
    const put = <K extends string>(flags: Record<K, string>, values: Partial<Record<K, string>>) => {
      for (const key of Object.keys(flags) as K[]) if (values[key]) params.set(flags[key], values[key]);
    };
    if (options.clinic) put(CLINIC_FLAGS, options.clinic);
    put(PRINTOUT_FLAGS, options.printout);
  }
  return params.toString();
}

/** The handouts asked for, each checked against the built handbook. */
function chooseHandouts(data: HandbookData, options: HandoutsOptions): string[] {
  if (options.mode === 'all') {
    const slugs = data.pages.filter((p) => p.handout).map((p) => p.slug);
    if (!slugs.length) throw new CliError('no page in this handbook has a handout');
    return slugs;
  }
  const bySlug = new Map(data.pages.map((p) => [p.slug, p]));
  const slugs = [...new Set(options.pages)];
  for (const slug of slugs) {
    const page = bySlug.get(slug);
    if (!page) throw new CliError(`unknown page "${slug}" (known: ${[...bySlug.keys()].join(', ')})`);
    if (!page.handout) throw new CliError(`the page "${slug}" has no handout`);
  }
  return slugs;
}

/** Checks the options against the built handbook and lists the PDFs to write. */
export function planJobs(data: HandbookData, options: HandoutsOptions): HandoutsPlan {
  const codes = data.meta.regions.map((r) => r.code);
  const region = options.region
    ? codes.find((c) => c.toLowerCase() === options.region!.toLowerCase())
    : data.meta.defaultRegion;
  if (!region) throw new CliError(`unknown region "${options.region}" (known: ${codes.join(', ')})`);
  const format = options.format ?? (region === 'US' ? 'Letter' : 'A4');
  if (options.mode === 'book') {
    const query = routeQuery(options, { region, format }, false);
    return { jobs: [{ path: '/print/book', query, file: 'handbook.pdf' }], region, format };
  }
  const slugs = chooseHandouts(data, options);
  const query = routeQuery(options, { region, format }, true);
  // A large-print stack can sit beside a standard one in the same folder.
  const suffix = options.largePrint ? '-large-print' : '';
  const jobs = options.oneFile
    ? [{ path: `/print/handouts/${slugs.join(',')}`, query, file: `handouts${suffix}.pdf` }]
    : slugs.map((slug) => ({ path: `/print/handout/${slug}`, query, file: `${slug}-handout${suffix}.pdf` }));
  return { jobs, region, format };
}
