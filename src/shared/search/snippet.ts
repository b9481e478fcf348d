/** Builds the short, HTML-escaped excerpt shown under a result, with `<mark>` around matched words. */

export const SNIPPET_CHARS = 180;
/** Context kept before the first matched word, so the snippet does not start mid-thought. */
const LEAD_CHARS = 40;
const MAX_ANCHORS = 60;

export interface WordSpan {
  start: number;
  end: number;
  text: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
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
): string {
  if (words.length === 0) return escapeHtml(text.slice(0, maxChars).trim());
  const from = hits.length ? bestWindow(words, hits, maxChars) : 0;
  const first = words.findIndex((w) => w.start >= from);
  const start = first <= 0 ? 0 : words[first]!.start;
  let end = start;
  for (const w of words) if (w.start >= start && w.end <= start + maxChars) end = w.end;
  if (end === start) end = Math.min(text.length, start + maxChars);

  const hitSet = new Set(hits);
  let html = start > 0 ? '…' : '';
  let pos = start;
  words.forEach((w, i) => {
    if (w.start < start || w.end > end || !hitSet.has(i)) return;
    html += escapeHtml(text.slice(pos, w.start)) + '<mark>' + escapeHtml(w.text) + '</mark>';
    pos = w.end;
  });
  html += escapeHtml(text.slice(pos, end));
  const rest = text.slice(end).replace(/^[.!?)"'’]+/, (m) => ((html += escapeHtml(m)), ''));
  return html.trim() + (/\p{L}|\p{N}/u.test(rest) ? '…' : '');
}

/** Snippet HTML → plain text for the terminal, with the marks shown as `[word]` (or any wrapper). */
export function snippetToText(html: string, open = '[', close = ']'): string {
  return html
    .replace(/<mark>/g, open)
    .replace(/<\/mark>/g, close)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** Snippet HTML → plain text parts, so a component can render marks without `{@html}`. */
export function snippetParts(html: string): SnippetPart[] {
  return html
    .split(/(<mark>[^<]*<\/mark>)/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const hit = piece.startsWith('<mark>');
      return { text: snippetToText(hit ? piece.slice(6, -7) : piece), hit };
    });
}
