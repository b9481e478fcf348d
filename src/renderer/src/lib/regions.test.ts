import { describe, expect, it } from 'vitest';
import type { Region } from '@shared/handbook-data';
import { applyRegion, pickRegion } from './regions';

const scotland: Region = {
  code: 'UK-SCT',
  name: 'UK – Scotland',
  emergency: '999',
  urgent: 'NHS 24 (call 111)',
  maternity: 'your maternity unit',
  doctor: 'your GP',
  sources: [],
};
const other: Region = {
  code: 'OTHER',
  name: 'Another country',
  emergency: 'your local emergency number',
  urgent: 'your doctor',
  maternity: 'your midwife',
  doctor: 'a doctor',
  sources: [],
};
const regions = [scotland, other];

describe('regions', () => {
  it('fills the chosen region into every kind of marked span', () => {
    const html =
      '<p>Call <span class="region-emergency">x</span> or <span class="region-urgent">y</span>.</p>' +
      '<p>Call <span class="region-maternity">z</span>; see <span class="region-doctor">w</span>.</p>';
    expect(applyRegion(html, scotland)).toBe(
      '<p>Call <span class="region-emergency">999</span> or <span class="region-urgent">NHS 24 (call 111)</span>.</p>' +
        '<p>Call <span class="region-maternity">your maternity unit</span>; see <span class="region-doctor">your GP</span>.</p>',
    );
  });

  it('escapes region text', () => {
    const html = '<span class="region-urgent">y</span>';
    expect(applyRegion(html, { ...scotland, urgent: '<b>&' })).toBe(
      '<span class="region-urgent">&#60;b&#62;&#38;</span>',
    );
  });

  it('keeps $ patterns in region text literal', () => {
    expect(
      applyRegion('<span class="region-doctor">y</span>', { ...scotland, doctor: 'call $& or $1' }),
    ).toBe('<span class="region-doctor">call $&#38; or $1</span>');
  });

  it('falls back to the default region for an unknown code, such as the old "UK"', () => {
    expect(pickRegion(regions, 'UK', 'OTHER')?.code).toBe('OTHER');
    expect(pickRegion(regions, '', 'UK-SCT')?.code).toBe('UK-SCT');
  });
});
