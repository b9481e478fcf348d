import * as v from 'valibot';
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { YamlSource } from './yaml-fields.ts';

/** A stable kebab-case id. */
export const Id = v.pipe(v.string('must be text'), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'may only use a-z, 0-9 and single hyphens'));

/**
 * The YAML node an issue's path leads to, or the nearest one that exists; with `atKey`, the last
 * step's key rather than its value (an unknown field is its name).
 */
export function nodeAt(root: Node | null, path: readonly { key: unknown }[], atKey = false): Node | null {
  let node = root;
  for (const [i, { key }] of path.entries()) {
    let next: Node | null | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      const keyWanted = atKey && i === path.length - 1;
      next = (keyWanted ? pair?.key : (pair?.value ?? pair?.key)) as Node | null | undefined;
    } else if (isSeq(node) && typeof key === 'number') next = node.items[key] as Node | undefined;
    if (!next) return node;
    node = next;
  }
  return node;
}

const isUnknownField = (issue: v.BaseIssue<unknown>): boolean =>
  issue.type === 'strict_object' && issue.expected === 'never';

/** What a shape may hold at `path`: an object's fields, a list's item, an optional's value. */
interface ShapePart {
  entries?: Record<string, ShapePart>;
  item?: ShapePart;
  wrapped?: ShapePart;
}

/** The field names the object at `path` allows, read from the shape, for an unknown field's message. */
function fieldsAt(shape: ShapePart, path: readonly { key: unknown }[]): string[] {
  const unwrap = (part: ShapePart | undefined): ShapePart | undefined => (part?.wrapped ? unwrap(part.wrapped) : part);
  let part = unwrap(shape);
  for (const { key } of path) part = unwrap(typeof key === 'number' ? part?.item : part?.entries?.[String(key)]);
  return Object.keys(part?.entries ?? {});
}

/** The message for one issue: which field, and what is wrong with it. */
function messageOf(issue: v.BaseIssue<unknown>, what: string, shape: ShapePart): string {
  const path = issue.path ?? [];
  const field = [...path].reverse().find((p) => typeof p.key === 'string')?.key as string | undefined;
  if (isUnknownField(issue)) {
    const expected = fieldsAt(shape, path.slice(0, -1)).join(', ');
    return `unknown field "${field}" in ${what} (expected one of: ${expected})`;
  }
  if (issue.received === 'undefined') return `${what} needs a "${field}" field`;
  // Not valibot's "Invalid type: Expected Object": the author wrote text or a list for fields.
  if (issue.type === 'strict_object' && issue.expected === 'Object') {
    return `${field === undefined ? what : `"${field}" in ${what}`} must be a list of "name: value" fields`;
  }
  // YAML reads `emergency: 999` as a number.
  const hint = issue.type === 'string' && typeof issue.input === 'number' ? ' (put it in "quotes")' : '';
  return `${field === undefined ? what : `"${field}" in ${what}`} ${issue.message}${hint}`;
}

/**
 * Checks a YAML node against a valibot shape and reports every issue at the node it concerns, so
 * the author reads `file:line:column` rather than a path into the data. Null when anything is wrong.
 */
export function checkShape<S extends v.GenericSchema>(
  source: YamlSource,
  node: Node | null,
  schema: S,
  what: string,
): v.InferOutput<S> | null {
  // toJS, not toJSON: toJSON turns a date YAML read as a date into a full timestamp string.
  // Every field's problem, but only the first of each (a url that is no web address is not also
  // told to start with https://).
  const value = node === null ? null : node.toJS(source.document);
  const result = v.safeParse(schema, value, { abortEarly: false, abortPipeEarly: true });
  if (result.success) return result.output;
  for (const issue of result.issues) {
    const at = nodeAt(node, issue.path ?? [], isUnknownField(issue));
    source.reporter.at(source.pointOf(at), messageOf(issue, what, schema as ShapePart));
  }
  return null;
}

/**
 * Checks each item of a YAML list on its own, so one wrong item does not hide the checks that need
 * the others (such as ids used twice). Returns the good items with their index in the list.
 */
export function checkItems<S extends v.GenericSchema>(
  source: YamlSource,
  list: Node | null,
  item: S,
  listName: string,
  what: (i: number) => string,
): { value: v.InferOutput<S>; index: number }[] {
  if (!isSeq(list)) {
    source.reporter.at(source.pointOf(list), `"${listName}" must be a list`);
    return [];
  }
  return (list.items as Node[]).flatMap((node, index) => {
    const value = checkShape(source, node, item, what(index));
    return value === null ? [] : [{ value, index }];
  });
}
