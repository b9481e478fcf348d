import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { PageContext } from './page-context.ts';
import { Reporter, type Problem } from './problems.ts';
import { checkRawHtml, rawHtmlFault } from './raw-html.ts';
import { SourceText } from './source-text.ts';
import { renderForTest } from './test-context.ts';

const ALLOWED_LIST = '<kbd>, <br>, <abbr title="…">, <sub>, <sup> and <!-- comments -->';
const notAllowed = (shown: string): string =>
  `raw HTML ${shown} is not allowed; use Markdown (allowed tags: ${ALLOWED_LIST})`;

describe('rawHtmlFault: which tags an author may write', () => {
  it.each([
    ['<kbd>'],
    ['</kbd>'],
    ['<br>'],
    ['<br/>'],
    ['<br />'],
    ['<sub>'],
    ['<sup>'],
    ['<abbr title="Lumbar vertebra">'],
    ['<ABBR TITLE="upper case is the same tag">'],
    ["<abbr title='Lumbar vertebra'>"],
    ['<abbr title=Lumbar>'],
    ['<abbr title = "spaces around the equals sign">'],
    ['<abbr  title="two spaces before it">'],
    ['<abbr title>'],
    ['<!-- a note for authors -->'],
    ['<!-- a note > with a bracket -->'],
    ['plain text, not a tag'],
  ])('allows %s', (piece) => {
    expect(rawHtmlFault(piece)).toBeNull();
  });

  it.each([
    ['<div>', notAllowed('<div>')],
    ['</u>', notAllowed('</u>')],
    ['<<kbd>', notAllowed('<<kbd>')],
    ['<kbd', notAllowed('<kbd')],
    ['< kbd>', notAllowed('< kbd>')],
    // Not a whole comment: a tag before or after it, or "--" inside (which ends it in HTML).
    ['<em><!-- c -->', notAllowed('<em><!-- c -->')],
    ['<!-- c --><em>', notAllowed('<!-- c --><em>')],
    ['<!-- a -- b -->', notAllowed('<!-- a -- b -->')],
    // One piece is one tag: a tag with more after it is not.
    ['<kbd>Ctrl</kbd>', notAllowed('<kbd>Ctrl</kbd>')],
  ])('refuses %s with the list of what is allowed', (piece, message) => {
    expect(rawHtmlFault(piece)).toBe(message);
  });

  it('shows a long tag cut to 40 characters, on one line', () => {
    const forty = `<div class="${'a'.repeat(26)}">`;
    expect(forty).toHaveLength(40);
    expect(rawHtmlFault(forty)).toBe(notAllowed(forty));
    expect(rawHtmlFault(`<div class="${'a'.repeat(27)}">`)).toBe(notAllowed(`<div class="${'a'.repeat(25)}...`));
    expect(rawHtmlFault('<div\n   class="x">')).toBe(notAllowed('<div class="x">'));
  });

  it.each([
    ['<kbd class="x">', 'the attribute "class" is not allowed on <kbd>'],
    ['<kbd hidden>', 'the attribute "hidden" is not allowed on <kbd>'],
    ['<br onclick="x">', 'the attribute "onclick" is not allowed on <br>'],
    ['<abbr title="x" onmouseover="y">', 'the attribute "onmouseover" is not allowed on <abbr>'],
    ['<abbr Style="x">', 'the attribute "Style" is not allowed on <abbr>'],
    // A closing tag has no attributes at all, not even an allowed one.
    ['</abbr title="x">', 'the attribute "title" is not allowed on <abbr>'],
  ])('refuses the attribute in %s', (piece, message) => {
    expect(rawHtmlFault(piece)).toBe(message);
  });

  it.each([
    ['<abbr title="a <b> c">'],
    ['<abbr title="x > y">'],
    ['<abbr title="fish &amp; chips">'],
    // Browsers decode a numeric reference without its semicolon too: this is "<script".
    ['<abbr title="&#60script">'],
    ["<abbr title='&lt;b&gt;'>"],
  ])('asks for a plain-text title in %s', (piece) => {
    expect(rawHtmlFault(piece)).toBe('write the title of <abbr> as plain text, without <, > or &-codes');
  });
});

