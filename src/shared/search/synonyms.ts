import { tokenise, stem } from './normalise';

/**
 * Lay words and synonyms, from `content/synonyms.yml` and the glossary's "also called" names (the
 * content build merges them into `search.json`). Each group lists phrases that mean the same thing;
 * a query containing one also searches the others, at a lower boost than the typed words.
 * Multi-word entries are matched as a sequence of words in the query.
 */
export class Synonyms {
  /** Each group as sequences of stems, ready to compare with a query's stems. */
  readonly #groups: string[][][];

  constructor(groups: readonly (readonly string[])[]) {
    this.#groups = groups.map((group) => group.map((phrase) => tokenise(phrase).map(stem)));
  }

  /** Finds every synonym phrase in the query (given as stems, stop words included) and its alternatives. */
  find(queryStems: string[]): SynonymMatch[] {
    const out: SynonymMatch[] = [];
    this.#groups.forEach((group, g) => {
      group.forEach((phrase, p) => {
        if (phrase.length === 0) return;
        for (let i = 0; i + phrase.length <= queryStems.length; i++) {
          if (phrase.every((s, k) => queryStems[i + k] === s)) {
            out.push({
              start: i,
              end: i + phrase.length - 1,
              group: g,
              alternatives: alternatives(group, p),
            });
          }
        }
      });
    });
    return out;
  }
}

/**
 * The group's other phrases, less the longer forms of one of its words ("muscle cramp" beside
 * "cramp", "back spasm" beside "spasm"): they would only add "muscle" and "back" to the search.
 */
function alternatives(group: string[][], matched: number): string[][] {
  const words = new Set(group.filter((p) => p.length === 1).flat());
  const typed = group[matched]!;
  return group.filter(
    (p, o) =>
      o !== matched &&
      (p.length === 1 || !(p.some((s) => words.has(s)) || typed.every((s) => p.includes(s)))),
  );
}

export interface SynonymMatch {
  /** First and last query word (inclusive) the matched phrase covers. */
  start: number;
  end: number;
  /** Which group (its position): the same for every phrase of it. */
  group: number;
  /** Stems of the other phrases in the group, to add as optional terms. */
  alternatives: string[][];
}

/** Synonym groups as `search.json` carries them; anything else is ignored (a missing list is no list). */
export function synonymGroups(data: unknown): string[][] {
  if (!Array.isArray(data)) return [];
  return data.filter((g): g is string[] => Array.isArray(g) && g.every((p) => typeof p === 'string'));
}
