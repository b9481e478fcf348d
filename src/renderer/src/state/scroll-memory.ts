/** The parts of `history` the scroll memory uses, so tests can pass a fake. */
export type HistoryLike = Pick<History, 'state' | 'replaceState'>;

/** Where in an entry's history state its key is kept. */
const KEY = 'handbookEntry';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Where the person had scrolled to on each history entry, so Back and Forward return them to
 * the place they left, whichever link they followed (contents, a link in the article, a
 * glossary term). Each entry carries a key in its history state, which lasts as long as the
 * entry; the positions themselves are kept in memory.
 */
export class ScrollMemory {
  readonly #positions = new Map<string, number>();
  readonly #session = Date.now().toString(36);
  #next = 0;

  constructor(private readonly history: HistoryLike) {}

  #currentKey(): string | undefined {
    const state: unknown = this.history.state;
    const key = isRecord(state) ? state[KEY] : undefined;
    return typeof key === 'string' ? key : undefined;
  }

  /**
   * On arriving at an entry: an entry seen before gives back where it was left; a new one
   * (a link just followed) is given its key and gives back nothing.
   */
  arrive(): number | undefined {
    const key = this.#currentKey();
    if (key !== undefined) return this.#positions.get(key);
    const state: unknown = this.history.state;
    this.history.replaceState(
      { ...(isRecord(state) ? state : {}), [KEY]: `${this.#session}-${this.#next++}` },
      '',
    );
    return undefined;
  }

  /**
   * Notes where the current entry is scrolled to. Between following a link and the reader
   * arriving at its entry, the entry has no key yet and the scroll is not its own: ignored.
   */
  record(scroll: number) {
    const key = this.#currentKey();
    if (key !== undefined) this.#positions.set(key, Math.max(0, Math.round(scroll)));
  }
}
