import { TIER_IDS, type Sign } from '../handbook-data';
import { allowedTypos, editDistance } from './edit-distance';
import { stem, tokenise } from './normalise';
import { MAX_QUERY_CHARS } from './query';
import type { Synonyms } from './synonyms';
import { AUDIENCE_WORDS, phrasingUnits, toUnits, type Unit } from './warning-signs-units';

/** What the matcher reads from a warning sign: its id, wording and tier, and any of the rest. */
export type MatchableSign = Pick<Sign, 'id' | 'text' | 'tier'> &
  Partial<Pick<Sign, 'html' | 'audience' | 'phrasings'>>;

/** A sign the query describes, for the action card. */
export type SignMatch = Pick<Sign, 'id' | 'tier' | 'text' | 'html'>;

const MAX_SIGN_MATCHES = 3;

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
      const rank = TIER_IDS.indexOf(sign.tier);
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
