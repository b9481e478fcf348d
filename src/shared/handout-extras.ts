import * as v from 'valibot';

/**
 * What a clinician adds to a handout: who gave it (set once, kept in the store) and, per
 * printout, the patient's name, a short note and a follow-up date (never stored). These are
 * printed beside the leaflet's own text and never change it. Defined once here for the reader's
 * print dialog, the print route and the handouts CLI.
 */

export const HANDOUT_LIMITS = {
  clinicName: 120,
  clinicPhone: 40,
  clinicAddress: 200,
  clinician: 120,
  patient: 120,
  /** What fits the note box on a one-page handout. */
  note: 600,
} as const;

/** Plain text on one line (a note may have line breaks); no control characters. */
const line = (max: number, what: string) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.maxLength(max, (issue) => `${what} is ${issue.received} characters; at most ${max} fit`),
    v.regex(/^[^\p{Cc}]*$/u, `${what} must be plain text on one line`),
  );

const noteText = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(
    HANDOUT_LIMITS.note,
    (issue) => `The note is ${issue.received} characters; at most ${HANDOUT_LIMITS.note} fit in the note box`,
  ),
  // Line breaks are kept; other control characters are not plain text.
  v.regex(/^(?:[^\p{Cc}]|\n)*$/u, 'The note must be plain text'),
);

/** An ISO date (YYYY-MM-DD) that exists in the calendar. */
const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'The follow-up date must be a date such as 2026-12-20'),
  v.check((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, 'The follow-up date is not a date in the calendar'),
);

/** Clinic details, set once in the reader and kept in the person's store. */
export const ClinicDetailsSchema = v.strictObject({
  name: line(HANDOUT_LIMITS.clinicName, 'The clinic name'),
  phone: line(HANDOUT_LIMITS.clinicPhone, 'The clinic phone'),
  address: v.optional(line(HANDOUT_LIMITS.clinicAddress, 'The clinic address')),
  clinician: v.optional(line(HANDOUT_LIMITS.clinician, 'The clinician name')),
});

/** One printout's own fields; all optional, never stored. */
const PrintoutFieldsSchema = v.strictObject({
  patient: v.optional(line(HANDOUT_LIMITS.patient, "The patient's name")),
  note: v.optional(noteText),
  followUp: v.optional(isoDate),
});

export type ClinicDetails = v.InferOutput<typeof ClinicDetailsSchema>;
export type PrintoutFields = v.InferOutput<typeof PrintoutFieldsSchema>;

/** Either the checked value or the messages a form (or the CLI) shows, one per field. */
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: Partial<Record<keyof T, string>> };

function check<T extends object>(schema: v.GenericSchema<unknown, T>, input: unknown): Checked<T> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const errors: Partial<Record<keyof T, string>> = {};
  for (const issue of result.issues) {
    const key = (v.getDotPath(issue) ?? '') as keyof T;
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Empty text fields are left out, so an empty form means "nothing to print". */
function withoutEmpty(input: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(input).filter((entry): entry is [string, string] => (entry[1] ?? '').trim() !== ''),
  );
}

export function checkClinic(input: Record<string, string | undefined>): Checked<ClinicDetails> | null {
  const fields = withoutEmpty(input);
  if (Object.keys(fields).length === 0) return null;
  return check(ClinicDetailsSchema, fields);
}

export function checkPrintout(input: Record<string, string | undefined>): Checked<PrintoutFields> {
  return check(PrintoutFieldsSchema, withoutEmpty(input));
}
