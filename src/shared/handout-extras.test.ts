import { describe, expect, it } from 'vitest';
import { checkClinic, checkPrintout, HANDOUT_LIMITS } from './handout-extras';

describe('clinic details', () => {
  it('is null when every field is empty, so nothing prints', () => {
    expect(checkClinic({ name: ' ', phone: '' })).toBeNull();
  });
  it('needs a name and a phone once anything is entered', () => {
    const checked = checkClinic({ address: '1 High Street' });
    expect(checked).toMatchObject({ ok: false });
    expect(checked?.ok === false && Object.keys(checked.errors).sort()).toEqual(['name', 'phone']);
  });
  it('keeps trimmed values and leaves out empty optional fields', () => {
    expect(checkClinic({ name: ' Riverside Surgery ', phone: '01632 960000', clinician: '' })).toEqual({
      ok: true,
      value: { name: 'Riverside Surgery', phone: '01632 960000' },
    });
  });
  it('refuses a line break in a one-line field', () => {
    expect(checkClinic({ name: 'A\nB', phone: '1' })).toMatchObject({
      ok: false,
      errors: { name: expect.any(String) },
    });
  });
});

describe('printout fields', () => {
  it('are all optional', () => {
    expect(checkPrintout({ patient: '', note: '', followUp: '' })).toEqual({ ok: true, value: {} });
  });
  it('refuses a note that does not fit, saying how long it is', () => {
    const note = 'x'.repeat(HANDOUT_LIMITS.note + 12);
    expect(checkPrintout({ note })).toEqual({
      ok: false,
      errors: { note: 'The note is 612 characters; at most 600 fit in the note box' },
    });
  });
  it('accepts a note of exactly the limit, with line breaks', () => {
    const note = `${'x'.repeat(HANDOUT_LIMITS.note - 2)}\ny`;
    expect(checkPrintout({ note })).toEqual({ ok: true, value: { note } });
  });
  it.each(['2026-02-30', '20-12-2026', 'tomorrow'])('refuses %s as a follow-up date', (followUp) => {
    expect(checkPrintout({ followUp })).toMatchObject({
      ok: false,
      errors: { followUp: expect.any(String) },
    });
  });
  it('accepts a real date', () => {
    expect(checkPrintout({ followUp: '2026-12-20' })).toEqual({
      ok: true,
      value: { followUp: '2026-12-20' },
    });
  });
});
