import * as v from 'valibot';
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { YamlSource } from './yaml-fields.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written `YYYY-MM-DD` (YAML may hand it over as a Date). */
export const IsoDate = v.pipe(
  v.union([v.string(), v.date()]),
  v.transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)),
  v.check((text) => {
    const parsed = new Date(`${text}T00:00:00Z`);
    // Date rolls 2026-02-30 over into March; a real date survives the round trip.
    return DATE.test(text) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text);
  }, 'must be a date like 2026-01-31'),
);

/** Non-empty text, trimmed. */
export const Text = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'is empty'));

/** A stable kebab-case id. */
export const Id = v.pipe(v.string('must be text'), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'may only use a-z, 0-9 and single hyphens'));

/** A source as pages cite it. */
export const SourceShape = v.strictObject({
  title: Text,
  publisher: Text,
  url: v.pipe(Text, v.startsWith('https://', 'must start with https://'), v.url('must be a web address')),
  accessed: IsoDate,
});

/** The YAML node an issue's path leads to, or the nearest one that exists. */
export function nodeAt(root: Node | null, path: readonly { key: unknown }[]): Node | null {
  let node = root;
  for (const { key } of path) {
    let next: Node | null | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      next = (pair?.value ?? pair?.key) as Node | null | undefined;
    } else if (isSeq(node) && typeof key === 'number') next = node.items[key] as Node | undefined;
    if (!next) return node;
    node = next;
  }
  return node;
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
  const result = v.safeParse(schema, node === null ? null : node.toJSON(), { abortEarly: false });
  if (result.success) return result.output;
  for (const issue of result.issues) {
    const path = issue.path ?? [];
    const dotted = path.map((p) => String(p.key)).join('.');
    const missing = issue.kind === 'schema' && issue.received === 'undefined';
    const unknownKey = issue.type === 'strict_object';
    const field = dotted === '' ? what : `"${dotted}" in ${what}`;
    const message = unknownKey
      ? `unknown field "${String(path.at(-1)?.key)}" in ${what}`
      : missing
        ? `${what} needs a "${dotted}" field`
        : `${field} ${issue.message}`;
    source.reporter.at(source.pointOf(nodeAt(node, path)), message);
  }
  return null;
}
