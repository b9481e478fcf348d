import { allowedTypos, editDistance } from './edit-distance';
import { isStopWord, stem, tokenise } from './normalise';
import { MAX_QUERY_CHARS } from './query';
import { findSynonyms } from './synonyms';

/** Tiers, most urgent first: the order cards are shown in. */
export const TIER_ORDER = ['emergency', 'maternity', 'urgent', 'see-doctor'] as const;

/** What the matcher reads from a warning sign (the content data has more). */
export interface MatchableSign {
  id: string;
  /** The handbook's wording (inline Markdown allowed). */
  text: string;
  tier: string;
  /** How worried people describe it. */
  phrasings?: readonly string[];
}

/** A sign the query describes, for the action card. */
export interface SignMatch {
  id: string;
  tier: string;
  text: string;
}

export const MAX_SIGN_MATCHES = 3;

/**
 * Words that say "not" or "without": kept (the search pipeline drops "not", "no" and "cannot" as
 * stop words), so "can't pee" and "burning when I pee" stay different, and all of them count as
 * one word, so "cannot feel", "can't feel", "no feeling" and "loss of feeling" are the same.
 */
const NEGATIONS = new Set(
  'no not cannot cant couldnt unable dont doesnt didnt wont isnt never without lost loss lose losing'.split(
    ' ',
  ),
);
const NOT = '¬';

/**
 * Words that say where it hurts, how much, or who you are, but not what is wrong: a query made of
 * these alone ("back pain", "bad leg cramps in pregnancy") describes no warning sign, and the
 * sign's own wording is only matched on the other words. Phrasings still match them as written.
 */
const CONTEXT_WORDS = new Set(
  [
    'back lower spine lumbar leg legs hip hips bottom bum side belly tummy stomach abdomen',
    'pain pains painful ache aching achy hurt hurts hurting sore cramp cramps cramping spasm spasms',
    'muscle bad really very severe mild worse getting feel feeling have having got',
    'pregnant pregnancy baby week weeks day days month months',
  ]
    .join(' ')
    .split(' ')
    .map(stem),
);

/** One word: every key it matches by (its stem, the synonym groups it belongs to, ¬ for "not"). */
type Unit = { keys: Set<string>; context: boolean };

function isNumber(word: string): boolean {
  return /^\p{N}+$/u.test(word);
}

/** Sign text as words: a directive's label stays (`:term[cramps]{id=cramp}` → "cramps"), region placeholders go. */
function plainText(markdown: string): string {
  return markdown.replace(/:[\w-]+\[([^\]]*)\](\{[^}]*\})?/g, '$1').replace(/\{\{\w+\}\}/g, ' ');
}

/** Synonym group key: the same for every phrase of the group, whichever one was found. */
function groupKey(found: string[], alternatives: string[][]): string {
  return `≈${[found.join(' '), ...alternatives.map((a) => a.join(' '))].sort().join('|')}`;
}

/**
 * Turns words into units. `correct` maps a word to the stems it stands for (its own stem, or the
 * matcher's words it is a typo of). Synonyms are found on the whole sequence, stop words included,
 * as the search planner does ("pins and needles").
 */
function toUnits(words: string[], correct: (word: string) => string[]): Unit[] {
  const stems = words.map((w) => correct(w));
  const units: (Unit | null)[] = words.map((word, i) => {
    if (NEGATIONS.has(word)) return { keys: new Set([NOT]), context: true };
    if (isStopWord(word)) return null;
    const keys = new Set(stems[i]);
    return { keys, context: isNumber(word) || stems[i]!.every((s) => CONTEXT_WORDS.has(s)) };
  });
  const best = stems.map((s) => s[0]!);
  for (const m of findSynonyms(best)) {
    const key = groupKey(best.slice(m.start, m.end + 1), m.alternatives);
    for (let i = m.start; i <= m.end; i++) units[i]?.keys.add(key);
  }
  return units.filter((u): u is Unit => u !== null);
}

interface Pattern {
  units: Unit[];
  /** A phrasing matches when the query covers all of it; the sign's text by its specific words. */
  phrasing: boolean;
}

interface CompiledSign {
  sign: SignMatch;
  rank: number;
  order: number;
  patterns: Pattern[];
}

const covers = (a: Unit, b: Unit): boolean => [...a.keys].some((k) => b.keys.has(k));

/**
 * How well `query` describes the pattern (0: not at all). A phrasing must be covered whole, and
 * say more than where it hurts. The sign's text is long, so there the query's own specific words
 * must all be in it (or two of them), with at least two of the query's words found.
 */
function score(pattern: Pattern, query: Unit[]): number {
  const { units } = pattern;
  if (pattern.phrasing) {
    if (units.length === 0 || units.every((u) => u.context)) return 0;
    return units.every((p) => query.some((q) => covers(q, p))) ? 100 + units.length : 0;
  }
  const found = query.filter((q) => units.some((p) => covers(q, p)));
  const specific = query.filter((q) => !q.context);
  const specificFound = found.filter((q) => !q.context).length;
  if (specificFound >= 2 || (specificFound >= 1 && specificFound === specific.length && found.length >= 2))
    return found.length;
  return 0;
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

  constructor(signs: readonly MatchableSign[]) {
    const own = (word: string): string[] => {
      const s = stem(word);
      this.#vocabulary.set(word, s);
      this.#vocabulary.set(s, s);
      return [s];
    };
    this.#signs = signs.map((sign, order) => {
      const rank = (TIER_ORDER as readonly string[]).indexOf(sign.tier);
      const patterns: Pattern[] = [
        { units: toUnits(tokenise(plainText(sign.text)), own), phrasing: false },
        ...(sign.phrasings ?? []).map((p) => ({ units: toUnits(tokenise(p), own), phrasing: true })),
      ];
      return {
        sign: { id: sign.id, tier: sign.tier, text: sign.text },
        rank: rank < 0 ? TIER_ORDER.length : rank,
        order,
        patterns,
      };
    });
  }

  /**
   * The signs `query` describes, most urgent first, at most three. `isKnown` says whether a stem
   * is a word of the handbook's index: such a word is what the person meant, not a typo.
   */
  match(query: string, isKnown?: (term: string) => boolean): SignMatch[] {
    return this.matchWords(tokenise(String(query ?? '').slice(0, MAX_QUERY_CHARS)), isKnown);
  }

  /** As `match`, for a query already split into normalised words (the search engine's). */
  matchWords(words: string[], isKnown: (term: string) => boolean = () => false): SignMatch[] {
    if (words.length === 0 || this.#signs.length === 0) return [];
    const units = toUnits(words, (word) => this.#correct(word, isKnown));
    const hits: { sign: CompiledSign; score: number }[] = [];
    for (const sign of this.#signs) {
      const best = Math.max(0, ...sign.patterns.map((p) => score(p, units)));
      if (best > 0) hits.push({ sign, score: best });
    }
    return hits
      .sort((a, b) => a.sign.rank - b.sign.rank || b.score - a.score || a.sign.order - b.sign.order)
      .slice(0, MAX_SIGN_MATCHES)
      .map((h) => h.sign.sign);
  }

  /** The word's stem, or, for a word neither the signs nor the handbook know, the signs' words within typo distance. */
  #correct(word: string, isKnown: (term: string) => boolean): string[] {
    const own = stem(word);
    if (this.#vocabulary.has(own) || this.#vocabulary.has(word) || isKnown(own)) return [own];
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
