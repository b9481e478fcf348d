import type { SearchData, SearchDoc } from '../handbook-data';
import { loadIndex, type RankingIndex } from './index-file';
import { groupMatches, planQuery, type QueryPlan } from './plan';
import { PhraseText } from './phrase-text';
import { Postings } from './postings';
import { parseQuery, type ParsedQuery } from './query';
import { SectionWords } from './section-words';
import { makeSnippet } from './snippet';
import { EMPTY_RESPONSE, type SearchResponse, type SearchResult } from './types';
import { topK } from './top-k';
import { finalScore, spreadPages, weightOf, wordWeights } from './ranking';
import { Synonyms, synonymGroups } from './synonyms';
import { IndexVocabulary } from './vocabulary';
import { WarningSignMatcher, type MatchableSign } from './warning-signs-match';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 200;
const MAX_SUGGESTIONS = 3;
const MAX_TERMS = 16;
/** Sections whose words are kept: finding words is most of the cost of a snippet. */
const WORD_CACHE_DOCS = 400;
/** Sections ranked per result shown, before at most two per page are kept near the top. */
const SPREAD_CANDIDATES = 3;
/** How long one step of finding words ahead may keep a person's query waiting. */
const WORDS_AHEAD_STEP_MS = 2;
const PAGE_COUNT_CACHE = 10_000;
/** Fields whose words name what a section is about: page title, heading and the page's keywords. */
const HEAD_FIELDS = ['title', 'heading', 'keywords'];

interface PageCount {
  pages: number;
  named: boolean;
}

interface Hit {
  doc: SearchDoc;
  slug: string;
  score: number;
}

/**
 * The whole query pipeline over one loaded index: parse → plan → score → rank → snippets. Pure,
 * never throws. Scoring runs on `Postings` (lunr's scores, without lunr's per-query allocations).
 */
export class SearchEngine {
  readonly #docs: Map<string, SearchDoc>;
  readonly #postings: Postings;
  /** By `Postings` ref number: the section and its position in `docs` (ties keep that order). */
  readonly #refDocs: (SearchDoc | undefined)[];
  readonly #refOrder: Int32Array;
  /** By ref number: the section's page, numbered from 0, and how many pages there are. */
  readonly #pageOf: Int32Array;
  readonly #pages: number;
  readonly #vocab: IndexVocabulary;
  readonly #phraseText: PhraseText;
  readonly #synonyms: Synonyms;
  /** Bit f set: field f is one of HEAD_FIELDS. */
  readonly #headFields: number;
  readonly #sectionWords = new SectionWords(WORD_CACHE_DOCS);
  readonly #pageCounts = new Map<string, PageCount>();

  readonly #onError: (error: unknown) => void;
  readonly #signs: WarningSignMatcher;

