import { vi } from 'vitest';
import { CONTENT_FILES, pageDataName } from '@shared/handbook-data';

const NAMES = new Map<string, string>(Object.entries(CONTENT_FILES).map(([name, file]) => [file, name]));
const nameOf = (path: string) => NAMES.get(path) ?? pageDataName(/^content\/pages\/(.+)\.js$/.exec(path)![1]!);

/**
 * For unit tests: a stand-in for the page's `<script>` loading of data files (load-content.ts).
 * `serve` gives the data a file defines, or undefined for a file that fails to load. Returns the
 * files asked for, in order. The data already loaded (`loaded`) is there from the start.
 */
export function fakeDataScripts(serve: (path: string) => unknown, loaded: Record<string, unknown> = {}) {
  const requested: string[] = [];
  const content: Record<string, unknown> = { ...loaded };
  vi.stubGlobal('__HANDBOOK_CONTENT__', content);
  vi.stubGlobal('document', {
    createElement: () => Object.assign(new EventTarget(), { src: '' }),
    head: {
      append(script: EventTarget & { src: string }) {
        requested.push(script.src);
        setTimeout(() => {
          const data = serve(script.src);
          if (data !== undefined) content[nameOf(script.src)] = data;
          script.dispatchEvent(new Event(data === undefined ? 'error' : 'load'));
        });
      },
    },
  });
  return requested;
}
