import { describe, expect, it } from 'vitest';
import { renderForTest } from './test-context.ts';

describe('renderMarkdown', () => {
  it('gives ## and ### headings unique ids and lists them', () => {
    const page = renderForTest('Intro.\n\n## Heat and ice\n\n### How long\n\n## Heat and ice\n\n#### Deep\n');
    expect(page.problems).toEqual([]);
    expect(page.headings).toEqual([
      { id: 'heat-and-ice', text: 'Heat and ice', depth: 2 },
      { id: 'how-long', text: 'How long', depth: 3 },
      { id: 'heat-and-ice-1', text: 'Heat and ice', depth: 2 },
    ]);
    expect(page.html).toContain('<h2 id="heat-and-ice-1">');
    expect(page.html).toContain('<h4 id="deep">');
  });

  it('rejects a # heading: the title comes from the front matter', () => {
    expect(renderForTest('Text.\n\n# Title\n').messages).toEqual([
      '3:1: a page cannot have a "#" heading: the title comes from the front matter (use "##")',
    ]);
  });

  it('renders callouts as labelled asides with default or given labels and unique ids', () => {
    const page = renderForTest(':::key-points\nRest.\n:::\n\n:::key-points[In short]\nMove.\n:::\n');
    expect(page.problems).toEqual([]);
    expect(page.html).toContain(
      '<aside class="callout callout-key-points" role="note" aria-labelledby="callout-key-points"><p class="callout-label" id="callout-key-points">Key points</p><p>Rest.</p></aside>',
    );
    expect(page.html).toContain(
      'aria-labelledby="callout-key-points-1"><p class="callout-label" id="callout-key-points-1">In short</p>',
    );
  });

  it('renders a handout as a labelled section, and reports where it is', () => {
    const page = renderForTest('Text.\n\n:::handout\n- Heat.\n:::\n');
    expect(page.html).toContain(
      '<section class="handout" aria-labelledby="handout"><p class="handout-label" id="handout">One-page summary</p>',
    );
    expect(page.handoutAt).toMatchObject({ line: 3, column: 1 });
  });

  it('reports a duplicate author-given block id', () => {
    expect(renderForTest('## Heat\n\n:::urgent{#heat}\nGo.\n:::\n').messages).toEqual([
      '3:1: the id "heat" is already used on this page',
    ]);
  });

  it('reports a badly written block id once, not also as already used', () => {
    expect(renderForTest(':::key-points{#Key_Points}\nGo.\n:::\n').messages).toEqual([
      '1:1: the id "Key_Points" may only use a-z, 0-9 and hyphens',
    ]);
  });

  it('reports unknown blocks and inline directives, but keeps times like 10:30 as text', () => {
    const page = renderForTest('At 10:30, take 1:2.\n\n:::warning\nx\n:::\n\n::leaf\n\nSay :shout[this].\n');
    expect(page.messages).toEqual([
      '3:1: unknown block ":::warning" (known: emergency, maternity, urgent, see-doctor, key-points, pregnancy, handout)',
      '7:1: unknown block "::leaf" (blocks start with three colons, e.g. :::key-points; known with two: ::signs, ::all-signs, ::get-help, ::snippet)',
      '9:5: unknown inline directive ":shout" (to write a colon before text, write \\:)',
    ]);
    expect(page.html).toContain('At 10:30, take 1:2.');
  });

  it('renders region placeholders as spans with generic text, and reports unknown ones', () => {
    const page = renderForTest('Call {{emergency}} or {{ urgent }}.\n\nNot {{police}}.\n');
    expect(page.html).toContain(
      'Call <span class="region-emergency">your local emergency number</span> or <span class="region-urgent">your doctor</span>.',
    );
    expect(page.messages).toEqual([
      '3:5: unknown placeholder "{{police}}" (known: {{emergency}}, {{urgent}}, {{maternity}}, {{doctor}})',
    ]);
  });

  it('links glossary terms by id, term or alias, and reports unknown ones where they are', () => {
    const page = renderForTest(
      'A :term[SCIATICA], :term[slipped disc] and :term[disc]{id=herniated-disc}.\n\nNo :term[lumbago].\n',
    );
    expect(page.html).toContain(
      '<a class="term" href="#/page/glossary#sciatica" data-term="sciatica">SCIATICA</a>',
    );
    expect(page.html).toContain(
      '<a class="term" href="#/page/glossary#herniated-disc" data-term="herniated-disc">slipped disc</a>',
    );
    expect(page.html).toContain('data-term="herniated-disc">disc</a>');
    expect(page.messages).toEqual([
      '3:4: no glossary term with "lumbago" (check glossary.yml, or add {id=...})',
    ]);
  });

  it('rewrites internal links to reader routes and marks external ones', () => {
    const page = renderForTest(
      '[a](other.md) [b](other.md#x) [c](#top) [d](https://nhs.uk/) [e](mailto:a@b.org)\n',
    );
    expect(page.problems).toEqual([]);
    expect(page.html).toContain('<a href="#/page/other">a</a>');
    expect(page.html).toContain('<a href="#/page/other#x">b</a>');
    expect(page.html).toContain('<a href="#/page/here#top">c</a>');
    expect(page.html).toContain(
      '<a href="https://nhs.uk/" class="external" rel="noopener noreferrer" target="_blank" data-external="">d</a>',
    );
    expect(page.html).toContain('<a href="mailto:a@b.org" class="external"');
  });

  it('resolves reference-style links through the same checks', () => {
    const page = renderForTest('[a][ref] and [b][bad]\n\n[ref]: other.md\n[bad]: ftp://x.org/\n');
    expect(page.html).toContain('<a href="#/page/other">a</a>');
    expect(page.messages).toEqual([
      '1:14: links may not use "ftp:" (only https:// and mailto: addresses, or page.md files)',
    ]);
  });

  it('gives images their size and output path; reports missing, remote and alt-less ones', () => {
    const page = renderForTest(
      '![Heat pack](images/ok.png)\n\n![Gone](images/gone.png)\n\n![](images/ok.png)\n\n![R](https://x.org/a.png)\n',
    );
    expect(page.html).toContain('<img src="content/images/ok.png" alt="Heat pack" width="1" height="1">');
    expect(page.messages).toEqual([
      '3:1: missing image: content/images/gone.png does not exist',
      '5:1: the image needs alt text describing it: ![what it shows](images/file.png)',
      '7:1: images must be files in content/images, not web addresses ("https://x.org/a.png")',
    ]);
  });

  it('rejects footnotes (their #anchors would break the reader routes)', () => {
    expect(renderForTest('Text[^1].\n\n[^1]: Note.\n').messages[0]).toMatch(
      /^1:5: footnotes are not supported/,
    );
  });

  it('rejects checkbox lists (the sanitizer would silently drop the boxes)', () => {
    const page = renderForTest('- [ ] Heat\n- Rest\n');
    expect(page.messages).toEqual(['1:1: checkbox lists ("- [ ]") are not supported: write a plain list']);
    expect(page.html).toContain('<li>Heat</li>');
  });

  it('passes tables, code, quotes and emphasis through the sanitizer unchanged', () => {
    const page = renderForTest(
      '| a | b |\n|:--|--:|\n| 1 | 2 |\n\n> *q* **s** ~~d~~\n\n```text\nx < y\n```\n\n1. one\n\n---\n',
    );
    expect(page.problems).toEqual([]);
    // Each table in a box that may scroll sideways in a narrow window (article.css).
    expect(page.html).toMatch(/<div class="table-scroll"><table>[\s\S]*<\/table><\/div>/);
    expect(page.html).toContain('<th align="left">a</th>');
    expect(page.html).toContain('<td align="right">2</td>');
    expect(page.html).toContain(
      '<blockquote>\n<p><em>q</em> <strong>s</strong> <del>d</del></p>\n</blockquote>',
    );
    expect(page.html).toContain('<pre><code class="language-text">x &#x3C; y\n</code></pre>');
    expect(page.html).toContain('<hr>');
  });

  it('allows HTML comments as notes for authors, and leaves them out of the page', () => {
    const page = renderForTest('Text.\n\n<!-- check with Dr Smith -->\n\nMore <!-- inline --> text.\n');
    expect(page.problems).toEqual([]);
    expect(page.html).toBe('<p>Text.</p>\n<p>More  text.</p>');
  });

  it('reports anything the sanitizer still had to change, rather than losing it quietly', () => {
    const page = renderForTest('Text.\n\n```a$b\ncode\n```\n');
    expect(page.messages).toEqual([
      '3:1: this part of the page uses markup the handbook cannot show safely; please simplify it',
    ]);
  });

  it('keeps the allowed inline tags', () => {
    const page = renderForTest(
      'Press <kbd>Esc</kbd>, H<sub>2</sub>O, <abbr title="National Health Service">NHS</abbr><br>end\n',
    );
    expect(page.problems).toEqual([]);
    expect(page.html).toContain(
      '<kbd>Esc</kbd>, H<sub>2</sub>O, <abbr title="National Health Service">NHS</abbr><br>end',
    );
  });
});
