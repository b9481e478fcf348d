import { describe, expect, it } from 'vitest';
import { findWords, makeSnippet as snippetOf, snippetText } from './snippet';

/** The snippet of `text` with `hitWords` matched. */
function makeSnippet(text: string, hitWords: string[]) {
  const words = findWords(text);
  const hits = words.flatMap((w, i) => (hitWords.includes(w.text.toLowerCase()) ? [i] : []));
  return snippetOf(text, words, hits);
}

describe('snippet', () => {
  it('marks hits and keeps everything else as text', () => {
    expect(makeSnippet('Use <b>heat</b> & rest.', ['heat'])).toEqual([
      { text: 'Use <b>', hit: false },
      { text: 'heat', hit: true },
      { text: '</b> & rest.', hit: false },
    ]);
  });
  it('centres on the densest cluster of hits, with ellipses', () => {
    const text =
      'Intro words here. '.repeat(30) + 'A cramp is a spasm of the muscle. ' + 'Tail text. '.repeat(30);
    const s = makeSnippet(text, ['cramp', 'spasm']);
    expect(s[0]?.text.startsWith('…')).toBe(true);
    expect(s.at(-1)?.text.endsWith('…')).toBe(true);
    expect(snippetText(s)).toContain('[cramp] is a [spasm]');
    expect(snippetText(s).length).toBeLessThan(200);
  });
  it('keeps closing punctuation and has no ellipsis when the text ends there', () => {
    expect(snippetText(makeSnippet('It eased (with heat).', ['heat']))).toBe('It eased (with [heat]).');
  });
  it('starts at the beginning when nothing in the body matched', () => {
    expect(makeSnippet('  Short body. ', [])).toEqual([{ text: 'Short body.', hit: false }]);
    expect(makeSnippet('', [])).toEqual([]);
  });
  it('shows marks as plain text for the terminal', () => {
    expect(
      snippetText(
        [
          { text: 'a ', hit: false },
          { text: 'b', hit: true },
          { text: ' & c', hit: false },
        ],
        '**',
        '**',
      ),
    ).toBe('a **b** & c');
  });
});
