import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { toDataScript } from '../src/shared/data-script';
import { contentPath, readContent } from '../src/build/tools/read-content';
import { bodyGlyphHeight, readPdf as pdf } from './printed-pdf';
import { scratchDirs } from './scratch';

const scratchDir = scratchDirs((fn) => test.afterAll(fn));

/**
 * The handouts CLI, run as a person would run it (`npm run handouts -- …`), against the built
 * web edition in out/renderer. It needs no page of its own, so it uses the plain Playwright test.
 */
function handouts(...args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/build/cli/handouts.ts', ...args],
      { encoding: 'utf8', timeout: 120_000 },
      (error, _stdout, stderr) =>
        resolve({ status: error ? (error.code as number | null) : 0, stderr: stderr.trim() }),
    );
  });
}

/** A fresh folder outside test-results/, which a parallel Playwright run may clear. */
const scratch = (name: string) => join(scratchDir('handouts-cli-'), name);

const { pages: bookPages } = readContent('out/renderer', 'handbook');
const handoutTitles = bookPages.filter((p) => p.handout).map((p) => p.title);
const CLINIC = [
  ...['--clinic-name', 'Riverside Surgery', '--clinic-phone', '01632 960000'],
  ...['--clinic-address', '1 River Lane, Exeter', '--clinician', 'Dr Asha Khan'],
];
const PRINTOUT = [
  ...['--patient', 'Sam Jones', '--note', 'Ibuprofen 400 mg three times a day with food for 5 days.'],
  ...['--follow-up', '2026-12-20'],
];

test('writes one-page handouts for the chosen pages and refuses to overwrite them', async () => {
  test.setTimeout(120_000);
  const out = scratch('pdfs');
  const ok = await handouts(
    '--pages',
    'self-care,urgent-help',
    '--format',
    'Letter',
    '--region',
    'US',
    '--out',
    out,
  );
  expect(ok.stderr).toBe('');
  expect(ok.status).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['self-care-handout.pdf', 'urgent-help-handout.pdf']);
  for (const file of readdirSync(out)) {
    const doc = pdf(join(out, file));
    expect(doc).toMatchObject({ pages: 1, size: 'letter' });
    expect(doc.text).toContain('In an emergency call 911.');
    expect(doc.text).toContain('Page 1 of 1');
  }

  const before = readFileSync(join(out, 'self-care-handout.pdf'));
  const again = await handouts('--pages', 'self-care', '--out', out);
  expect(again.status).toBe(2);
  expect(again.stderr).toMatch(
    /^handouts: .*self-care-handout\.pdf already exists; use --force to overwrite$/,
  );
  expect(readFileSync(join(out, 'self-care-handout.pdf')).equals(before)).toBe(true);
});

test('prints the whole handbook with --book, overwriting only with --force', async () => {
  test.setTimeout(120_000);
  const out = scratch('book');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'handbook.pdf'), 'an old printout');
  const run = await handouts('--book', '--region', 'UK-ENG', '--format', 'A4', '--out', out, '--force');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const doc = pdf(join(out, 'handbook.pdf'));
  expect(doc.size).toBe('a4');
  expect(doc.pages).toBeGreaterThan(11);
  expect(doc.text).toContain('In an emergency call 999.');
  expect(readdirSync(out)).toEqual(['handbook.pdf']);
});

test("prints the clinic strip and the patient's note box on every handout, still one page each", async () => {
  test.setTimeout(120_000);
  const out = scratch('clinic');
  const run = await handouts(
    '--pages',
    'self-care,later-pregnancy',
    ...CLINIC,
    ...PRINTOUT,
    '--region',
    'UK-ENG',
    '--out',
    out,
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['later-pregnancy-handout.pdf', 'self-care-handout.pdf']);
  for (const file of readdirSync(out)) {
    const doc = pdf(join(out, file));
    expect(doc.pages, file).toBe(1);
    for (const text of [
      'Riverside Surgery',
      '01632 960000',
      '1 River Lane, Exeter',
      'Dr Asha Khan',
      'Sam Jones',
      'Ibuprofen 400 mg three times a day with food for 5 days.',
      '20 December 2026',
      'In an emergency call 999.',
      'Next review due',
    ])
      expect(doc.text, `${file}: ${text}`).toContain(text);
  }
});

test('--all --one-file writes every handout into one PDF, one page each', async () => {
  test.setTimeout(120_000);
  const out = scratch('all');
  const run = await handouts('--all', '--one-file', '--out', out);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(readdirSync(out)).toEqual(['handouts.pdf']);
  const doc = pdf(join(out, 'handouts.pdf'));
  expect(doc.pages).toBe(handoutTitles.length);
  for (const title of handoutTitles) expect(doc.text).toContain(title);
});

