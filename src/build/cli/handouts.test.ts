import { describe, expect, it } from 'vitest';
import type { HandbookData, Page } from '../../shared/handbook-data.ts';
import { CliError, parseArgs, planJobs } from './handouts.ts';

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

describe('parseArgs', () => {
  it('reads every option, in either --flag value or --flag=value form', () => {
    expect(
      parseArgs(['--pages', 'a, b', '--format=letter', '--region', 'US', '--out', 'x', '--force']),
    ).toEqual({
      mode: 'pages',
      pages: ['a', 'b'],
      format: 'Letter',
      region: 'US',
      out: 'x',
      force: true,
      root: 'out/renderer',
    });
    expect(parseArgs(['--book', '--out=dir', '--root', 'r'])).toMatchObject({
      mode: 'book',
      out: 'dir',
      root: 'r',
    });
  });

  it.each([
    [['--out', 'x'], /choose exactly one/],
    [['--all', '--book', '--out', 'x'], /choose exactly one/],
    [['--all'], /--out is required/],
    [['--all', '--out'], /--out needs a value/],
    [['--all', '--out', 'x', '--format', 'A5'], /--format must be A4 or Letter/],
    [['--all', '--out', 'x', '--colour'], /unknown option "--colour"/],
    [['--pages', ',', '--out', 'x'], /at least one page/],
  ])('%j fails', (args, message) => {
    expect(() => parseArgs(args)).toThrow(CliError);
    expect(() => parseArgs(args)).toThrow(message);
  });
});

describe('planJobs', () => {
  const base = { pages: [], out: 'x', force: false, root: 'r' };

  it('prints every handout with --all, in the region default paper size', () => {
    expect(planJobs(data, { ...base, mode: 'all', region: 'us' })).toEqual({
      region: 'US',
      format: 'Letter',
      jobs: [
        { path: '/print/handout/self-care', file: 'self-care-handout.pdf' },
        { path: '/print/handout/urgent-help', file: 'urgent-help-handout.pdf' },
      ],
    });
    expect(planJobs(data, { ...base, mode: 'book' })).toEqual({
      region: 'OTHER',
      format: 'A4',
      jobs: [{ path: '/print/book', file: 'handbook.pdf' }],
    });
  });

  it('refuses unknown pages, pages without a handout and unknown regions', () => {
    expect(() => planJobs(data, { ...base, mode: 'pages', pages: ['nope'] })).toThrow(/unknown page "nope"/);
    expect(() => planJobs(data, { ...base, mode: 'pages', pages: ['start-here'] })).toThrow(/has no handout/);
    expect(() => planJobs(data, { ...base, mode: 'all', region: 'XX' })).toThrow(/unknown region "XX"/);
  });
});
