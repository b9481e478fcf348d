import {
  CONTENT_FILES,
  pageFile,
  scriptCopy,
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
type ContentGlobal = { __HANDBOOK_CONTENT__?: Record<string, unknown> };

const loaded = (name: string): unknown =>
  (globalThis as unknown as ContentGlobal).__HANDBOOK_CONTENT__?.[name];

/** Data that has already arrived (the start file's, which index.html loads), or undefined. */
export function loadedContent<K extends ContentName>(name: K): ContentMap[K] | undefined {
  return loaded(name) as ContentMap[K] | undefined;
}

/**
 * Opened from disk, Chromium refuses fetch() of file:// URLs, so the build also writes each
 * data file as a classic script that assigns it to a global under `name`; we load that instead.
 */
function loadByScript(name: string, jsonFile: string): Promise<unknown> {
  const script = document.createElement('script');
  script.src = scriptCopy(jsonFile);
  const data = dataOfScript(script, name);
  document.head.append(script);
  return data;
}

/** The data `script` defines under `name`, once it has loaded. */
function dataOfScript(script: Element, name: string): Promise<unknown> {
  const src = script.getAttribute('src');
  return new Promise((resolve, reject) => {
    // A classic script runs before its load event, so the data is there when this fires.
    script.addEventListener('load', () => {
      const data = loaded(name);
      if (data) resolve(data);
      else reject(new Error(`${src} did not define the ${name} data`));
    });
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
  });
}

async function load(name: string, file: string): Promise<unknown> {
  if (location.protocol === 'file:') return loadByScript(name, file);
  const response = await fetch(file);
  if (!response.ok) throw new Error(`could not load ${file} (${response.status})`);
  return response.json();
}

/**
 * index.html loads the start file's script before the app's own (see the content plugin), so it
 * downloads in parallel rather than after the app starts, and has run by the time we ask. If it
 * failed, we ask again the usual way, which reports the problem.
 */
export async function loadContent<K extends ContentName>(name: K): Promise<ContentMap[K]> {
  return (loaded(name) ?? (await load(name, CONTENT_FILES[name]))) as ContentMap[K];
}

export async function loadPageBody(slug: string): Promise<PageBody> {
  return (await load(`page:${slug}`, pageFile(slug))) as PageBody;
}
