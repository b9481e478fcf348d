import { describe, expect, it } from 'vitest';
import { emptyForm, noteCount, readPrintForm } from './print-form';

const blank = emptyForm(undefined);

describe('readPrintForm', () => {
  it('an empty form prints standard size, no strip and an empty note box', () => {
    expect(readPrintForm(blank)).toEqual({
      ok: true,
      clinic: null,
      extras: { large: false, clinic: null, printout: {} },
    });
  });

  it('keeps what was typed, trimmed, and the saved clinic details', () => {
    const form = {
      ...emptyForm({ name: 'Riverside Surgery', phone: '01632 960000' }),
      patient: ' Sam Jones ',
      note: 'Rest.\nSee me in 2 weeks.',
      followUp: '2026-12-20',
      large: true,
    };
    expect(readPrintForm(form)).toEqual({
      ok: true,
      clinic: { name: 'Riverside Surgery', phone: '01632 960000' },
      extras: {
        large: true,
        clinic: { name: 'Riverside Surgery', phone: '01632 960000' },
        printout: { patient: 'Sam Jones', note: 'Rest.\nSee me in 2 weeks.', followUp: '2026-12-20' },
      },
    });
  });

  it('refuses a note that does not fit with its count, never cutting it', () => {
    expect(readPrintForm({ ...blank, note: 'x'.repeat(612) })).toEqual({
      ok: false,
      errors: { note: 'The note is 612 characters; at most 600 fit in the note box' },
    });
  });

  it('says which clinic detail is missing, in words a person can act on', () => {
    expect(readPrintForm({ ...blank, clinicName: 'Riverside', patient: 'Sam\u0007' })).toEqual({
      ok: false,
      errors: {
        patient: "The patient's name must be plain text on one line",
        clinicPhone: 'Enter the clinic phone too, or clear all the clinic details',
      },
    });
  });
});

describe('noteCount', () => {
  it('counts as the limit does and says how many are too many', () => {
    expect(noteCount('  hello  ')).toEqual({ text: '5 of 600 characters', over: false });
    expect(noteCount('x'.repeat(612))).toEqual({
      text: '612 of 600 characters: 12 too many for the note box',
      over: true,
    });
  });
});
