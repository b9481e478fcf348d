import { describe, expect, it } from 'vitest';
import { cssString, pageRule } from './page-size';

describe('pageRule', () => {
  it('sets the paper size and the running header and footer', () => {
    const css = pageRule('Letter', {
      handbookTitle: 'Back "Cramps"',
      documentTitle: 'Self-care',
      reviewed: 'Last reviewed 1 May',
    });
    expect(css).toContain('size: letter portrait;');
    expect(css).toContain('@top-left { content: "Back \\"Cramps\\""');
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages)');
    expect(css).toContain('"Last reviewed 1 May"');
    expect(pageRule('A4', { handbookTitle: '', documentTitle: '', reviewed: '' })).toContain(
      'size: A4 portrait;',
    );
  });

  it('prints the running text, page numbers too, larger in large print', () => {
    const text = { handbookTitle: 'T', documentTitle: 'D', reviewed: 'R' };
    expect(pageRule('A4', text)).toContain('font: 9pt/');
    expect(pageRule('A4', { ...text, large: true })).toMatch(
      /@bottom-right \{[^}]*font: 13pt\/1\.2 'Liberation Sans'/,
    );
  });

  it('escapes text so it cannot end the string or the rule', () => {
    expect(cssString('a\\b"c\nd')).toBe('"a\\\\b\\"c d"');
  });
});
