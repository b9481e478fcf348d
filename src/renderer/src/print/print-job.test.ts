import { describe, expect, it } from 'vitest';
import { jobKey, parseItem, parsePrintPath, pdfFileName, printHref, type PrintRoute } from './print-job';

describe('parsePrintPath', () => {
  it.each<[string, PrintRoute | null]>([
    ['/print/book', { job: { kind: 'book' } }],
    ['/print/page/self-care', { job: { kind: 'page', slug: 'self-care' } }],
    [
      '/print/handout/self-care?size=Letter&region=US',
      { job: { kind: 'handout', slug: 'self-care' }, size: 'Letter', region: 'US' },
    ],
    [
      '/print/custom/self-care,urgent-help:handout,start-here:heat',
      { job: { kind: 'custom', items: ['self-care', 'urgent-help:handout', 'start-here:heat'] } },
    ],
    ['/print/handout/self-care?size=B5', { job: { kind: 'handout', slug: 'self-care' } }],
    ['/print/handout/Bad Slug', null],
    ['/print/custom/', null],
    ['/print', null],
    ['/nowhere', null],
  ])('%s', (path, route) => {
    expect(parsePrintPath(path)).toEqual(route);
  });

  it('round-trips through printHref', () => {
    const route: PrintRoute = { job: { kind: 'custom', items: ['a', 'b:c'] }, size: 'A4', region: 'UK' };
    expect(parsePrintPath(printHref(route).slice(1))).toEqual(route);
    expect(jobKey({ kind: 'book' })).toBe('/print/book');
  });
});

describe('parseItem', () => {
  it('splits slug and part', () => {
    expect(parseItem('self-care')).toEqual({ slug: 'self-care', part: '' });
    expect(parseItem('self-care:heat')).toEqual({ slug: 'self-care', part: 'heat' });
  });
});

describe('pdfFileName', () => {
  it('keeps the title readable and drops characters file systems refuse', () => {
    expect(pdfFileName('Self-care: first steps / heat?')).toBe('Self-care first steps heat.pdf');
    expect(pdfFileName('  ')).toBe('Handbook.pdf');
    expect(pdfFileName('A\u0007B')).toBe('A B.pdf');
  });
});
