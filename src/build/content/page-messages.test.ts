import { describe, expect, it } from 'vitest';
import { formatProblem, Reporter, type Problem } from './problems.ts';
import { parseDrawing } from './svg-drawing.ts';
import { parseSynonyms } from './synonyms.ts';
import { renderForTest } from './test-context.ts';

/**
 * The content build's messages that no fixture handbook shows, each pinned with its position on
 * a few lines of Markdown or YAML (the fixtures in build-handbook.test.ts and signs-errors.test.ts
 * pin the others).
 */
describe('page messages at line:column', () => {
  it('blocks: a handout in a handout, an attribute a block or :term does not take, a :term with no text', () => {
    const { messages } = renderForTest(
      [
        '::::handout',
        ':::handout',
        'Inner.',
        ':::',
        '::::',
        '',
        ':::key-points{colour=red}',
        'Rest.',
        ':::',
        '',
        'A :term[sciatica]{lang=en} and :term[ ]{id=sciatica}.',
      ].join('\n'),
    );
    expect(messages).toEqual([
      '2:1: a :::handout block cannot contain another',
      '7:1: ":::key-points" does not take the attribute "colour"',
      '11:3: ":term" does not take the attribute "lang" (only id)',
      '11:32: a glossary reference needs text, e.g. :term[sciatica]',
    ]);
  });

  it('ids: a callout id that is not a slug, an empty heading', () => {
    const { messages } = renderForTest([':::key-points{#key--points}', 'Rest.', ':::', '', '##', ''].join('\n'));
    expect(messages).toEqual([
      '1:1: the id "key--points" may only use a-z, 0-9 and hyphens',
      '5:1: empty heading',
    ]);
  });

  it('snippets: no id, another attribute', () => {
    expect(renderForTest('::snippet\n\n::snippet{id=x name=y}\n').messages).toEqual([
      '1:1: ::snippet needs an id, e.g. ::snippet{id=pain-relief-in-pregnancy}',
      '3:1: "::snippet" does not take the attribute "name" (only id)',
      '3:1: unknown snippet "x" (no file content/snippets/x.md)',
    ]);
  });

  it('images: another kind of file, a file that is not a picture', () => {
    const { messages } = renderForTest('![A plan](images/plan.pdf)\n\n![A heat pack](images/bad.png)\n', {
      readImage: (path) => (path === 'images/bad.png' ? Buffer.from('not a picture') : null),
    });
    expect(messages).toEqual([
      '1:1: image "images/plan.pdf" must be a .png, .jpg or .svg file in content/images',
      '3:1: content/images/bad.png is not a readable PNG or JPEG file',
    ]);
  });
});

describe('drawing and synonym messages at file:line:column', () => {
  const problemsOf = (parse: (reporter: Reporter) => unknown, file: string): string[] => {
    const found: Problem[] = [];
    parse(new Reporter(file, found));
    return found.map(formatProblem);
  };

  it('words in a drawing', () => {
    const svg = '<svg width="20" height="10">\n  <g>Hug</g>\n</svg>\n';
    expect(problemsOf((r) => parseDrawing(svg, r), 'knee.svg')).toEqual([
      'knee.svg:2:6: a drawing has no words in it: say it in the alt text or the page',
    ]);
  });

  it('groups that are not a list, an entry that is not a word', () => {
    expect(problemsOf((r) => parseSynonyms('groups: cramp\n', r), 'synonyms.yml')).toEqual([
      'synonyms.yml:1:9: "groups" in synonyms.yml must be a list of groups',
    ]);
    expect(problemsOf((r) => parseSynonyms('groups:\n  - [cramp, [spasm]]\n', r), 'synonyms.yml')).toEqual([
      'synonyms.yml:2:13: each entry of a synonym group must be a word or phrase',
    ]);
  });
});
