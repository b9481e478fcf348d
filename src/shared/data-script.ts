/**
 * Every data file the content build writes (the start file, each page, the whole book, the search
 * index) is one classic script that assigns its data to a global under its name. One form serves
 * every way the reader is opened: a `<script>` element loads it over app://, over http and from
 * disk (where Chromium refuses fetch() of file:// URLs), and a worker loads it with
 * importScripts(). Tools in Node read it back with `fromDataScript`, the exact inverse.
 *
 * `self` rather than `window`, so a worker can load the same file. The data stays a JSON string
 * because V8 parses JSON.parse('…') much faster than the same data as an object literal.
 */

const GLOBAL = '__HANDBOOK_CONTENT__';

/** The script's text before and after the data's JSON, as a string literal. */
function frame(name: string): [before: string, after: string] {
  return [`(self.${GLOBAL} ||= {})[${JSON.stringify(name)}] = JSON.parse(`, ');\n'];
}

/** The data file for `data`, defined under `name`. */
export function toDataScript(name: string, data: unknown): string {
  const [before, after] = frame(name);
  return before + JSON.stringify(JSON.stringify(data)) + after;
}

/** The data a data file defines under `name`; throws if `source` is not that file. */
export function fromDataScript(source: string, name: string): unknown {
  const [before, after] = frame(name);
  if (!source.startsWith(before) || !source.endsWith(after))
    throw new Error(`not the handbook's "${name}" data file`);
  return JSON.parse(JSON.parse(source.slice(before.length, -after.length)) as string);
}

/** Data a data file has already defined in this page or worker, or undefined. */
export function loadedData(name: string): unknown {
  return (globalThis as unknown as Record<string, Record<string, unknown> | undefined>)[GLOBAL]?.[name];
}
