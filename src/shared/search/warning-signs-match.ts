import { TIER_IDS } from '../handbook-data';
import { allowedTypos, editDistance } from './edit-distance';
import { isStopWord, stem, tokenise } from './normalise';
import { MAX_QUERY_CHARS } from './query';
import type { Synonyms } from './synonyms';

/** What the matcher reads from a warning sign (`Sign` in the handbook data). */
export interface MatchableSign {
  id: string;
  /** The handbook's wording, plain text. */
  text: string;
  /** The same as inline HTML, for the action card. */
  html?: string;
  tier: string;
  /** Who it applies to: everyone | pregnant | early-pregnancy | later-pregnancy | after-birth. */
  audience?: string;
  /** How worried people describe it. */
  phrasings?: readonly string[];
}

/** A sign the query describes, for the action card. */
export interface SignMatch {
  id: string;
  tier: string;
  text: string;
  html: string;
}

export const MAX_SIGN_MATCHES = 3;

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
const AUDIENCE_WORDS: Record<string, string> = {
  pregnant: 'pregnant weeks',
  'early-pregnancy': 'pregnant weeks',
  'later-pregnancy': 'pregnant weeks',
  'after-birth': 'birth baby',
};

type Weight = 'context' | 'weak' | 'specific';

/** One word: every key it matches by (its stem, the synonym groups it belongs to, ¬ for "not"). */
interface Unit {
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
function toUnits(
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
function phrasingUnits(phrasing: string, correct: (word: string) => string[], synonyms: Synonyms): Unit[] {
  const words = tokenise(phrasing);
  const units = toUnits(words, correct, synonyms);
  return units.length < 2 && words.length >= 2
    ? toUnits(words, correct, synonyms, { stopWords: true })
    : units;
}

interface CompiledSign {
  sign: SignMatch;
  rank: number;
  order: number;
  text: Wording;
  phrasings: Unit[][];
  /** Every key of its wording and phrasings: most signs share none with a query, and are skipped. */
  keys: Set<string>;
}

interface Hit {
  sign: CompiledSign;
  phrasing: boolean;
  /** Share of the sign's wording the query covers. */
  share: number;
}

/** A sign's own wording, and how many things it says, specific or not (for `wordingShare`). */
interface Wording {
  units: Unit[];
  size: number;
  specific: number;
}

function wording(units: Unit[]): Wording {
  const ids = (list: Unit[]): number => new Set(list.map((u) => u.id)).size;
  return { units, size: ids(units), specific: ids(units.filter((u) => u.weight === 'specific')) };
}

/** True when the two words share a key. Runs thousands of times a keystroke: no allocation. */
function shareKey(a: Set<string>, b: Set<string>): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}

/** A phrasing must be covered whole (`queryKeys`: every key of the query), and say more than where it hurts. */
function phrasingMatches(units: Unit[], queryKeys: Set<string>): boolean {
  if (units.every((u) => u.weight === 'context')) return false;
  return units.every((p) => shareKey(p.keys, queryKeys));
}

/**
 * How much of the sign's wording `query` covers (0: it does not describe it). The wording is
 * long, so two of the query's specific words must be in it, or its only one, with another word
 * found, in a short sign. Words are counted by meaning on the sign's side: "pee … pee" is one,
 * and "can't feel" covers "cannot feel" once.
 */
function wordingShare({ units, size, specific: specificInSign }: Wording, query: Unit[]): number {
  const all = new Set<string>();
  const specific = new Set<string>();
  let missing = false;
  for (const q of query) {
    const hit = units.filter((p) => shareKey(q.keys, p.keys));
    for (const p of hit) all.add(p.id);
    if (q.weight !== 'specific') continue;
    for (const p of hit) specific.add(p.id);
    if (hit.length === 0) missing = true;
  }
  // One specific word is enough only for a sign it says much of ("cough" for "worse when you
  // cough, sneeze or poo"), not for one it merely touches ("walking" for a sign about cancer).
  const matches =
    specific.size >= 2 || (specific.size === 1 && !missing && all.size >= 2 && specificInSign <= 5);
  return matches ? all.size / size : 0;
}

/**
 * Which warning signs a search query describes: pure, built once per loaded handbook and run on
 * every keystroke (in the worker, the main-thread fallback and the CLI alike). Words match by the
 * search pipeline's own normalising, stemming, synonyms and typo tolerance, in any order.
 */
export class WarningSignMatcher {
  readonly #signs: CompiledSign[];
  /** Every word and stem the signs use: typos are corrected towards these. */
  readonly #vocabulary = new Map<string, string>();
  readonly #isKnown: (term: string) => boolean;
  readonly #synonyms: Synonyms;
  /** Typo corrections already made: while typing, each keystroke asks about the same words again. */
  readonly #corrections = new Map<string, string[]>();

