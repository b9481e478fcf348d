import { existsSync } from 'node:fs';
import { access, constants, mkdir, rmdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from '@playwright/test';
import type { HandbookData } from '../../shared/handbook-data.ts';
import { launchChromium } from '../tools/chromium.ts';
import { contentPath, readContent } from '../tools/read-content.ts';
import { startStaticServer } from '../web-server/static-server.ts';
import { parseArgs, USAGE, type HandoutsOptions } from './handouts-args.ts';
import { CliError } from './handouts-error.ts';
import { planJobs } from './handouts-plan.ts';
import { renderPdfs, type RenderResult } from './handouts-render.ts';

/**
 * `npm run handouts -- --pages a,b --out dir [--clinic-name … --note … --large-print --one-file]`
 *
 * Prints handouts (or the whole handbook) to PDF without opening the app, so a clinic can prepare
 * a stack in advance: it serves the BUILT web edition (out/renderer) on a random 127.0.0.1 port
 * and drives headless Chromium to the reader's print routes. Every check of the request (flags,
 * values, pages, region, the output folder) comes before the browser starts: a refusal is one
 * line on stderr, exit code 2, and nothing is written. A failure while rendering exits with 1.
 */

async function loadBuild(root: string): Promise<HandbookData> {
  const index = join(root, 'index.html');
  const content = contentPath(root, 'handbook');
  if (!existsSync(index) || !existsSync(content)) {
    throw new CliError(
      `the web edition is not built (${existsSync(index) ? content : index} is missing); run "npx electron-vite build" first`,
    );
  }
  try {
    return readContent(root, 'handbook');
  } catch (error) {
    throw new CliError(`${content} could not be read: ${(error as Error).message}`);
  }
}

/** Checks the output folder before anything renders; returns the first folder it had to create. */
async function prepareOut(out: string, files: string[], force: boolean): Promise<string | undefined> {
  let created: string | undefined;
  try {
    created = await mkdir(out, { recursive: true });
    if (!(await stat(out)).isDirectory()) throw new Error('not a folder');
    await access(out, constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`cannot write to the folder ${out} (${reason})`);
  }
  if (force) return created;
  const existing = files.filter((f) => existsSync(join(out, f)));
  if (existing.length) {
    throw new CliError(
      `${join(out, existing[0]!)} already exists; use --force to overwrite${existing.length > 1 ? ` (and ${existing.length - 1} more)` : ''}`,
    );
  }
  return created;
}

/** After a failed run, the folders this run created and left empty go again (rmdir keeps any that hold a file). */
async function removeEmptyFolders(out: string, created: string): Promise<void> {
  for (let dir = out; ; dir = dirname(dir)) {
    if (
      !(await rmdir(dir).then(
        () => true,
        () => false,
      )) ||
      dir === created
    )
      return;
  }
}

async function runHandouts(
  options: HandoutsOptions,
  log: (line: string) => void = console.log,
): Promise<RenderResult[]> {
  const root = resolve(options.root);
  const data = await loadBuild(root);
  const { jobs, format } = planJobs(data, options);
  const out = resolve(options.out);
  const created = await prepareOut(
    out,
    jobs.map((j) => j.file),
    options.force,
  );
  const server = await startStaticServer(root, 0);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const results = await renderPdfs(server.url, jobs, { format, out, browser });
    for (const r of results) log(`wrote ${r.file} (${Math.round(r.bytes / 1024)} KB)`);
    return results;
  } catch (error) {
    if (created) await removeEmptyFolders(out, created);
    throw error;
  } finally {
    await browser?.close();
    await server.close();
  }
}

async function main(argv: string[]) {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  try {
    await runHandouts(parseArgs(argv));
  } catch (error) {
    const known = error instanceof CliError;
    const message = known ? error.message : `unexpected error: ${(error as Error)?.message ?? error}`;
    console.error(`handouts: ${message.split('\n')[0]}`);
    process.exit(known ? error.exitCode : 1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main(process.argv.slice(2));
