import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  CONTENT_FILES,
  pageDataName,
  pageFile,
  splitPage,
  type HandbookStart,
  type SearchData,
} from '../../shared/handbook-data.ts';
import { toDataScript } from '../../shared/data-script.ts';
import { buildSearchIndex } from '../../shared/search/build-index.ts';
import type { BuildResult } from './build-handbook.ts';

export interface OutputFile {
  /** Path under the renderer's output folder, with forward slashes, e.g. "content/handbook.js". */
  fileName: string;
  contents: string | Buffer;
}

export type BuiltHandbook = Extract<BuildResult, { ok: true }>;

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
  const { signs: _signs, ...rest } = built.handbook;
  const start: HandbookStart = { ...rest, pages: split.map((p) => p.entry) };
  return [
    dataFile('handbook', CONTENT_FILES.handbook, built.handbook),
    dataFile('start', CONTENT_FILES.start, start),
    ...split.map(({ entry, body }) => dataFile(pageDataName(entry.slug), pageFile(entry.slug), body)),
    dataFile('search', CONTENT_FILES.search, search),
    ...built.images.map((image) => ({ fileName: `content/${image.path}`, contents: image.data })),
  ];
}

/** One data file, written once, in the one form that serves app://, http and file:// alike. */
function dataFile(name: string, fileName: string, data: unknown): OutputFile {
  return { fileName, contents: toDataScript(name, data) };
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
