/** Builds the short excerpt shown under a result, with its matched words marked. */

const SNIPPET_CHARS = 180;
/** Context kept before the first matched word, so the snippet does not start mid-thought. */
const LEAD_CHARS = 40;
const MAX_ANCHORS = 60;

export interface WordSpan {
  start: number;
  end: number;
  text: string;
}

/** A run of a snippet's text: a matched word (`hit`), or the text between. Text, never markup. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** Words of the original text with their offsets; apostrophes and "&" inside a word keep it whole. */
export function findWords(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+(?:['’&][\p{L}\p{N}\p{M}]+)*/gu)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Picks the window with the most hits (earliest on ties), so the snippet shows why the section matched. */
function bestWindow(words: readonly WordSpan[], hits: readonly number[], maxChars: number): number {
  let best = 0;
  let bestCount = 0;
  for (const h of hits.slice(0, MAX_ANCHORS)) {
    const from = Math.max(0, words[h]!.start - LEAD_CHARS);
    const count = hits.filter((k) => words[k]!.start >= from && words[k]!.end <= from + maxChars).length;
    if (count > bestCount) [best, bestCount] = [from, count];
  }
  return best;
}

/** `words`: `findWords(text)`; `hits`: indices of the matched ones among them, in order. */
export function makeSnippet(
  text: string,
  words: readonly WordSpan[],
  hits: readonly number[],
  maxChars = SNIPPET_CHARS,
): SnippetPart[] {
  if (words.length === 0) return tidy([{ text: text.slice(0, maxChars), hit: false }]);
  const from = hits.length ? bestWindow(words, hits, maxChars) : 0;
  const first = words.findIndex((w) => w.start >= from);
  const start = first <= 0 ? 0 : words[first]!.start;
  let end = start;
  for (const w of words) if (w.start >= start && w.end <= start + maxChars) end = w.end;
  if (end === start) end = Math.min(text.length, start + maxChars);
  // Closing punctuation stays with the last word.
  end += /^[.!?)"'’]+/.exec(text.slice(end))?.[0].length ?? 0;

  const hitSet = new Set(hits);
  const parts: SnippetPart[] = [];
  let pos = start;
  words.forEach((w, i) => {
    if (w.start < start || w.end > end || !hitSet.has(i)) return;
    parts.push({ text: text.slice(pos, w.start), hit: false }, { text: w.text, hit: true });
    pos = w.end;
  });
  parts.push({ text: text.slice(pos, end), hit: false });
  // Ellipses say the text goes on before or after.
  const before = start > 0 ? [{ text: '…', hit: false }] : [];
  const after = /\p{L}|\p{N}/u.test(text.slice(end)) ? [{ text: '…', hit: false }] : [];
  return tidy([...before, ...tidy(parts), ...after]);
}

/** Joins neighbouring runs of plain text, trims both ends, and drops what is left empty. */
function tidy(parts: readonly SnippetPart[]): SnippetPart[] {
  const out: SnippetPart[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last && !last.hit && !part.hit) last.text += part.text;
    else out.push({ ...part });
  }
  if (out[0]) out[0].text = out[0].text.trimStart();
  const last = out.at(-1);
  if (last) last.text = last.text.trimEnd();
  return out.filter((p) => p.text !== '');
}

/** The snippet as plain text for the terminal, with the marks shown as `[word]` (or any wrapper). */
export function snippetText(parts: readonly SnippetPart[], open = '[', close = ']'): string {
  return parts.map((p) => (p.hit ? open + p.text + close : p.text)).join('');
}
