import { tokenise, stem } from './normalise';

/**
 * Lay words and synonyms the handbook's own keywords may not cover. Each group lists phrases that
 * mean the same thing; a query containing one also searches the others, at a lower boost than the
 * typed words. Multi-word entries are matched as a sequence of words in the query.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['cramp', 'spasm'],
  ['pins and needles', 'tingling'],
  ['pregnant', 'pregnancy'],
  ['gp', 'doctor', 'physician'],
  ['a&e', 'er', 'emergency', 'emergency department', 'emergency room'],
  ['slipped disc', 'herniated disc', 'slipped disk', 'herniated disk', 'prolapsed disc', 'bulging disc'],
  ['kidney', 'renal'],
  ['acetaminophen', 'paracetamol', 'tylenol'],
  ['ibuprofen', 'nsaid'],
  ['lumbar', 'lower back'],
  ['wee', 'pee', 'urine', 'urinate'],
  ['poo', 'bowel'],
  // Warning signs are described these ways (see warning-signs-match.ts).
  ['numb', 'numbness', 'cant feel', 'cannot feel', 'no feeling', 'lost feeling', 'loss of feeling'],
  ['belly', 'tummy', 'stomach', 'abdomen', 'abdominal'],
  ['genitals', 'groin', 'private parts', 'down below', 'down there'],
  ['pain', 'hurt', 'hurts', 'hurting'],
  ['labour', 'labor'],
  ['preterm', 'premature'],
];

/** A synonym group as sequences of stems, ready to compare with a query's stems. */
type StemGroup = string[][];

let compiled: StemGroup[] | undefined;

function groups(): StemGroup[] {
  compiled ??= SYNONYM_GROUPS.map((group) => group.map((phrase) => tokenise(phrase).map(stem)));
  return compiled;
}

export interface SynonymMatch {
  /** First and last query word (inclusive) the matched phrase covers. */
  start: number;
  end: number;
  /** Stems of the other phrases in the group, to add as optional terms. */
  alternatives: string[][];
}

/** Finds every synonym phrase in the query (given as stems, stop words included) and its alternatives. */
export function findSynonyms(queryStems: string[]): SynonymMatch[] {
  const out: SynonymMatch[] = [];
  for (const group of groups()) {
    group.forEach((phrase, p) => {
      if (phrase.length === 0) return;
      for (let i = 0; i + phrase.length <= queryStems.length; i++) {
        if (phrase.every((s, k) => queryStems[i + k] === s)) {
          out.push({ start: i, end: i + phrase.length - 1, alternatives: group.filter((_, o) => o !== p) });
        }
      }
    });
  }
  return out;
}
