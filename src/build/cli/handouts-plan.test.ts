import { describe, expect, it } from 'vitest';
import type { HandbookData, Page } from '../../shared/handbook-data.ts';
import { parsePrintPath, printHref } from '../../shared/print-route.ts';
import { parseArgs } from './handouts-args.ts';
import { planJobs } from './handouts-plan.ts';

const page = (slug: string, handout: boolean) => ({ slug, title: slug, handout }) as Page;
const data = {
  meta: {
    defaultRegion: 'OTHER',
    regions: [
      { code: 'UK', name: 'UK', emergency: '999', urgent: '111' },
      { code: 'US', name: 'US', emergency: '911', urgent: 'x' },
      { code: 'OTHER', name: 'Other', emergency: 'local', urgent: 'y' },
    ],
  },
  pages: [page('start-here', false), page('self-care', true), page('urgent-help', true)],
} as unknown as HandbookData;
const plan = (...args: string[]) => planJobs(data, parseArgs([...args, '--out', 'x']));

describe('planJobs', () => {
  it('prints every handout with --all, in the region default paper size', () => {
    expect(plan('--all', '--region', 'us')).toEqual({
      region: 'US',
      format: 'Letter',
      jobs: [
        {
          route: { job: { kind: 'handout', slug: 'self-care' }, size: 'Letter', region: 'US' },
          file: 'self-care-handout.pdf',
        },
        {
          route: { job: { kind: 'handout', slug: 'urgent-help' }, size: 'Letter', region: 'US' },
          file: 'urgent-help-handout.pdf',
        },
      ],
    });
    expect(plan('--book')).toEqual({
      region: 'OTHER',
      format: 'A4',
      jobs: [{ route: { job: { kind: 'book' }, size: 'A4', region: 'OTHER' }, file: 'handbook.pdf' }],
    });
  });

  it('puts several handouts in one job with --one-file, in the order asked, each once', () => {
    expect(plan('--pages', 'urgent-help,self-care,urgent-help', '--one-file').jobs).toEqual([
      {
        route: {
          job: { kind: 'handouts', slugs: ['urgent-help', 'self-care'] },
          size: 'A4',
          region: 'OTHER',
        },
        file: 'handouts.pdf',
      },
    ]);
  });

  it('gives every handout the clinic strip, the note box and large print, as the print route reads them', () => {
    const { jobs } = plan(
      '--pages', 'self-care,urgent-help',
      '--clinic-name', 'Riverside & Co',
      '--clinic-phone', '01632 960000',
      '--clinician', 'Dr A Khan',
      '--patient', 'Sam Jones',
      '--note', 'Ibuprofen 400 mg #3\nback in 2 weeks',
      '--follow-up', '2026-12-20',
      '--large-print',
    ); // prettier-ignore
    expect(jobs.map((j) => j.file)).toEqual([
      'self-care-handout-large-print.pdf',
      'urgent-help-handout-large-print.pdf',
    ]);
    for (const job of jobs) {
      const href = printHref(job.route);
      expect(Object.fromEntries(new URLSearchParams(href.split('?')[1]))).toEqual({
        size: 'A4',
        region: 'OTHER',
        large: '1',
        'clinic-name': 'Riverside & Co',
        'clinic-phone': '01632 960000',
        clinician: 'Dr A Khan',
        patient: 'Sam Jones',
        note: 'Ibuprofen 400 mg #3\nback in 2 weeks',
        'follow-up': '2026-12-20',
      });
      // The reader reads back exactly what the plan meant.
      expect(parsePrintPath(href.slice(1))).toEqual(job.route);
    }
  });

  it('refuses unknown pages, pages without a handout and unknown regions', () => {
    expect(() => plan('--pages', 'nope')).toThrow(
      /^unknown page "nope" \(known: start-here, self-care, urgent-help\)$/,
    );
    expect(() => plan('--pages', 'start-here')).toThrow(/^the page "start-here" has no handout$/);
    expect(() => plan('--all', '--region', 'XX')).toThrow(/^unknown region "XX" \(known: UK, US, OTHER\)$/);
  });
});