  /** `onError` hears about a query that failed inside the engine (tests rethrow; the reader logs). */
  constructor(
    docs: SearchDoc[],
    index: RankingIndex,
    synonyms: readonly (readonly string[])[] = [],
    onError: (error: unknown) => void = console.warn,
    signs: readonly MatchableSign[] = [],
  ) {
    this.#onError = onError;
    this.#synonyms = new Synonyms(synonyms);
    this.#headFields = index.fields.reduce((m, f, i) => (HEAD_FIELDS.includes(f) ? m | (1 << i) : m), 0);
    this.#docs = new Map(docs.map((d) => [d.id, d]));
    const order = new Map(docs.map((d, i) => [d.id, i]));
    this.#postings = new Postings(index);
    this.#refDocs = this.#postings.refs.map((ref) => this.#docs.get(ref));
    this.#phraseText = new PhraseText(this.#refDocs);
    this.#refOrder = Int32Array.from(this.#postings.refs, (ref) => order.get(ref) ?? 0);
    const pageNumber = new Map<string, number>();
    this.#pageOf = Int32Array.from(this.#refDocs, (doc) => {
      const slug = doc?.slug ?? '';
      if (!pageNumber.has(slug)) pageNumber.set(slug, pageNumber.size);
      return pageNumber.get(slug)!;
    });
    this.#pages = pageNumber.size;
    this.#vocab = new IndexVocabulary(this.#postings, this.#refDocs);
    // A word the handbook knows is what the person meant, not a typo of a sign's word.
    this.#signs = new WarningSignMatcher(signs, this.#synonyms, (term) => this.#vocab.has(term));
  }

  /** Loads `content/search.json` data; throws on malformed data (the caller reports "search failed"). */
  static fromData(data: SearchData, onError?: (error: unknown) => void): SearchEngine {
    if (!data || !Array.isArray(data.docs) || typeof data.index !== 'object' || data.index === null) {
      throw new Error('search data is malformed');
    }
    const synonyms = synonymGroups(data.synonyms);
    const signs = Array.isArray(data.signs) ? data.signs : [];
    return new SearchEngine(data.docs, loadIndex(data.index), synonyms, onError, signs);
  }

  /**
   * Runs a few searches made from the index's own first title (a word being typed, the whole
   * word, a typo, two words) and throws the answers away. V8 compiles code when it first runs, so
   * the reader's first keystrokes would otherwise pay for compiling the whole query pipeline:
   * several frames each. The worker runs this before it says search is ready.
   */
  warmUp(): void {
    const title = this.#refDocs.find((doc) => doc)?.title ?? '';
    const word = title
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .find((w) => w.length >= 4);
    if (!word) return;
    const typo = word[0]! + word[2]! + word[1]! + word.slice(3);
    for (const text of [
      word.slice(0, 2),
      word.slice(0, 3),
      word,
      `${word} `,
      typo,
      `${word} ${word.slice(0, 2)}`,
    ])
      this.search(text);
  }

  /**
   * Finds the words of the first WORD_CACHE_DOCS sections ahead of time (a section's words are
   * otherwise found when it is first shown, in the keystroke's time), one step of about
   * WORDS_AHEAD_STEP_MS per `next()`, so the worker can answer a query between steps.
   */
  *findWordsAhead(): Generator<void> {
    let stepStart = performance.now();
    for (const doc of this.#refDocs.slice(0, WORD_CACHE_DOCS)) {
      if (doc) this.#sectionWords.prepare(doc);
      if (performance.now() - stepStart < WORDS_AHEAD_STEP_MS) continue;
      yield;
      stepStart = performance.now();
    }
  }

  search(text: string, options: { limit?: number } = {}): SearchResponse {
    try {
      return this.#search(text, Math.max(0, Math.min(MAX_LIMIT, options.limit ?? DEFAULT_LIMIT)));
    } catch (error) {
      // Defence in depth: a search box must never break the page. Tests pass an `onError` that
      // rethrows, so a bug here cannot hide behind an empty result.
      this.#onError(error);
      return EMPTY_RESPONSE;
    }
  }

  #search(text: string, limit: number): SearchResponse {
    const parsed = parseQuery(text);
    if (parsed.words.length === 0) return EMPTY_RESPONSE;
    const plan = planQuery(parsed, this.#vocab, this.#synonyms);
    const { hits, total, matched } = this.#rank(parsed, plan, limit);
    return {
      results: hits.map((h) => this.#result(h, matched)),
      total,
      suggestions: this.#suggestions(parsed, plan),
      signs: this.#signs.matchWords(parsed.words.map((w) => w.word)),
    };
  }

  /**
   * Matching sections, best first (only the best few are sorted), and how many there are. The
   * score is lunr's, weighted by which query words a section has and where: see `ranking.ts`.
   */
  #rank(
    parsed: ParsedQuery,
    plan: QueryPlan,
    limit: number,
  ): { hits: Hit[]; total: number; matched: ReadonlySet<string> } {
    if (plan.clauses.length === 0) return { hits: [], total: 0, matched: new Set() };
    const { groups } = plan;
    // One bit per query word: a query has at most MAX_WORDS (10) of them.
    const termMask = (term: string): number => {
      let mask = 0;
      for (let g = 0; g < groups.length; g++) if (groupMatches(groups[g]!, [term])) mask |= 1 << g;
      return mask;
    };
    const scored = this.#postings.score(plan.clauses, termMask, this.#headFields);
    const phrases = scored.docs.length ? parsed.phrases.map((p) => this.#phraseText.containing(p)) : [];
    // Kept sections are compacted to the front of `scored`, their final scores written in place.
    const { docs, scores, masks, heads } = scored;
    const counts = groups.map((g) => (g.primary.length ? this.#pagesWith(g.primary) : null));
    // A word no title, heading or keyword uses ("box" in "the box below") names no topic of the
    // handbook: it counts as common as the query's most common word that does.
    const common = Math.max(0, ...counts.map((c) => (c?.named ? c.pages : 0)));
    const known = counts.map((c) => (c === null ? null : c.named ? c.pages : Math.max(c.pages, common)));
    const weights = wordWeights(docs, masks, this.#pageOf, this.#pages, known);
    const all = weightOf((1 << groups.length) - 1, weights) || 1;
    let kept = 0;
    for (let i = 0; i < docs.length; i++) {
      const ref = docs[i]!;
      if (!this.#refDocs[ref]) continue;
      if (!phrases.every((inPhrase) => inPhrase[ref] === 1)) continue;
      const coverage = groups.length ? weightOf(masks[i]!, weights) / all : 1;
      const inHeading = groups.length ? weightOf(heads[i]!, weights) / all : 0;
      docs[kept] = ref;
      scores[kept++] = finalScore(scores[i]!, coverage, inHeading);
    }
    const order = this.#refOrder;
    // Enough candidates that spreading them over pages still fills the limit.
    const best = topK(kept, limit * SPREAD_CANDIDATES, (a, b) =>
      scores[a] !== scores[b] ? scores[a]! > scores[b]! : order[docs[a]!]! < order[docs[b]!]!,
    );
    const ranked = best.map((i) => {
      const doc = this.#refDocs[docs[i]!]!;
      return { doc, slug: doc.slug, score: scores[i]! };
    });
    const hits = spreadPages(ranked).slice(0, limit);
    // Index terms the query expanded to that some section contains: a word is a hit if its term is one.
    return { hits, total: kept, matched: scored.terms };
  }

  /**
   * How many pages hold any of `terms`, and whether a title, heading or keyword uses one of them,
   * remembered (a query asks again with every keystroke).
   */
  #pagesWith(terms: string[]): PageCount {
    const key = terms.join(' ');
    let count = this.#pageCounts.get(key);
    if (count === undefined) {
      const pages = new Set<number>();
      for (const term of terms) for (const d of this.#postings.docsOf(term)) pages.add(this.#pageOf[d]!);
      count = { pages: pages.size, named: terms.some((t) => this.#postings.inFields(t, this.#headFields)) };
      if (this.#pageCounts.size >= PAGE_COUNT_CACHE) this.#pageCounts.clear();
      this.#pageCounts.set(key, count);
    }
    return count;
  }

  /** `matched`: the index terms the query matched, which the snippet marks. */
  #result({ doc, score }: Hit, matched: ReadonlySet<string>): SearchResult {
    const { terms, body, bodyHits } = this.#sectionWords.hits(doc, matched, MAX_TERMS);
    const { id, slug, anchor, title, heading } = doc;
    const snippet = makeSnippet(doc.body, body, bodyHits);
    return { id, slug, anchor, title, heading, score, snippet, terms };
  }

  #suggestions(parsed: ParsedQuery, plan: QueryPlan): string[] {
    const first = [...plan.corrections.keys()][0];
    if (first === undefined) return [];
    const out: string[] = [];
    for (const alternative of plan.corrections.get(first)!) {
      const words = parsed.words.map(({ word }, i) => {
        const fix = i === first ? alternative : plan.corrections.get(i)?.[0];
        return fix ? this.#vocab.readable(fix) : word;
      });
      const suggestion = words.join(' ');
      if (!out.includes(suggestion)) out.push(suggestion);
      if (out.length === MAX_SUGGESTIONS) break;
    }
    return out;
  }
}
