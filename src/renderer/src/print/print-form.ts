import { checkClinic, checkPrintout, HANDOUT_LIMITS, type ClinicDetails } from '@shared/handout-extras';
import type { HandoutExtras } from '@shared/print-route';

/** What the print dialog's fields hold, as typed (plain strings; the date input gives YYYY-MM-DD). */
export interface PrintFormValues {
  patient: string;
  note: string;
  followUp: string;
  large: boolean;
  clinicName: string;
  clinicPhone: string;
  clinicAddress: string;
  clinician: string;
}

export type FormField = Exclude<keyof PrintFormValues, 'large'>;

/** The fields in the order the dialog shows them: the first one with a problem gets focus. */
export const FIELD_ORDER: readonly FormField[] = [
  'patient',
  'note',
  'followUp',
  'clinicName',
  'clinicPhone',
  'clinicAddress',
  'clinician',
];

export type FormResult =
  | { ok: true; extras: HandoutExtras; clinic: ClinicDetails | null }
  | { ok: false; errors: Partial<Record<FormField, string>> };

const CLINIC_FIELDS = {
  name: 'clinicName',
  phone: 'clinicPhone',
  address: 'clinicAddress',
  clinician: 'clinician',
} as const satisfies Record<keyof ClinicDetails, FormField>;

/**
 * Checks the dialog's fields with the shared schemas (the same rules as the print route and the
 * CLI). Nothing is cut to fit: a note that is too long is refused with its count.
 */
export function readPrintForm(values: PrintFormValues): FormResult {
  const errors: Partial<Record<FormField, string>> = {};
  const printout = checkPrintout({ patient: values.patient, note: values.note, followUp: values.followUp });
  if (!printout.ok) Object.assign(errors, printout.errors);
  const clinicInput = {
    name: values.clinicName,
    phone: values.clinicPhone,
    address: values.clinicAddress,
    clinician: values.clinician,
  };
  const clinic = checkClinic(clinicInput);
  if (clinic && !clinic.ok) {
    for (const [key, field] of Object.entries(CLINIC_FIELDS) as [keyof ClinicDetails, FormField][]) {
      const message = clinic.errors[key];
      if (!message) continue;
      // A missing name or phone: the schema's own words name a key, not what to do.
      errors[field] = clinicInput[key].trim()
        ? message
        : `Enter the clinic ${key === 'name' ? 'name' : 'phone'} too, or clear all the clinic details`;
    }
  }
  if (!printout.ok || (clinic && !clinic.ok)) return { ok: false, errors };
  return {
    ok: true,
    clinic: clinic?.value ?? null,
    extras: { large: values.large, clinic: clinic?.value ?? null, printout: printout.value },
  };
}

/** The note's live count, e.g. "212 of 600 characters", and whether it is over. */
export function noteCount(note: string): { text: string; over: boolean } {
  const length = note.trim().length;
  const max = HANDOUT_LIMITS.note;
  return length > max
    ? { text: `${length} of ${max} characters: ${length - max} too many for the note box`, over: true }
    : { text: `${length} of ${max} characters`, over: false };
}

/** The form's starting values: the saved clinic details, and nothing about any patient. */
export function emptyForm(clinic: ClinicDetails | undefined): PrintFormValues {
  return {
    patient: '',
    note: '',
    followUp: '',
    large: false,
    clinicName: clinic?.name ?? '',
    clinicPhone: clinic?.phone ?? '',
    clinicAddress: clinic?.address ?? '',
    clinician: clinic?.clinician ?? '',
  };
}
