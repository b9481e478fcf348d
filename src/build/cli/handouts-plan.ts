import type { HandbookData } from '../../shared/handbook-data.ts';
import {
  defaultPageSize,
  noExtras,
  type HandoutExtras,
  type PageSize,
  type PrintJob,
  type PrintRoute,
} from '../../shared/print-route.ts';
import type { HandoutsOptions } from './handouts-args.ts';
import { CliError } from './handouts-error.ts';

export interface PdfJob {
  /** The reader's print route: the job, the paper, the region and a handout's extras. */
  route: PrintRoute;
  file: string;
}

export interface HandoutsPlan {
  jobs: PdfJob[];
  region: string;
  format: PageSize;
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
  const format = options.format ?? defaultPageSize(region);
  const route = (job: PrintJob, extras?: HandoutExtras): PrintRoute => ({
    job,
    size: format,
    region,
    ...(extras && !noExtras(extras) ? { extras } : {}),
  });
  if (options.mode === 'book') {
    return { jobs: [{ route: route({ kind: 'book' }), file: 'handbook.pdf' }], region, format };
  }
  const slugs = chooseHandouts(data, options);
  const extras = { large: options.largePrint, clinic: options.clinic, printout: options.printout };
  // A large-print stack can sit beside a standard one in the same folder.
  const suffix = options.largePrint ? '-large-print' : '';
  const jobs = options.oneFile
    ? [{ route: route({ kind: 'handouts', slugs }, extras), file: `handouts${suffix}.pdf` }]
    : slugs.map((slug) => ({
        route: route({ kind: 'handout', slug }, extras),
        file: `${slug}-handout${suffix}.pdf`,
      }));
  return { jobs, region, format };
}
