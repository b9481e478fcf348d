import { describe, expect, it } from 'vitest';
import {
  defaultPageSize,
  jobKey,
  parseItem,
  parsePrintPath,
  printHref,
  type PrintRoute,
} from './print-route';

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

describe('handout extras in print routes', () => {
  const clinic = { name: 'Riverside Surgery', phone: '01632 960000' };

  it('reads several whole handouts as one job', () => {
    expect(parsePrintPath('/print/handouts/self-care,later-pregnancy')).toEqual({
      job: { kind: 'handouts', slugs: ['self-care', 'later-pregnancy'] },
    });
    expect(parsePrintPath('/print/handouts/self-care,,later-pregnancy')).toBeNull();
    expect(parsePrintPath('/print/handouts/')).toBeNull();
  });

  it('reads clinic details, the note box fields and large print, checked by the shared schemas', () => {
    expect(
      parsePrintPath(
        '/print/handout/self-care?large=1&clinic-name=Riverside+Surgery&clinic-phone=01632+960000&clinician=Dr+Lee&patient=Sam+Jones&follow-up=2026-12-20',
      ),
    ).toEqual({
      job: { kind: 'handout', slug: 'self-care' },
      extras: {
        large: true,
        clinic: { ...clinic, clinician: 'Dr Lee' },
        printout: { patient: 'Sam Jones', followUp: '2026-12-20' },
      },
    });
    // Empty values mean "nothing extra": no extras at all.
    expect(parsePrintPath('/print/handout/self-care?patient=&note=')).toEqual({
      job: { kind: 'handout', slug: 'self-care' },
    });
  });

  it.each([
    ['a note that does not fit', `note=${'x'.repeat(601)}`],
    ['a date that is not in the calendar', 'follow-up=2026-02-30'],
    ['a date that is not a date', 'follow-up=soon'],
    ['clinic details without a phone', 'clinic-name=Riverside'],
    ['a line break in a name', 'patient=Sam%0AJones'],
    ['large print other than 1', 'large=yes'],
  ])('refuses %s (not a print route)', (_, query) => {
    expect(parsePrintPath(`/print/handout/self-care?${query}`)).toBeNull();
  });

  it('refuses extras on jobs that print no handout, rather than dropping them', () => {
    expect(parsePrintPath('/print/book?large=1')).toBeNull();
    expect(parsePrintPath('/print/page/self-care?patient=Sam')).toBeNull();
    expect(parsePrintPath('/print/custom/self-care:handout?patient=Sam')).not.toBeNull();
  });

  it('round-trips a note with &, #, %, + and line breaks through printHref', () => {
    const route: PrintRoute = {
      job: { kind: 'handouts', slugs: ['self-care', 'urgent-help'] },
      size: 'Letter',
      extras: {
        large: true,
        clinic: { ...clinic, address: '1 River St, Town', clinician: 'Dr Lee' },
        printout: {
          patient: 'Zoë O’Neil',
          note: 'Ibuprofen 400 mg & rest; 50% better? #1\nSee me in 2 weeks + 1 day',
          followUp: '2026-12-20',
        },
      },
    };
    const href = printHref(route);
    // The reader hands the raw hash to the router; the route's query must arrive intact.
    expect(parsePrintPath(href.slice(1))).toEqual(route);
    expect(jobKey(route.job)).toBe('/print/handouts/self-care,urgent-help');
  });
});

describe('defaultPageSize', () => {
  it('uses Letter for the US and A4 elsewhere', () => {
    expect(defaultPageSize('US')).toBe('Letter');
    expect(defaultPageSize('UK')).toBe('A4');
    expect(defaultPageSize('OTHER')).toBe('A4');
    expect(defaultPageSize(undefined)).toBe('A4');
  });
});
