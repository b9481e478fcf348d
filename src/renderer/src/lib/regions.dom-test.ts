import { describe, expect, it } from 'vitest';
import type { Region } from '@shared/handbook-data';
import { fillRegionWords, pickRegion } from './regions';

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

function filled(html: string, region: Region | undefined): string {
  const root = document.createElement('div');
  root.innerHTML = html;
  fillRegionWords(root, region);
  return root.innerHTML;
}

describe('regions', () => {
  it('fills the chosen region into every kind of marked span', () => {
    const html =
      '<p>Call <span class="region-emergency">x</span> or <span class="region-urgent">y</span>.</p>' +
      '<p>Call <span class="region-maternity">z</span>; see <span class="region-doctor">w</span>.</p>';
    expect(filled(html, scotland)).toBe(
      '<p>Call <span class="region-emergency">999</span> or <span class="region-urgent">NHS 24 (call 111)</span>.</p>' +
        '<p>Call <span class="region-maternity">your maternity unit</span>; see <span class="region-doctor">your GP</span>.</p>',
    );
    // Another region replaces the first one's words.
    expect(filled(filled(html, scotland), other)).toContain(
      '<span class="region-emergency">your local emergency number</span>',
    );
  });

  it('puts region words in as text, never as markup', () => {
    expect(filled('<span class="region-urgent">y</span>', { ...scotland, urgent: '<b>&' })).toBe(
      '<span class="region-urgent">&lt;b&gt;&amp;</span>',
    );
  });

  it('leaves words that are already right alone, so a find-in-page mark in them stays', () => {
    const root = document.createElement('div');
    root.innerHTML = '<span class="region-emergency"><mark>999</mark></span>';
    const mark = root.querySelector('mark');
    fillRegionWords(root, scotland);
    expect(root.querySelector('mark')).toBe(mark);
  });

  it('leaves the build’s words when no region is known', () => {
    expect(filled('<span class="region-doctor">a doctor</span>', undefined)).toBe(
      '<span class="region-doctor">a doctor</span>',
    );
  });

  it('falls back to the default region for an unknown code, such as the old "UK"', () => {
    expect(pickRegion(regions, 'UK', 'OTHER').code).toBe('OTHER');
    expect(pickRegion(regions, '', 'UK-SCT').code).toBe('UK-SCT');
    // The content build refuses a handbook without regions, so this is a damaged install.
    expect(() => pickRegion([], 'UK', 'OTHER')).toThrow(/no regions/);
  });
});