  /**
   * `synonyms`: the search's own (`content/synonyms.yml`). `isKnown` says whether a stem is a word
   * of the handbook's index: such a word is what the person meant, not a typo of a sign's word.
   */
  constructor(
    signs: readonly MatchableSign[],
    synonyms: Synonyms,
    isKnown: (term: string) => boolean = () => false,
  ) {
    this.#isKnown = isKnown;
    this.#synonyms = synonyms;
    const own = (word: string): string[] => {
      const s = stem(word);
      this.#vocabulary.set(word, s);
      this.#vocabulary.set(s, s);
      return [s];
    };
    this.#signs = signs.map((sign, order) => {
      const rank = (TIER_IDS as readonly string[]).indexOf(sign.tier);
      const audience = AUDIENCE_WORDS[sign.audience ?? ''] ?? '';
      const text = [
        ...toUnits(tokenise(sign.text), own, synonyms),
        ...toUnits(tokenise(audience), own, synonyms).map((u): Unit => ({ ...u, weight: 'context' })),
      ];
      const phrasings = (sign.phrasings ?? []).map((p) => phrasingUnits(p, own, synonyms));
      return {
        sign: { id: sign.id, tier: sign.tier, text: sign.text, html: sign.html ?? '' },
        rank: rank < 0 ? TIER_IDS.length : rank,
        order,
        text: wording(text),
        phrasings,
        keys: new Set([...text, ...phrasings.flat()].flatMap((u) => [...u.keys])),
      };
    });
  }

  /** The signs `query` describes, at most three, most urgent first. */
  match(query: string): SignMatch[] {
    return this.matchWords(tokenise(String(query ?? '').slice(0, MAX_QUERY_CHARS)));
  }

  /** As `match`, for a query already split into normalised words (the search engine's). */
  matchWords(words: string[]): SignMatch[] {
    if (words.length === 0 || this.#signs.length === 0) return [];
    const query = toUnits(words, (word) => this.#correct(word), this.#synonyms, { query: true });
    const queryKeys = new Set(query.flatMap((u) => [...u.keys]));
    const hits: Hit[] = [];
    for (const sign of this.#signs) {
      if (!shareKey(queryKeys, sign.keys)) continue;
      const phrasing = sign.phrasings.some((p) => phrasingMatches(p, queryKeys));
      const share = wordingShare(sign.text, query);
      if (phrasing || share > 0) hits.push({ sign, phrasing, share });
    }
    // The three that fit best (a phrasing the person used, then the most urgent), most urgent first.
    const byUrgency = (a: Hit, b: Hit): number =>
      a.sign.rank - b.sign.rank || b.share - a.share || a.sign.order - b.sign.order;
    return hits
      .sort((a, b) => Number(b.phrasing) - Number(a.phrasing) || byUrgency(a, b))
      .slice(0, MAX_SIGN_MATCHES)
      .sort(byUrgency)
      .map((h) => h.sign.sign);
  }

  /** The word's stem, or, for a word neither the signs nor the handbook know, the signs' words within typo distance. */
  #correct(word: string): string[] {
    let found = this.#corrections.get(word);
    if (!found) {
      found = this.#closest(word);
      if (this.#corrections.size >= 10_000) this.#corrections.clear();
      this.#corrections.set(word, found);
    }
    return found;
  }

  #closest(word: string): string[] {
    const own = stem(word);
    if (this.#vocabulary.has(own) || this.#vocabulary.has(word) || this.#isKnown(own)) return [own];
    const max = allowedTypos(word);
    if (max === 0) return [own];
    let best = max;
    let found: string[] = [];
    for (const [known, knownStem] of this.#vocabulary) {
      const d = editDistance(word, known, best);
      if (d > best) continue;
      if (d < best || found.length === 0) [best, found] = [d, [knownStem]];
      else if (!found.includes(knownStem)) found.push(knownStem);
    }
    // The closest correction first: synonyms are looked up on it.
    return [...found, own];
  }
}