describe('checkRawHtml in a page: each fault at its place, the tag removed', () => {
  it('reports each faulty tag where it stands, a repeated one each time', () => {
    const page = renderForTest('A <u>x</u> and <u>y</u>\n\n<div><div>\n');
    expect(page.messages).toEqual([
      `1:3: ${notAllowed('<u>')}`,
      `1:7: ${notAllowed('</u>')}`,
      `1:16: ${notAllowed('<u>')}`,
      `1:20: ${notAllowed('</u>')}`,
      `3:1: ${notAllowed('<div>')}`,
      `3:6: ${notAllowed('<div>')}`,
    ]);
    expect(page.html).toBe('<p>A x and y</p>');
  });

  it('reports a tag written twice at the very start of the file twice, each where it is', () => {
    expect(renderForTest('<div><div>\n').messages).toEqual([`1:1: ${notAllowed('<div>')}`, `1:6: ${notAllowed('<div>')}`]);
  });

  it('finds the place in the source when the Markdown around it is not part of the HTML', () => {
    // The block's HTML is "<div>\n<span>": the quote markers are in the source only.
    expect(renderForTest('> <div>\n> <span>\n').messages).toEqual([
      `1:3: ${notAllowed('<div>')}`,
      `2:3: ${notAllowed('<span>')}`,
    ]);
  });

  it('reports an HTML block whose first tag never closes', () => {
    expect(renderForTest('<div class="a"\n').messages).toEqual([`1:1: ${notAllowed('<div class="a"')}`]);
  });

  it('keeps allowed tags and drops comments quietly, a ">" inside a comment included', () => {
    const page = renderForTest(
      "Press <kbd>Ctrl</kbd> at L4<sub>a</sub> <abbr title='Lumbar vertebra'>L1</abbr> <!-- a > b --> now\n\n<!-- a note -->\n",
    );
    expect(page.messages).toEqual([]);
    expect(page.html).toBe(
      '<p>Press <kbd>Ctrl</kbd> at L4<sub>a</sub> <abbr title="Lumbar vertebra">L1</abbr>  now</p>',
    );
  });

  /** Runs the check alone on a tree made by hand (as another plugin could make it). */
  function check(tree: Root, text: string): { messages: string[]; tree: Root } {
    const problems: Problem[] = [];
    const ctx = { reporter: new Reporter('here.md', problems), source: new SourceText(text) } as PageContext;
    checkRawHtml(tree, ctx);
    return { messages: problems.map((p) => `${p.line}:${p.column}: ${p.message}`), tree };
  }

  it('falls back to the node position when the tag is not in the source as written', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'html',
          value: 'xx<div>',
          position: { start: { line: 2, column: 1, offset: 4 }, end: { line: 2, column: 8, offset: 11 } },
        },
      ],
    };
    const { messages } = check(tree, 'abc\ndefghijk\n');
    expect(messages).toEqual([`2:3: ${notAllowed('<div>')}`]);
    expect(tree.children).toEqual([]);
  });

  it('reports a node without a position at the start of the file, and removes it', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'html', value: '<div>' },
        { type: 'html', value: '<!-- note -->' },
        { type: 'html', value: '<kbd>' },
      ],
    };
    expect(check(tree, 'Text\n').messages).toEqual([`1:1: ${notAllowed('<div>')}`]);
    expect(tree.children).toEqual([{ type: 'html', value: '<kbd>' }]);
  });

  it('removes a comment with space around it, but not one with a tag beside it', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'html', value: '\n <!-- note --> \n' },
        { type: 'html', value: '<kbd><!-- note -->' },
        { type: 'html', value: '<!-- note --><kbd>' },
      ],
    };
    expect(check(tree, '').messages).toEqual([]);
    expect(tree.children.map((c) => (c.type === 'html' ? c.value : c.type))).toEqual([
      '<kbd><!-- note -->',
      '<!-- note --><kbd>',
    ]);
  });
});
