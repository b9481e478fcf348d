import { describe, expect, it } from 'vitest';
import { applyRegion, pickRegion } from './regions';

const regions = [
  { code: 'UK', name: 'United Kingdom', emergency: '999', urgent: 'NHS 111' },
  { code: 'OTHER', name: 'Another country', emergency: 'your local emergency number', urgent: 'your doctor' },
];

describe('regions', () => {
  it('fills the chosen region into the marked spans', () => {
    const html =
      '<p>Call <span class="region-emergency">x</span> or <span class="region-urgent">y</span>.</p>';
    expect(applyRegion(html, regions[0])).toBe(
      '<p>Call <span class="region-emergency">999</span> or <span class="region-urgent">NHS 111</span>.</p>',
    );
  });

  it('escapes region text', () => {
    const html = '<span class="region-urgent">y</span>';
    expect(applyRegion(html, { ...regions[0]!, urgent: '<b>&' })).toBe(
      '<span class="region-urgent">&#60;b&#62;&#38;</span>',
    );
  });

  it('keeps $ patterns in region text literal', () => {
    expect(
      applyRegion('<span class="region-urgent">y</span>', { ...regions[0]!, urgent: 'call $& or $1' }),
    ).toBe('<span class="region-urgent">call $&#38; or $1</span>');
  });

  it('falls back to the default region for an unknown code', () => {
    expect(pickRegion(regions, 'ZZ', 'OTHER')?.code).toBe('OTHER');
    expect(pickRegion(regions, '', 'UK')?.code).toBe('UK');
  });
});
