import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  CONTENT_FILES,
  pageFile,
  scriptCopy,
  splitPage,
  type HandbookStart,
  type SearchData,
} from '../../shared/handbook-data.ts';
import { openingPageRequest } from '../../shared/opening-page-request.ts';
import { buildSearchIndex } from '../../shared/search/build-index.ts';
import type { BuildResult } from './build-handbook.ts';

export interface OutputFile {
  /** Path under the renderer's output folder, with forward slashes, e.g. "content/handbook.json". */
  fileName: string;
  contents: string | Buffer;
}

export type BuiltHandbook = Extract<BuildResult, { ok: true }>;

/**
 * A data file as a classic script: for a reader opened from disk, where fetch() of file:// fails,
 * and for the start file, which the page loads beside the app's own script. `self` rather than
 * `window` so a worker can `importScripts` the same file. The data stays a JSON string because
 * V8 parses JSON.parse('…') much faster than the same data as an object literal.
 */
export function asScript(name: string, json: string): string {
  return `(self.__HANDBOOK_CONTENT__ ||= {})[${JSON.stringify(name)}] = JSON.parse(${JSON.stringify(json)});\n`;
}

/**
 * Everything the reader loads, as files. Pure and deterministic: the same content gives the same
 * bytes (fixed key order, no timestamps), so unchanged builds produce no diff and cache well.
 */
export function handbookFiles(built: BuiltHandbook): OutputFile[] {
  const search: SearchData = {
    docs: built.searchDocs,
    index: buildSearchIndex(built.searchDocs),
    synonyms: built.synonyms,
    // Search shows a warning sign's action card before any result (warning-signs-match.ts).
    signs: built.handbook.signs,
  };
  const split = built.handbook.pages.map(splitPage);
  const start: HandbookStart = { ...built.handbook, pages: split.map((p) => p.entry) };
  const pages = split.map(({ entry, body }) => ({ name: `page:${entry.slug}`, file: pageFile(entry.slug), body }));
  return [
    ...dataFiles('handbook', CONTENT_FILES.handbook, built.handbook),
    ...dataFiles('start', CONTENT_FILES.start, start, openingPageRequest()),
    ...pages.flatMap((p) => dataFiles(p.name, p.file, p.body)),
    ...dataFiles('search', CONTENT_FILES.search, search),
    ...built.images.map((image) => ({ fileName: `content/${image.path}`, contents: image.data })),
  ];
}

/**
 * A data file as JSON, plus the same data as a classic script for a reader opened from disk;
 * `then` is code the script runs once its data is defined.
 */
function dataFiles(name: string, fileName: string, data: unknown, then = ''): OutputFile[] {
  const json = JSON.stringify(data);
  return [
    { fileName, contents: json },
    { fileName: scriptCopy(fileName), contents: asScript(name, json) + then },
  ];
}

/**
 * Writes the files under `outDir`, each through a temporary name and a rename, so a reader (or a
 * dev server) never sees half a file, and a failed write leaves the previous file in place.
 */
export async function writeOutputFiles(outDir: string, files: OutputFile[]): Promise<void> {
  for (const file of files) {
    const target = join(outDir, ...file.fileName.split('/'));
    const temp = `${target}.${process.pid}.tmp`;
    await mkdir(dirname(target), { recursive: true });
    try {
      await writeFile(temp, file.contents);
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }
}
