import { loadedData } from '@shared/data-script';
import {
  CONTENT_FILES,
  pageDataName,
  pageFile,
  type HandbookData,
  type HandbookStart,
  type PageBody,
  type SearchData,
} from '@shared/handbook-data';

interface ContentMap {
  handbook: HandbookData;
  start: HandbookStart;
  search: SearchData;
}
type ContentName = keyof ContentMap;

/** Data that has already arrived (the start file's, which index.html loads), or undefined. */
export function loadedContent<K extends ContentName>(name: K): ContentMap[K] | undefined {
  return loadedData(name) as ContentMap[K] | undefined;
}

/**
 * Runs a classic script with a `<script>` element (the one way that works over app://, over http
 * and from disk alike) and resolves with what it defined, read by `defined`.
 */
export function loadScript<T>(file: string, defined: () => T | undefined, what: string): Promise<T> {
  const script = document.createElement('script');
  script.src = file;
  const loaded = new Promise<T>((resolve, reject) => {
    // A classic script runs before its load event, so what it defines is there when this fires.
    script.addEventListener('load', () => {
      const value = defined();
      if (value) resolve(value);
      else reject(new Error(`${file} did not define ${what}`));
    });
    script.addEventListener('error', () => reject(new Error(`could not load ${file}`)));
  });
  document.head.append(script);
  return loaded;
}

/** Loads a data file (see data-script.ts); resolves with the data it defines under `name`. */
function load(name: string, file: string): Promise<unknown> {
  return loadScript(file, () => loadedData(name), `the ${name} data`);
}

/**
 * index.html loads the start file's script before the app's own (see the content plugin), so it
 * downloads in parallel rather than after the app starts, and has run by the time we ask. If it
 * failed, we ask again, which reports the problem.
 */
export async function loadContent<K extends ContentName>(name: K): Promise<ContentMap[K]> {
  return (loadedData(name) ?? (await load(name, CONTENT_FILES[name]))) as ContentMap[K];
}

export async function loadPageBody(slug: string): Promise<PageBody> {
  return (await load(pageDataName(slug), pageFile(slug))) as PageBody;
}
