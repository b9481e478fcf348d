import { describe, expect, it } from 'vitest';
import type { Page } from '../../shared/handbook-data.ts';
import { pageBodyText } from './page-text.ts';
import { renderForTest } from './test-context.ts';

describe('page text', () => {
  const markdown = [
    'Intro with **bold**words and {{emergency}}.',
    '',
    '## Heat',
    '',
    '- one',
    '- two',
    '',
    '### Time',
    '',
    'Ten&nbsp;minutes &amp; rest.',
    '',
    ':::handout',
    'Handout text.',
    ':::',
    '',
    '## Rest',
    '',
    'Lie down.',
  ].join('\n');

  it('splits search sections at ## headings, keeps ### text, and leaves out the handout', () => {
    expect(renderForTest(markdown).sections).toEqual([
      { anchor: '', heading: '', text: 'Intro with boldwords and your local emergency number.' },
      { anchor: 'heat', heading: 'Heat', text: 'one two Time Ten minutes & rest.' },
      { anchor: 'rest', heading: 'Rest', text: 'Lie down.' },
    ]);
  });

  it('gives the whole page as plain text from its built HTML, handout included', () => {
    const page = { html: renderForTest(markdown).html } as Page;
    expect(pageBodyText(page)).toBe(
      'Intro with boldwords and your local emergency number. Heat one two Time Ten minutes & rest. One-page summary Handout text. Rest Lie down.',
    );
  });

  it('ends a callout label so it does not run into the text after it, unless it ends a sentence', () => {
    const boxes = [
      ':::pregnancy',
      'Ask a midwife.',
      ':::',
      '',
      ':::urgent[Call now!]',
      'Do not wait.',
      ':::',
    ].join('\n');
    expect(renderForTest(boxes).sections[0]?.text).toBe(
      'If you are pregnant: Ask a midwife. Call now! Do not wait.',
    );
  });
});
