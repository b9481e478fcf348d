import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { finishHast } from './render-page.ts';
import { SVG_SCHEMA } from './svg-schema.ts';
import { Reporter, type Problem } from './problems.ts';
import { parseDrawing } from './svg-drawing.ts';
import { renderForTest } from './test-context.ts';

function parse(svg: string) {
  const problems: Problem[] = [];
  const drawing = parseDrawing(svg, new Reporter('x.svg', problems));
  const html = drawing
    ? toHtml({ type: 'root', children: [{ type: 'element', tagName: 'svg', ...drawing }] } as Root)
    : '';
  return { drawing, html, messages: problems.map((p) => `${p.line}:${p.column}: ${p.message}`) };
}

const open = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20">';
const SAFE = '<path d="M1 1L9 9" stroke="currentColor"/>';

/** Every way an SVG could run code or fetch something, each on line 2 of its file. */
const HOSTILE: [feature: string, markup: string, message: RegExp][] = [
  ['script', '<script>alert(1)</script>', /<script> is not allowed/],
  ['script with xlink:href', '<script xlink:href="https://evil.org/x.js"/>', /<script> is not allowed/],
  ['onload on a shape', '<path d="M0 0" onload="alert(1)"/>', /"onload" is not allowed on <path>/],
  ['onclick on a group', '<g onclick="alert(1)"><path d="M0 0"/></g>', /"onclick" is not allowed on <g>/],
  ['onmouseover, mixed case', '<circle r="2" OnMouseOver="alert(1)"/>', /"onmouseover" is not allowed/],
  ['foreignObject with HTML', '<foreignObject><iframe src="https://evil.org"></iframe></foreignObject>', /<foreignObject>/],
  ['external <use>', '<use href="https://evil.org/s.svg#a"/>', /<use> is not allowed/],
  ['external xlink:href', '<use xlink:href="//evil.org/s.svg#a"/>', /<use> is not allowed/],
  ['<image> fetching', '<image href="https://evil.org/t.png" width="9" height="9"/>', /<image> is not allowed/],
  ['javascript: link', '<a href="javascript:alert(1)"><path d="M0 0"/></a>', /<a> is not allowed/],
  ['href on a shape', '<path d="M0 0" href="https://evil.org"/>', /"href" is not allowed on <path>/],
  ['fragment href on a shape', '<path d="M0 0" href="#x"/>', /"href" is not allowed on <path>/],
  ['url() paint', '<path d="M0 0" fill="url(https://evil.org/p.svg#g)"/>', /fill="url\(.*use "none" or "currentColor"/],
  ['url() filter', '<path d="M0 0" filter="url(https://evil.org/f.svg#f)"/>', /"filter" is not allowed/],
  ['style element', '<style>@import url(https://evil.org/x.css);</style>', /<style> is not allowed/],
  ['style attribute', '<path d="M0 0" style="fill:url(https://evil.org/p)"/>', /"style" is not allowed/],
  ['animate to a link', '<animate attributeName="href" to="javascript:alert(1)"/>', /<animate> is not allowed/],
  ['set', '<set attributeName="onload" to="alert(1)"/>', /<set> is not allowed/],
  ['feImage in a filter', '<filter><feImage href="https://evil.org/t.png"/></filter>', /<filter> is not allowed/],
  ['nested svg', '<svg onload="alert(1)"/>', /<svg> is not allowed/],
  ['iframe', '<iframe src="https://evil.org"></iframe>', /<iframe> is not allowed/],
  ['text baked in', '<text x="1" y="9">Lift</text>', /<text> is not allowed/],
  ['data: URI', '<image href="data:image/svg+xml,&lt;svg onload=alert(1)&gt;"/>', /<image> is not allowed/],
  ['CDATA script', '<script><![CDATA[alert(1)]]></script>', /<script> is not allowed/],
];

/** Anything that could run, fetch or show words, if it reached the page (a bare <a> or <svg> cannot). */
const DANGEROUS =
  /<(?:script|style|foreignObject|iframe|use|image|animate|set|filter|feImage|text)\b|\son[a-z]+=|href|url\(|javascript:|data:|evil\.org/i;

describe('SVG drawings: the sanitizer', () => {
  it.each(HOSTILE)('%s: reported at its line, and stripped', (_feature, markup, message) => {
    const { html, messages } = parse(`${open}\n${markup}${SAFE}\n</svg>\n`);
    expect(messages.length, html).toBeGreaterThan(0);
    expect(messages[0]).toMatch(/^2:\d+: /);
    expect(messages[0]).toMatch(message);
    expect(html).not.toMatch(DANGEROUS);
    expect(html, 'the safe shape beside it stays').toContain('<path d="M1 1L9 9" stroke="currentColor">');
  });

  it('keeps plain shapes, theme colours and drawing classes, and drops editor namespaces quietly', () => {
    const { drawing, html, messages } = parse(
      `<?xml version="1.0"?>\n${open.replace('>', ' viewBox="0 0 40 20" fill="none" stroke-width="2">')}` +
        '<g class="accent" stroke-linecap="round"><circle cx="5" cy="5" r="4"/><ellipse cx="9" cy="9" rx="3" ry="2"/></g>' +
        '<rect x="1" y="1" width="3" height="3" class="paper-fill"/><polyline points="0,0 4,4"/>' +
        '<line x1="0" y1="0" x2="4" y2="4" transform="rotate(30 2 2)"/></svg>',
    );
    expect(messages).toEqual([]);
    expect(drawing).toMatchObject({ width: 40, height: 20 });
    expect(html).toBe(
      '<svg viewBox="0 0 40 20" fill="none" stroke-width="2"><g class="accent" stroke-linecap="round">' +
        '<circle cx="5" cy="5" r="4"></circle><ellipse cx="9" cy="9" rx="3" ry="2"></ellipse></g>' +
        '<rect x="1" y="1" width="3" height="3" class="paper-fill"></rect><polyline points="0,0 4,4"></polyline>' +
        '<line x1="0" y1="0" x2="4" y2="4" transform="rotate(30 2 2)"></line></svg>',
    );
  });

  it('reports a colour other than the theme colour, and a class the reader does not style', () => {
    expect(parse(`${open}<path d="M0 0" stroke="#ff0000" class="red"/></svg>`).messages).toEqual([
      '1:107: stroke="#ff0000" on <path>: use "none" or "currentColor" (colours come from the reader\'s theme; for the accent use class="accent")',
      '1:107: class="red" on <path>: drawings may use only accent, accent-fill, paper, paper-fill',
    ]);
  });

  it('needs a width and a height in pixels on the <svg>, and one <svg> only', () => {
    expect(parse('<svg height="9"></svg>').messages).toEqual([
      '1:1: the drawing needs width="…" on <svg>, a number of pixels (the size it is shown at)',
    ]);
    expect(parse('<svg width="9" height="2cm"></svg>').messages).toEqual([
      '1:1: the drawing needs height="…" on <svg>, a number of pixels (the size it is shown at)',
    ]);
    expect(parse('<p>x</p>').messages).toEqual(['1:1: a drawing must be one <svg> element']);
    expect(parse('<svg width="9" height="9"></svg><svg></svg>').messages).toEqual([
      '1:33: a drawing must be one <svg> element',
    ]);
  });
});

describe('SVG drawings: the second walls, with the checks bypassed', () => {
  /** Parses markup as the page pipeline would after `rehype-raw`. */
  const raw = (html: string) =>
    unified()
      .use(rehypeRaw)
      .runSync({ type: 'root', children: [{ type: 'raw', value: html }] } as unknown as Root) as Root;

  it.each(HOSTILE)('%s: the drawing sanitizer and the page sanitizer both strip it', (_f, markup) => {
    const svg = `${open}${markup}${SAFE}</svg>`;
    const alone = toHtml(unified().use(rehypeSanitize, SVG_SCHEMA).runSync(raw(svg)) as Root);
    const inPage = finishHast(raw(`<p>${svg}</p>`)).html;
    for (const html of [alone, inPage]) {
      expect(html).not.toMatch(DANGEROUS);
      expect(html).toContain('<path d="M1 1L9 9" stroke="currentColor">');
    }
  });
});

describe('SVG drawings in a page', () => {
  it('are inlined with their alt text as the label, so they take the theme colours', () => {
    const page = renderForTest('![A circle](images/ok.svg)\n');
    expect(page.messages).toEqual([]);
    expect(page.html).toBe(
      '<p><svg viewBox="0 0 20 10" fill="none" stroke="currentColor" width="20" height="10" class="drawing" role="img" aria-label="A circle">' +
        '<circle cx="5" cy="5" r="4"></circle></svg></p>',
    );
  });

  it('need alt text, and must exist', () => {
    expect(renderForTest('![](images/ok.svg)\n\n![Gone](images/gone.svg)\n').messages).toEqual([
      '1:1: the image needs alt text describing it: ![what it shows](images/file.png)',
      '3:1: missing image: content/images/gone.svg does not exist',
    ]);
  });
});
