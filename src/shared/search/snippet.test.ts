import { describe, expect, it } from 'vitest';
import { escapeHtml, makeSnippet, snippetParts, snippetToText } from './snippet';

const hit = (words: string[]) => (w: string) => words.includes(w.toLowerCase());

describe('snippet', () => {
  it('escapes HTML and marks hits', () => {
    expect(makeSnippet('Use <b>heat</b> & rest.', hit(['heat']))).toBe(
      'Use &lt;b&gt;<mark>heat</mark>&lt;/b&gt; &amp; rest.',
    );
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;');
  });
  it('centres on the densest cluster of hits, with ellipses', () => {
    const text =
      'Intro words here. '.repeat(30) + 'A cramp is a spasm of the muscle. ' + 'Tail text. '.repeat(30);
    const s = makeSnippet(text, hit(['cramp', 'spasm']));
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('<mark>cramp</mark> is a <mark>spasm</mark>');
    expect(snippetToText(s).length).toBeLessThan(200);
  });
  it('starts at the beginning when nothing in the body matched', () => {
    expect(makeSnippet('Short body.', hit([]))).toBe('Short body.');
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
