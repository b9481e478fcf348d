import { describe, expect, it } from 'vitest';
import { renderForTest } from './test-context.ts';

/** Anything a browser could run, or fetch from elsewhere, if it reached a page. */
const DANGEROUS =
  /<script|<iframe|<svg|<object|<embed|<form|<style|\son[a-z]+=|(?:href|src|action|data)=["']?\s*(?:javascript:|data:|http:|\/\/)/i;

const CASES: [name: string, markdown: string, firstProblemAt: string][] = [
  ['script block', 'Text.\n\n<script>alert(1)</script>\n', '3:1'],
  ['img onerror', 'A <img src=x onerror=alert(1)> b\n', '1:3'],
  ['javascript: link', '[x](javascript:alert(1))\n', '1:1'],
  ['mixed-case javascript: link', '[x](JaVaScRiPt:alert(1))\n', '1:1'],
  ['entity-encoded javascript: link', '[x](&#106;avascript:alert(1))\n', '1:1'],
  ['javascript: with a tab', '[x](<java\tscript:alert(1)>)\n', '1:1'],
  ['javascript: autolink', 'See <javascript:alert(1)>\n', '1:5'],
  ['iframe', '<iframe src="https://evil.org/"></iframe>\n', '1:1'],
  ['svg with script', 'A <svg><script>alert(1)</script></svg>\n', '1:3'],
  ['remote raw img', '<img src="http://evil.org/t.png">\n', '1:1'],
  ['data: raw link', 'A <a href="data:text/html,<script>alert(1)</script>">x</a>\n', '1:3'],
  ['javascript: raw link', 'A <a href="javascript:alert(1)">x</a>\n', '1:3'],
  ['data: image', '![x](data:image/png;base64,AAAA)\n', '1:1'],
  ['remote image', '![x](http://evil.org/t.png)\n', '1:1'],
  ['protocol-relative link', '[x](//evil.org/)\n', '1:1'],
  ['comment hiding a script', '<!-- note --><script>alert(1)</script>\n', '1:14'],
  ['style block', '<style>body{display:none}</style>\n', '1:1'],
  ['form', '<form action="https://evil.org"><input></form>\n', '1:1'],
  ['handler on a block', ':::emergency{onclick="alert(1)"}\nGo.\n:::\n', '1:1'],
  ['handler on a term', 'A :term[sciatica]{onmouseover="alert(1)"}\n', '1:3'],
  ['object and embed', '<object data="x.swf"></object><embed src="x.swf">\n', '1:1'],
];

describe('hostile Markdown', () => {
  it.each(CASES)('%s: reported, and nothing executable or remote reaches the page', (_name, markdown, at) => {
    const page = renderForTest(markdown);
    expect(page.messages.length).toBeGreaterThan(0);
    expect(page.messages[0]?.startsWith(`${at}: `), page.messages.join('\n')).toBe(true);
    expect(page.html).not.toMatch(DANGEROUS);
  });

  it('keeps entity-encoded markup as visible text, never as markup', () => {
    const page = renderForTest(
      '&lt;script&gt;alert(1)&lt;/script&gt; and &#60;img src=x onerror=alert(1)&#62;\n',
    );
    expect(page.problems).toEqual([]);
    expect(page.html).not.toMatch(/<script|<img/i);
    expect(page.html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });

  it('reports markup smuggled into an allowed attribute', () => {
    for (const markdown of [
      '<abbr title="&quot;><script>alert(1)</script>">x</abbr>\n',
      '<abbr title="&lt;b&gt;">x</abbr>\n',
    ]) {
      const page = renderForTest(markdown);
      expect(page.messages[0]).toBe('1:1: write the title of <abbr> as plain text, without <, > or &-codes');
      expect(page.html).not.toMatch(/<script|<b>|&lt;|&#x3C;/i);
    }
  });
});
