import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { finishHast } from './render-page.ts';

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
