import { mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { PrintoutFields } from '@shared/handout-extras';
import type { ClinicDetails } from '@shared/handout-extras';
import NoteBox from './NoteBox.svelte';
import ClinicStrip from './ClinicStrip.svelte';

let shown: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (shown) unmount(shown);
  shown = null;
  document.body.replaceChildren();
});

function noteBox(printout: PrintoutFields): HTMLElement {
  shown = mount(NoteBox, { target: document.body, props: { printout, language: 'en-GB' } });
  return document.body.querySelector('.print-note')!;
}

describe('NoteBox', () => {
  it('left empty, prints lines to write the name, follow-up and a note on', () => {
    const box = noteBox({});
    expect(box.querySelectorAll('.fill-line')).toHaveLength(4);
    expect(box.textContent).toContain('Patient’s name');
    expect(box.textContent).toContain('Follow-up');
    expect(box.textContent).toContain('Note');
  });

  it('filled in, prints the name, the date as people write it and the note with its line breaks', () => {
    const box = noteBox({ patient: 'Sam Jones', followUp: '2026-12-20', note: 'Rest.\nSee me in 2 weeks.' });
    expect(box.querySelectorAll('.fill-line')).toHaveLength(0);
    expect([...box.querySelectorAll('.fill-value')].map((e) => e.textContent)).toEqual([
      'Sam Jones',
      '20 December 2026',
    ]);
    expect(box.querySelector('.print-note-text')?.textContent).toBe('Note Rest.\nSee me in 2 weeks.');
  });
});

describe('ClinicStrip', () => {
  it('prints the clinic on one line, with address and clinician only when set', () => {
    const strip = (clinic: ClinicDetails) => {
      shown = mount(ClinicStrip, { target: document.body, props: { clinic } });
      const text = document.body.textContent?.replace(/\s+/g, ' ').trim();
      unmount(shown);
      shown = null;
      return text;
    };
    expect(strip({ name: 'Riverside Surgery', phone: '01632 960000' })).toBe(
      'Riverside Surgery · Phone 01632 960000',
    );
    expect(strip({ name: 'Riverside', phone: '0163', address: '1 River St', clinician: 'Dr Lee' })).toBe(
      'Riverside · Phone 0163 · 1 River St · Given by Dr Lee',
    );
  });
});
