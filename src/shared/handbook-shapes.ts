import * as v from 'valibot';

/**
 * The parts of the handbook's data whose shape is the same in the content files and in the built
 * handbook: the content build checks the files against these, and the reader's types are inferred
 * from them (`handbook-data.ts`), so what a source or a region is is written once.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written `YYYY-MM-DD` (YAML may hand it over as a Date). */
export const IsoDate = v.pipe(
  v.union([v.string(), v.date()]),
  v.transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)),
  v.check((text) => {
    const parsed = new Date(`${text}T00:00:00Z`);
    // Date rolls 2026-02-30 over into March; a real date survives the round trip.
    return DATE.test(text) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text);
  }, 'must be a date like 2026-01-31'),
);

/** Non-empty text, trimmed. */
export const Text = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'is empty'));

/** A source a page, a warning sign or a region cites. */
export const SourceShape = v.strictObject({
  title: Text,
  publisher: Text,
  url: v.pipe(Text, v.url('must be a web address'), v.startsWith('https://', 'must start with https://')),
  /** The date the source was last checked. */
  accessed: IsoDate,
});

/** Phone numbers and services for one region; the reader picks one region at a time. */
export const RegionShape = v.strictObject({
  /** Short code such as "UK-SCT", "US", "OTHER". */
  code: v.pipe(Text, v.regex(/^[A-Z]+(?:-[A-Z]+)*$/, 'must be capital letters and hyphens, e.g. UK-SCT')),
  /** Name shown in the region picker, e.g. "UK – Scotland". */
  name: Text,
  /** The emergency number, e.g. "999". */
  emergency: Text,
  /** Where to get urgent same-day advice, e.g. "NHS 24 (call 111)". */
  urgent: Text,
  /** Who a pregnant woman calls now, day or night, e.g. "your maternity unit or midwife". */
  maternity: Text,
  /** Who to book an appointment with, e.g. "your GP". */
  doctor: Text,
  /** The national health service's own page(s) for these numbers. */
  sources: v.optional(v.array(SourceShape, 'must be a list'), []),
});