test('--large-print: Clear Print body text at least 1.4× the standard, each handout at most two pages, and --one-file pages are their sum', async () => {
  test.setTimeout(180_000);
  const pages = ['self-care', 'later-pregnancy', 'exercises-and-stretches'];
  const standard = scratch('standard');
  const large = scratch('large');
  const one = scratch('one');
  const runs = [
    await handouts('--pages', pages.join(','), '--out', standard),
    await handouts('--pages', pages.join(','), ...CLINIC, ...PRINTOUT, '--large-print', '--out', large),
    await handouts(
      '--pages',
      pages.join(','),
      ...CLINIC,
      ...PRINTOUT,
      '--large-print',
      '--one-file',
      '--out',
      one,
    ),
  ];
  for (const run of runs) expect(run, run.stderr).toMatchObject({ status: 0, stderr: '' });

  let sum = 0;
  for (const slug of pages) {
    const standardFile = join(standard, `${slug}-handout.pdf`);
    const largeFile = join(large, `${slug}-handout-large-print.pdf`);
    const doc = pdf(largeFile);
    expect(doc.pages, slug).toBeLessThanOrEqual(2);
    expect(doc.text, slug).toContain(`Page 1 of ${doc.pages}`);
    expect(doc.text, slug).toContain('Sam Jones');
    const ratio = bodyGlyphHeight(doc) / bodyGlyphHeight(pdf(standardFile));
    expect(ratio, `${slug}: large print glyph height ÷ standard`).toBeGreaterThanOrEqual(1.4);
    sum += doc.pages;
  }
  expect(readdirSync(one)).toEqual(['handouts-large-print.pdf']);
  expect(pdf(join(one, 'handouts-large-print.pdf')).pages).toBe(sum);
});

test('every handout in large print, on Letter with the whole strip and a 600-character note, is at most two pages', async () => {
  test.setTimeout(180_000);
  const out = scratch('large-all');
  const note = ['--note', 'Take ibuprofen 400 mg with food. '.repeat(18).padEnd(600, '.')];
  const run = await handouts(
    '--all',
    '--large-print',
    '--format',
    'Letter',
    ...CLINIC,
    ...['--patient', 'Sam Jones', '--follow-up', '2026-12-20'],
    ...note,
    '--out',
    out,
  );
  expect(run, run.stderr).toMatchObject({ status: 0, stderr: '' });
  expect(readdirSync(out)).toHaveLength(handoutTitles.length);
  for (const file of readdirSync(out)) {
    const doc = pdf(join(out, file));
    expect(doc.size, file).toBe('letter');
    expect(doc.pages, file).toBeLessThanOrEqual(2);
    expect(doc.text, file).toContain('Take ibuprofen 400 mg with food.');
  }
});

test('refuses bad input with one clear line, exit code 2, and writes nothing', async () => {
  // Fifteen runs of tsx start at once on a shared machine.
  test.setTimeout(90_000);
  const out = scratch('errors');
  mkdirSync(out, { recursive: true });
  const file = join(out, 'a-file');
  writeFileSync(file, 'not a folder');
  // A folder that must not appear: nothing, not even the folder, is written on a refusal.
  const fresh = join(out, 'fresh');
  const cases: [string[], RegExp][] = [
    [['--pages', 'no-such-page', '--out', fresh], /unknown page "no-such-page" \(known: .*self-care/],
    [['--pages', 'start-here', '--out', fresh], /the page "start-here" has no handout/],
    [['--all', '--out', join(file, 'sub')], /cannot write to the folder .*a-file\/sub \(ENOTDIR\)/],
    [
      ['--all', '--out', fresh, '--root', join(out, 'no-build')],
      /the web edition is not built .*index\.html is missing/,
    ],
    [['--all', '--region', 'XX', '--out', fresh], /unknown region "XX"/],
    [['--all', '--format', 'B5', '--out', fresh], /--format must be A4 or Letter/],
    [['--all', '--book', '--out', fresh], /choose exactly one of --pages, --all or --book/],
    [['--all'], /--out is required/],
    [['--all', '--out', fresh, '--colour'], /unknown option "--colour"/],
    [['--all', '--out', fresh, '--note', 'n'.repeat(601)], /--note: The note is 601 characters; at most 600 fit in the note box/],
    [['--all', '--out', fresh, '--follow-up', '20/12/2026'], /--follow-up: The follow-up date must be a date such as 2026-12-20/],
    [['--all', '--out', fresh, '--follow-up', '2026-02-30'], /--follow-up: The follow-up date is not a date in the calendar/],
    [['--all', '--out', fresh, '--clinic-phone', '01632 960000'], /--clinic-phone needs --clinic-name too/],
    [['--all', '--out', fresh, '--patient', 'p'.repeat(121)], /--patient: The patient's name is 121 characters/],
    [['--book', '--out', fresh, '--large-print'], /--large-print is for handouts/],
  ]; // prettier-ignore
  // The errors come before any browser starts, so the runs can share the two cores.
  const runs = await Promise.all(cases.map(([args]) => handouts(...args)));
  cases.forEach(([args, message], i) => {
    const run = runs[i]!;
    expect(run.status, args.join(' ')).toBe(2);
    expect(run.stderr.split('\n'), args.join(' ')).toHaveLength(1);
    expect(run.stderr, args.join(' ')).toMatch(new RegExp(`^handouts: ${message.source}`));
  });
  expect(readdirSync(out)).toEqual(['a-file']);
});

test('a handout the reader cannot print fails with exit code 1 and leaves no folder behind', async () => {
  test.setTimeout(120_000);
  // A build whose data claims a handout the page does not have.
  const root = scratch('broken-build');
  cpSync('out/renderer', root, { recursive: true });
  const data = readContent(root, 'handbook');
  const pages = data.pages.map((p) => (p.slug === 'start-here' ? { ...p, handout: true } : p));
  writeFileSync(contentPath(root, 'handbook'), toDataScript('handbook', { ...data, pages }));
  const fresh = scratch('runtime');
  const out = join(fresh, 'new', 'folder');
  const run = await handouts('--pages', 'start-here', '--root', root, '--out', out);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(
    /^handouts: the reader did not render \/print\/handout\/start-here: This cannot be printed: the page "start-here" has no handout\.$/,
  );
  // The folders the run created go again; the one that was there stays.
  expect(existsSync(join(fresh, '..'))).toBe(true);
  expect(existsSync(fresh)).toBe(false);
});
