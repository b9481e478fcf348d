import { isScalar, isSeq, type Node } from 'yaml';
import type { Point, Reporter } from './problems.ts';
import type { Glossary } from './glossary.ts';
import { YamlSource } from './yaml-fields.ts';

/** The same phrase however it is written: "A&E", "a&e" and "a &  e" are one entry. */
function key(phrase: string): string {
  return phrase.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Reads `synonyms.yml`: `groups:`, a list of groups, each a list of words or phrases that mean the
 * same to a reader. Reports an empty or one-word group, and a phrase in two groups (search could
 * not tell which group it means), each where it is written.
 */
export function parseSynonyms(text: string, reporter: Reporter): string[][] {
  const source = YamlSource.parse(text, reporter);
  const record = source?.record('synonyms.yml');
  if (!source || !record) return [];
  record.onlyKeys(['groups']);
  const list = record.node('groups');
  if (list === undefined) return [];
  if (!isSeq(list)) {
    reporter.at(source.pointOf(list), '"groups" in synonyms.yml must be a list of groups');
    return [];
  }
  const owner = new Map<string, number>();
  const groups: string[][] = [];
  for (const item of list.items as Node[]) {
    const at: Point = source.pointOf(item);
    if (!isSeq(item) || item.items.length === 0) {
      reporter.at(at, isSeq(item) || isEmpty(item) ? 'this synonym group is empty' : 'a synonym group must be a list like [cramp, spasm]');
      continue;
    }
    const group: string[] = [];
    for (const node of item.items as Node[]) {
      // Numbers such as 999 are words a reader types too.
      const value = isScalar(node) && /^(string|number)$/.test(typeof node.value) ? String(node.value).trim() : '';
      if (value === '') {
        reporter.at(source.pointOf(node), 'each entry of a synonym group must be a word or phrase');
        continue;
      }
      const line = owner.get(key(value));
      if (line !== undefined) {
        reporter.at(source.pointOf(node), `"${value}" is already in the synonym group on line ${line}`);
        continue;
      }
      owner.set(key(value), at.line);
      group.push(value);
    }
    // Only when written so: a group left with one entry by another problem is reported once.
    if (item.items.length === 1 && group.length === 1)
      reporter.at(at, `the synonym group [${group[0]}] needs at least two entries`);
    if (group.length > 1) groups.push(group);
  }
  return groups;
}

function isEmpty(node: Node | null): boolean {
  return node === null || (isScalar(node) && (node.value === null || node.value === ''));
}

/**
 * The groups search uses: the file's, plus each glossary term with its "also called" names. A
 * glossary group sharing a phrase with a file group joins it, so both lists can name a word.
 */
export function searchSynonyms(groups: string[][], glossary: Glossary | null): string[][] {
  const out = groups.map((g) => [...g]);
  for (const term of glossary?.terms ?? []) {
    if (term.aliases.length === 0) continue;
    const names = [term.term, ...term.aliases];
    const target = out.find((g) => g.some((p) => names.some((n) => key(n) === key(p))));
    if (!target) {
      out.push(names);
      continue;
    }
    for (const name of names) if (!target.some((p) => key(p) === key(name))) target.push(name);
  }
  return out;
}
