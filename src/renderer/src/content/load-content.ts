import { CONTENT_FILES, type HandbookData, type SearchData } from '@shared/handbook-data';

type ContentName = 'handbook' | 'search';
interface ContentMap {
  handbook: HandbookData;
  search: SearchData;
}
type ContentGlobal = { __HANDBOOK_CONTENT__?: Partial<ContentMap> };

/**
 * Opened from disk, Chromium refuses fetch() of file:// URLs, so the build also writes each
 * data file as a classic script that assigns it to a global; we load that instead.
 */
function loadByScript<K extends ContentName>(name: K): Promise<ContentMap[K]> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = CONTENT_FILES[name].replace(/\.json$/, '.js');
    script.onload = () => {
      const data = (window as unknown as ContentGlobal).__HANDBOOK_CONTENT__?.[name];
      if (data) resolve(data as ContentMap[K]);
      else reject(new Error(`${script.src} did not define the ${name} data`));
    };
    script.onerror = () => reject(new Error(`could not load ${script.src}`));
    document.head.append(script);
  });
}

export async function loadContent<K extends ContentName>(name: K): Promise<ContentMap[K]> {
  if (location.protocol === 'file:') return loadByScript(name);
  const response = await fetch(CONTENT_FILES[name]);
  if (!response.ok) throw new Error(`could not load ${CONTENT_FILES[name]} (${response.status})`);
  return (await response.json()) as ContentMap[K];
}
