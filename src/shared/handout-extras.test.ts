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

// The form shows these messages beside the field; a wrong one sends a clinician looking
// at the wrong box, so each field's own message is checked.
describe('the message for each field', () => {
  const over = (max: number) => 'x'.repeat(max + 1);
  it.each([
    ['name', over(HANDOUT_LIMITS.clinicName), 'The clinic name is 121 characters; at most 120 fit'],
    ['phone', over(HANDOUT_LIMITS.clinicPhone), 'The clinic phone is 41 characters; at most 40 fit'],
    ['address', over(HANDOUT_LIMITS.clinicAddress), 'The clinic address is 201 characters; at most 200 fit'],
    ['clinician', over(HANDOUT_LIMITS.clinician), 'The clinician name is 121 characters; at most 120 fit'],
    ['name', 'Riverside\tSurgery', 'The clinic name must be plain text on one line'],
    ['phone', '01632\n960000', 'The clinic phone must be plain text on one line'],
    ['address', '1 High St\r\nTown', 'The clinic address must be plain text on one line'],
    ['clinician', 'Dr\u0007Smith', 'The clinician name must be plain text on one line'],
  ])('clinic %s: %j', (field, value, message) => {
    const input = { name: 'Riverside Surgery', phone: '01632 960000', [field]: value };
    expect(checkClinic(input)).toEqual({ ok: false, errors: { [field]: message } });
  });

  it.each([
    ['patient', over(HANDOUT_LIMITS.patient), "The patient's name is 121 characters; at most 120 fit"],
    ['patient', 'Ann\nLee', "The patient's name must be plain text on one line"],
    // A control character anywhere, not only at the start or the end, is refused.
    ['note', 'Rest\u0007 and walk', 'The note must be plain text'],
    ['followUp', '2026-12-20x', 'The follow-up date must be a date such as 2026-12-20'],
    ['followUp', 'x2026-12-20', 'The follow-up date must be a date such as 2026-12-20'],
    ['followUp', '2026-02-30', 'The follow-up date is not a date in the calendar'],
  ])('printout %s: %j', (field, value, message) => {
    expect(checkPrintout({ [field]: value })).toEqual({ ok: false, errors: { [field]: message } });
  });
});
