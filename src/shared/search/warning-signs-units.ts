import { isStopWord, stem, tokenise } from './normalise';
import type { Synonyms } from './synonyms';

/**
 * Words as the warning-sign matcher compares them (`warning-signs-match.ts`): each word of a
 * query, a sign's wording or a phrasing becomes a unit with the keys it matches by and how much
 * it says about what is wrong.
 */

/**
 * Words that say "not" or "without": kept (the search pipeline drops "not", "no" and "cannot" as
 * stop words), so "can't pee" and "burning when I pee" stay different, and all of them count as
 * one word, so "cannot pee", "can't pee" and "unable to pee" are the same.
 */
const NEGATIONS = new Set(
  'no not cannot cant couldnt unable dont doesnt didnt wont isnt never without'.split(' '),
);
const NOT = '¬';

const stems = (words: string): Set<string> => new Set(words.split(' ').map(stem));

/**
 * Words that say where it hurts, or who and when, but not what is wrong: a query made of these
 * alone ("back pain", "leg cramps at 20 weeks pregnant") describes no warning sign, and a
 * phrasing made of these alone never matches.
 */
const CONTEXT_WORDS = stems(
  'back backache lumbago low lower upper spine lumbar leg legs hip hips bum side belly tummy stomach abdomen ' +
    'pain pains painful ache aching achy hurt hurts hurting sore cramp cramps cramping spasm spasms ' +
    'muscle feel feeling have having got pregnant pregnancy baby early late later week weeks day days month months',
);

/**
 * How much, how suddenly or how long: part of a sign ("severe back pain", "not going away"), but
 * too common in the signs' wording to find one ("bad back pain" is not "a bad fall").
 */
const WEAK_WORDS = stems(
  'bad badly severe severely very really worse worst terrible awful sudden suddenly sharp new normal ' +
    'go goes going gone away down come comes coming keep keeps stop stops make makes making made take takes taking',
);

/** What the sign's audience adds to its wording: "spotting at 6 weeks" is spotting in pregnancy. */
export const AUDIENCE_WORDS: Record<string, string> = {
  pregnant: 'pregnant weeks',
  'early-pregnancy': 'pregnant weeks',
  'later-pregnancy': 'pregnant weeks',
  'after-birth': 'birth baby',
};

export type Weight = 'context' | 'weak' | 'specific';

/** One word: every key it matches by (its stem, the synonym groups it belongs to, ¬ for "not"). */
export interface Unit {
  keys: Set<string>;
  weight: Weight;
  /** What it counts as: its synonym group, else its stem (so "pee … pee" or "cannot feel" count once). */
  id: string;
}

function weightOf(word: string, own: string[]): Weight {
  if (/^\p{N}+$/u.test(word) || own.every((s) => CONTEXT_WORDS.has(s))) return 'context';
  return own.every((s) => WEAK_WORDS.has(s)) || isStopWord(word) ? 'weak' : 'specific';
}

/**
 * Turns words into units. `correct` maps a word to the stems it stands for (the closest first).
 * Synonyms are found on the whole sequence, stop words included, as the search planner does
 * ("pins and needles"). A word of a group that says more than context ("can't feel" = "numb")
 * counts as specific. In a query (`query`), the words of a phrase found match by their groups
 * alone ("can't feel" is not "feel" and "not"), and stop words are kept as weak units (a
 * phrasing may need them); a sign's words keep their own stems too ("premature labour" is also
 * "premature" and "labour", so "premature labor" finds it).
 */
export function toUnits(
  words: string[],
  correct: (word: string) => string[],
  synonyms: Synonyms,
  options: { query?: boolean; stopWords?: boolean } = {},
): Unit[] {
  const query = options.query ?? false;
  const stopWords = options.stopWords ?? query;
  const found = words.map((w) => (isStopWord(w) ? [stem(w)] : correct(w)));
  const units: (Unit | null)[] = words.map((word, i) => {
    if (NEGATIONS.has(word)) return { keys: new Set([NOT]), weight: 'context', id: NOT };
    if (isStopWord(word) && !stopWords) return null;
    return { keys: new Set(found[i]), weight: weightOf(word, found[i]!), id: found[i]![0]! };
  });
  const best = found.map((s) => s[0]!);
  // Longest phrases first: a word of "can't pee" counts as that, not as "pee" alone.
  const matches = synonyms.find(best).sort((a, b) => b.end - b.start - (a.end - a.start));
  const inPhrase = new Set<Unit>();
  for (const m of matches) {
    const key = `≈${m.group}`;
    // Most of the group's own words decide what it means: "can't feel" is "numb" (specific), "bad
    // back" is "lumbago" (context), "seized up" is "cramp" (context). Groups of phrases only, by all words.
    const phrases = [best.slice(m.start, m.end + 1), ...m.alternatives];
    const words = (phrases.some((p) => p.length === 1) ? phrases.filter((p) => p.length === 1) : phrases)
      .flat()
      .filter((s) => !isStopWord(s));
    const specific =
      2 * words.filter((s) => !CONTEXT_WORDS.has(s) && !WEAK_WORDS.has(s)).length >= words.length;
    const phrase = m.end > m.start;
    for (let i = m.start; i <= m.end; i++) {
      const unit = units[i];
      if (!unit || inPhrase.has(unit)) continue;
      if (phrase) {
        inPhrase.add(unit);
        if (query) unit.keys.clear();
      }
      unit.keys.add(key);
      if (!unit.id.startsWith('≈')) unit.id = key;
      if (phrase || specific) unit.weight = specific ? 'specific' : 'context';
    }
  }
  return units.filter((u): u is Unit => u !== null);
}

/** A phrasing as units; one that is all stop words but one ("off work") keeps them, or it would say less. */
export function phrasingUnits(
  phrasing: string,
  correct: (word: string) => string[],
  synonyms: Synonyms,
): Unit[] {
  const words = tokenise(phrasing);
  const units = toUnits(words, correct, synonyms);
  return units.length < 2 && words.length >= 2
    ? toUnits(words, correct, synonyms, { stopWords: true })
    : units;
}
