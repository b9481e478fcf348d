import * as v from 'valibot';
import { ClinicDetailsSchema } from './handout-extras';

/**
 * The reader's store: everything it remembers about a person, kept as one document. Its shape
 * and limits are defined here once; the renderer's loader, the preload and the main process all
 * check it with this schema, and the types are inferred from it.
 */

/** The limits the reader itself keeps to; a store outside them was not written by the reader. */
export const STORE_LIMITS = {
  /** Recent pages remembered. */
  recent: 12,
  bookmarks: 1000,
  /** A route longer than this is not worth remembering. */
  route: 400,
  slug: 200,
  label: 500,
  timestamp: 40,
  /** Region codes are checked against the handbook's own list where they are used. */
  region: 20,
  /** The whole store as saved (JSON, UTF-8 bytes). */
  bytes: 256 * 1024,
} as const;

/** Text size as a percentage of the default, in steps of 10. */
export const FONT_SCALE = { min: 80, max: 200, step: 10, default: 100 } as const;

export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const SettingsSchema = v.strictObject({
  theme: v.picklist(THEMES),
  fontScale: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(FONT_SCALE.min),
    v.maxValue(FONT_SCALE.max),
    v.multipleOf(FONT_SCALE.step),
  ),
  /** Region code for emergency numbers, e.g. "UK"; "" until the person picks one. */
  region: text(STORE_LIMITS.region),
  /** Last route the reader had open, e.g. "#/page/self-care", and its scroll offset. */
  lastRoute: text(STORE_LIMITS.route),
  lastScroll: v.pipe(v.number(), v.finite(), v.minValue(0)),
  /** Printed as a strip on every handout; absent until a clinician enters it. */
  clinic: v.optional(ClinicDetailsSchema),
});

const BookmarkSchema = v.strictObject({
  slug: text(STORE_LIMITS.slug),
  /** Heading id, or "" for the whole page. */
  anchor: text(STORE_LIMITS.slug),
  /** Label shown in the list, e.g. "Self-care — Heat". */
  label: text(STORE_LIMITS.label),
  /** ISO timestamp. */
  created: text(STORE_LIMITS.timestamp),
});

const RecentPageSchema = v.strictObject({
  slug: text(STORE_LIMITS.slug),
  /** ISO timestamp of the last visit. */
  visited: text(STORE_LIMITS.timestamp),
});

export const ReaderStoreSchema = v.pipe(
  v.strictObject({
    version: v.literal(1),
    settings: SettingsSchema,
    bookmarks: v.pipe(v.array(BookmarkSchema), v.maxLength(STORE_LIMITS.bookmarks)),
    recent: v.pipe(v.array(RecentPageSchema), v.maxLength(STORE_LIMITS.recent)),
  }),
  v.check(
    (store) => byteLength(JSON.stringify(store)) <= STORE_LIMITS.bytes,
    `the store is larger than ${STORE_LIMITS.bytes / 1024} KB`,
  ),
);

export type ThemeChoice = (typeof THEMES)[number];
export type Settings = v.InferOutput<typeof SettingsSchema>;
export type Bookmark = v.InferOutput<typeof BookmarkSchema>;
export type RecentPage = v.InferOutput<typeof RecentPageSchema>;
export type ReaderStore = v.InferOutput<typeof ReaderStoreSchema>;

function defaultSettings(): Settings {
  return { theme: 'system', fontScale: FONT_SCALE.default, region: '', lastRoute: '', lastScroll: 0 };
}

export function defaultStore(): ReaderStore {
  return { version: 1, settings: defaultSettings(), bookmarks: [], recent: [] };
}

/** Saved or sent data that is not a store the reader wrote; the message says what is wrong. */
export class StoreFormatError extends Error {}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Where in the store the first problem is, e.g. "settings.fontScale: Invalid value…". */
function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'the saved data is not a reader store';
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Checks a store (from disk, storage or IPC) against the schema; throws StoreFormatError. */
export function validateStore(value: unknown): ReaderStore {
  const result = v.safeParse(ReaderStoreSchema, value);
  if (!result.success) throw new StoreFormatError(describeIssue(result.issues[0]));
  return result.output;
}

/**
 * Reads saved data strictly: anything that is not a store the reader wrote is reported, so the
 * caller can keep the bad copy aside and tell the person, rather than silently dropping it.
 */
export function parseStore(text: string): ReaderStore {
  // Checked before parsing, so a huge file costs no time (a string is never longer than its bytes).
  if (text.length > STORE_LIMITS.bytes) throw new StoreFormatError('the saved file is too large');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new StoreFormatError('the saved file is not valid JSON');
  }
  return validateStore(raw);
}

/**
 * What can be kept from saved data the schema refused: each setting that is valid on its own
 * (the rest back to its default), and each valid bookmark and recent page. One value outside
 * today's limits, say a text size an older version allowed, then costs that value only, not the
 * person's bookmarks. Null when the text is not a store at all (not JSON, not an object, too large).
 */
export function salvageStore(text: string): ReaderStore | null {
  if (text.length > STORE_LIMITS.bytes) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(raw)) return null;
  const savedSettings = isRecord(raw.settings) ? raw.settings : {};
  const defaults: Record<string, unknown> = defaultSettings();
  const settings = Object.fromEntries(
    Object.entries(SettingsSchema.entries).map(([key, schema]) => {
      const result = v.safeParse(schema, savedSettings[key]);
      return [key, result.success ? result.output : defaults[key]];
    }),
  );
  const store = {
    version: 1,
    settings,
    bookmarks: validItems(raw.bookmarks, BookmarkSchema, STORE_LIMITS.bookmarks),
    recent: validItems(raw.recent, RecentPageSchema, STORE_LIMITS.recent),
  };
  const result = v.safeParse(ReaderStoreSchema, store);
  return result.success ? result.output : null;
}

function validItems<T>(list: unknown, schema: v.GenericSchema<unknown, T>, max: number): T[] {
  if (!Array.isArray(list)) return [];
  return list
    .flatMap((item) => {
      const result = v.safeParse(schema, item);
      return result.success ? [result.output] : [];
    })
    .slice(0, max);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The store as saved: checked, then compact JSON, so the size cap is the same on disk, in
 * browser storage and over IPC. Throws StoreFormatError for a store outside the limits.
 */
export function serializeStore(store: ReaderStore): string {
  return JSON.stringify(validateStore(store));
}
