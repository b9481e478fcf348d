import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { finishHast } from './render-page.ts';
import { assertSafeTree } from './sanitize-schema.ts';

/** Parses HTML as if it had come through the Markdown pipeline, skipping the source checks. */
function tree(html: string): Root {
  const raw = { type: 'root', children: [{ type: 'raw', value: html }] } as unknown as Root;
  return unified().use(rehypeRaw).runSync(raw) as Root;
}

describe('the sanitizer (second wall)', () => {
  it('strips scripts, handlers, frames, forms and unsafe URLs even when the source checks are bypassed', () => {
    const { html } = finishHast(
      tree(
        '<p onclick="x" style="color:red">a<script>alert(1)</script><img src="https://evil.org/x.png" onerror="x">' +
          '<a href="javascript:alert(1)">b</a><iframe src="https://evil.org"></iframe><svg><script>1</script></svg>' +
          '<a href="data:text/html,x">c</a><form><input></form><object></object><style>p{}</style>' +
          '<span class="evil">d</span></p>',
      ),
    );
    // (The <form> closes the <p> while parsing; the emptied class list and <svg> are harmless:
    // drawings are inline SVG, which the allow-list keeps to plain shapes.)
    expect(html).toBe('<p>a<img><a>b</a><svg></svg><a>c</a></p><span class="">d</span><p></p>');
  });

  it('keeps ids verbatim (no user-content- prefix), so deep links work', () => {
    expect(finishHast(tree('<h2 id="heat">Heat</h2>')).html).toBe('<h2 id="heat">Heat</h2>');
  });

  it('refuses a protocol-relative image the sanitizer lets through', () => {
    expect(() => finishHast(tree('<img src="//evil.org/x.png" alt="x">'))).toThrow(/unsafe src/);
  });
});

/** Sanitized HTML of `html`, parsed as the page pipeline parses raw HTML. */
const clean = (html: string): string => finishHast(tree(html)).html;

describe('the allow lists', () => {
  // Every element and attribute the Markdown and the directives produce, as the build writes them.
  it.each([
    ['<h2 id="a">A</h2><h3 id="b">B</h3><h4 id="c">C</h4><h5 id="d">D</h5><h6 id="e">E</h6>'],
    ['<p id="p">P <em>e</em> <strong>s</strong> <del>d</del> <code>c</code></p>'],
    ['<ul><li>a</li></ul><ol start="3"><li>b</li></ol><blockquote><p>q</p></blockquote><hr><pre><code class="language-c++">x</code></pre>'],
    ['<table><thead><tr><th align="left">h</th></tr></thead><tbody><tr><td align="right">d</td></tr></tbody></table>'],
    ['<p>Press <kbd>Ctrl</kbd>,<br>L4<sub>a</sub> x<sup>2</sup> <abbr title="Lumbar vertebra">L1</abbr></p>'],
    ['<p><a href="#/page/heat" class="term" data-term="sciatica" title="Sciatica">a</a></p>'],
    ['<p><a href="https://nhs.uk/" class="external" rel="noopener noreferrer" target="_blank" data-external="">b</a></p>'],
    ['<p><a href="mailto:gp@example.org">c</a></p>'],
    ['<p><img src="content/images/heat.png" alt="Heat" title="Heat pack" width="20" height="10"></p>'],
    ['<aside class="callout callout-emergency" role="note" aria-labelledby="x"><p class="callout-label" id="x">!</p><p class="callout-action">Go</p></aside>'],
    ['<section class="handout" aria-labelledby="h"><p class="handout-label" id="h">H</p><p class="get-help-label">G</p></section>'],
    ['<p class="signs-audience">If you are pregnant</p><p class="glossary-aliases">Also</p>'],
    ['<p><span class="region-emergency">999</span><span class="region-urgent">111</span><span class="region-maternity">m</span><span class="region-doctor">d</span></p>'],
    ['<ul class="signs"><li class="sign" id="sign-cannot-pee-2" data-sign="cannot-pee">a</li></ul>'],
    ['<svg viewBox="0 0 20 10" width="20" height="10" class="drawing" role="img" aria-label="A circle"><circle cx="5" cy="5" r="4"></circle></svg>'],
  ])('keeps %s as it is', (html) => {
    expect(clean(html)).toBe(html);
  });

  it.each([
    // Classes and ids outside their patterns: only what the reader's stylesheets and links expect.
    ['<aside class="my-callout callout-a1 callout-x">a</aside>', '<aside class="callout-x">a</aside>'],
    ['<ul><li id="sign-a" class="x">a</li><li id="my-sign-a">b</li><li id="sign-a!">c</li><li id="sign-">d</li></ul>', '<ul><li id="sign-a" class="">a</li><li>b</li><li>c</li><li>d</li></ul>'],
    ['<pre><code class="xlanguage-js language-js">x</code></pre>', '<pre><code class="language-js">x</code></pre>'],
    ['<span class="region-other">x</span>', '<span class="">x</span>'],
    ['<ol start="2" reversed><li>a</li></ol>', '<ol start="2"><li>a</li></ol>'],
    // A colon first is no relative path: an image source must be a plain relative file name.
    ['<img src=":heat.png" alt="x">', '<img alt="x">'],
    // Comments, doctypes and what hidden elements hold do not reach the page.
    ['<p>a<!-- note -->b</p>', '<p>ab</p>'],
    ['<p>a<template>t</template><noscript>n</noscript><style>s</style><script>x</script>b</p>', '<p>ab</p>'],
  ])('cleans %s', (html, expected) => {
    expect(clean(html)).toBe(expected);
  });

  it('drops a doctype', () => {
    const withDoctype = { type: 'root', children: [{ type: 'doctype' }, ...tree('<p>a</p>').children] } as Root;
    expect(finishHast(withDoctype).html).toBe('<p>a</p>');
  });
});

describe('assertSafeTree (the last check)', () => {
  const element = (properties: Record<string, string>): Root => ({
    type: 'root',
    children: [{ type: 'element', tagName: 'a', properties, children: [] }],
  });

  it('accepts links to pages, https and mail, and images from content/images', () => {
    const safe: Record<string, string>[] = [
      { href: '#/page/heat' },
      { href: 'https://nhs.uk/' },
      { href: 'mailto:gp@example.org' },
      { src: 'content/images/heat.png' },
    ];
    for (const properties of safe)
      expect(() => assertSafeTree(element(properties))).not.toThrow();
  });

  it.each([
    ['href', 'http://evil.org/'],
    ['href', 'x#/page/heat'],
    ['href', 'javascript:alert(1)'],
    ['src', 'https://evil.org/content/images/x.png'],
    ['src', 'content/images/sub/x.png'],
    ['src', 'content/images/x:y.png'],
  ])('throws on %s="%s", naming it', (name, value) => {
    expect(() => assertSafeTree(element({ [name]: value }))).toThrow(`unsafe ${name} survived sanitizing: ${value}`);
  });
});
