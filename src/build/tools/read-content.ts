import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromDataScript } from '../../shared/data-script.ts';
import {
  CONTENT_FILES,
  type HandbookData,
  type HandbookStart,
  type SearchData,
} from '../../shared/handbook-data.ts';

interface ContentMap {
  handbook: HandbookData;
  start: HandbookStart;
  search: SearchData;
}

/** The path of a built data file under the renderer's output folder (e.g. out/renderer). */
export function contentPath(rendererRoot: string, name: keyof ContentMap): string {
  return join(rendererRoot, ...CONTENT_FILES[name].split('/'));
}

/** Reads a built data file (see data-script.ts), for the CLIs, benchmarks and tests. */
export function readContent<K extends keyof ContentMap>(rendererRoot: string, name: K): ContentMap[K] {
  return fromDataScript(readFileSync(contentPath(rendererRoot, name), 'utf8'), name) as ContentMap[K];
}
