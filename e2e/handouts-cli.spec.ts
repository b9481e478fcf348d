import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
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
      { encoding: 'utf8', timeout: 90_000 },
      (error, _stdout, stderr) =>
        resolve({ status: error ? (error.code as number | null) : 0, stderr: stderr.trim() }),
    );
  });
}

/** A fresh folder outside test-results/, which a parallel Playwright run may clear. */
const scratch = (name: string) => join(scratchDir('handouts-cli-'), name);

function pdf(file: string) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    size: /Page size:.*\((\w+)\)/.exec(info)?.[1],
    text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
  };
}

test('writes one-page handouts for the chosen pages and refuses to overwrite them', async () => {
  test.setTimeout(90_000);
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

  const again = await handouts('--pages', 'self-care', '--out', out);
  expect(again.status).toBe(1);
  expect(again.stderr).toMatch(
    /^handouts: .*self-care-handout\.pdf already exists; use --force to overwrite$/,
  );
});

test('prints the whole handbook with --book, overwriting only with --force', async () => {
  test.setTimeout(90_000);
  const out = scratch('book');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'handbook.pdf'), 'an old printout');
  const run = await handouts('--book', '--region', 'UK-ENG', '--format', 'A4', '--out', out, '--force');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const doc = pdf(join(out, 'handbook.pdf'));
  expect(doc.size).toBe('A4');
  expect(doc.pages).toBeGreaterThan(11);
  expect(doc.text).toContain('In an emergency call 999.');
  expect(readdirSync(out)).toEqual(['handbook.pdf']);
});

test('fails with one clear line for bad input', async () => {
  const out = scratch('errors');
  mkdirSync(out, { recursive: true });
  const file = join(out, 'a-file');
  writeFileSync(file, 'not a folder');
  const cases: [string[], RegExp][] = [
    [['--pages', 'no-such-page', '--out', out], /unknown page "no-such-page" \(known: .*self-care/],
    [['--pages', 'start-here', '--out', out], /the page "start-here" has no handout/],
    [['--all', '--out', join(file, 'sub')], /cannot write to the folder .*a-file\/sub/],
    [
      ['--all', '--out', out, '--root', join(out, 'no-build')],
      /the web edition is not built .*index\.html is missing/,
    ],
    [['--all', '--region', 'XX', '--out', out], /unknown region "XX"/],
    [['--all', '--format', 'B5', '--out', out], /--format must be A4 or Letter/],
    [['--all', '--book', '--out', out], /choose exactly one of --pages, --all or --book/],
    [['--all'], /--out is required/],
  ];
  // The errors come before any browser starts, so the runs can share the two cores.
  const runs = await Promise.all(cases.map(([args]) => handouts(...args)));
  cases.forEach(([args, message], i) => {
    const run = runs[i]!;
    expect(run.status, args.join(' ')).toBe(1);
    expect(run.stderr.split('\n'), args.join(' ')).toHaveLength(1);
    expect(run.stderr, args.join(' ')).toMatch(message);
  });
  expect(readdirSync(out)).toEqual(['a-file']);
});
