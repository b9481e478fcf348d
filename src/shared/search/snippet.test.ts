import { describe, expect, it } from 'vitest';
import { escapeHtml, findWords, makeSnippet as snippetOf, snippetParts, snippetToText } from './snippet';

/** The snippet of `text` with `hitWords` matched. */
function makeSnippet(text: string, hitWords: string[]): string {
  const words = findWords(text);
  const hits = words.flatMap((w, i) => (hitWords.includes(w.text.toLowerCase()) ? [i] : []));
  return snippetOf(text, words, hits);
}

describe('snippet', () => {
  it('escapes HTML and marks hits', () => {
    expect(makeSnippet('Use <b>heat</b> & rest.', ['heat'])).toBe(
      'Use &lt;b&gt;<mark>heat</mark>&lt;/b&gt; &amp; rest.',
    );
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;');
  });
  it('centres on the densest cluster of hits, with ellipses', () => {
    const text =
      'Intro words here. '.repeat(30) + 'A cramp is a spasm of the muscle. ' + 'Tail text. '.repeat(30);
    const s = makeSnippet(text, ['cramp', 'spasm']);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('<mark>cramp</mark> is a <mark>spasm</mark>');
    expect(snippetToText(s).length).toBeLessThan(200);
  });
  it('starts at the beginning when nothing in the body matched', () => {
    expect(makeSnippet('Short body.', [])).toBe('Short body.');
  });
  it('renders marks as plain text for the terminal', () => {
    expect(snippetToText('a <mark>b</mark> &amp; c', '**', '**')).toBe('a **b** & c');
  });
});

describe('snippetParts', () => {
  it('splits marks into parts and unescapes text', () => {
    expect(snippetParts('a &lt;b&gt; <mark>cramp</mark> &amp; c')).toEqual([
      { text: 'a <b> ', hit: false },
      { text: 'cramp', hit: true },
      { text: ' & c', hit: false },
    ]);
  });
});
