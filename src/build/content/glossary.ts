import type { Reporter } from './problems.ts';
import { SLUG } from './front-matter.ts';
import { YamlSource } from './yaml-fields.ts';

export interface GlossaryTerm {
  id: string;
  term: string;
  aliases: string[];
  definition: string;
}

export interface Glossary {
  title: string;
  summary: string;
  terms: GlossaryTerm[];
}

export const GLOSSARY_SLUG = 'glossary';

/** Reads `glossary.yml`: ids must be slugs, and no word may name two terms. */
export function parseGlossary(text: string, reporter: Reporter): Glossary | null {
  const record = YamlSource.parse(text, reporter)?.record('glossary.yml');
  if (!record) return null;
  record.onlyKeys(['title', 'summary', 'terms']);
  const title = record.string('title');
  const summary = record.string('summary');
  const seen = new Map<string, string>();
  const terms: GlossaryTerm[] = [];
  for (const item of record.records('terms', (i) => `glossary term ${i + 1}`) ?? []) {
    item.onlyKeys(['id', 'term', 'aliases', 'definition']);
    const id = item.string('id');
    const term = item.string('term');
    const aliases = item.node('aliases') === undefined ? [] : item.stringList('aliases');
    const definition = item.string('definition');
    if (id === undefined || term === undefined || aliases === undefined || definition === undefined) continue;
    if (!SLUG.test(id))
      reporter.at(item.pointOf('id'), `glossary id "${id}" may only use a-z, 0-9 and single hyphens`);
    for (const name of [id, term, ...aliases]) {
      const key = name.toLowerCase();
      const owner = seen.get(key);
      if (owner !== undefined && owner !== id) {
        reporter.at(
          item.pointOf(name === id ? 'id' : name === term ? 'term' : 'aliases'),
          `"${name}" already names glossary term "${owner}"`,
        );
      } else if (owner === undefined) seen.set(key, id);
    }
    if (terms.some((t) => t.id === id)) reporter.at(item.pointOf('id'), `glossary id "${id}" is used twice`);
    terms.push({ id, term, aliases, definition });
  }
  // The good terms are kept, so one bad entry does not turn every :term link into a problem.
  return { title: title ?? '', summary: summary ?? '', terms };
}

/** Finds the term a `:term[label]{id=…}` refers to: by id when given, else by id, term or alias. */
export function findTerm(
  glossary: Glossary | null,
  label: string,
  id: string | undefined,
): GlossaryTerm | undefined {
  const terms = glossary?.terms ?? [];
  if (id !== undefined) return terms.find((t) => t.id === id);
  const key = label.trim().toLowerCase().replace(/\s+/g, ' ');
  return (
    terms.find((t) => t.id === key) ??
    terms.find((t) => t.term.toLowerCase() === key || t.aliases.some((a) => a.toLowerCase() === key))
  );
}
