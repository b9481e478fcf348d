import * as v from 'valibot';
import type { IPC_CHANNEL } from '@shared/bridge';

/**
 * Argument schemas for every bridge call, one tuple per channel. Objects are strict: an extra
 * field, a missing field or a wrong type rejects the whole call. String limits match what
 * `parseStore` accepts when the store is read back.
 */
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));

export const SettingsSchema = v.strictObject({
  theme: v.picklist(['system', 'light', 'dark', 'contrast']),
  fontScale: v.pipe(v.number(), v.finite(), v.minValue(50), v.maxValue(400)),
  region: text(20),
  lastRoute: text(500),
  lastScroll: nonNegative,
});

export const BookmarkSchema = v.strictObject({
  slug: text(200),
  anchor: text(200),
  label: text(500),
  created: text(40),
});

export const RecentPageSchema = v.strictObject({ slug: text(200), visited: text(40) });

export const ReaderStoreSchema = v.strictObject({
  version: v.literal(1),
  settings: SettingsSchema,
  // Generous bounds: a person's own bookmarks, but not an unbounded payload.
  bookmarks: v.pipe(v.array(BookmarkSchema), v.maxLength(5000)),
  recent: v.pipe(v.array(RecentPageSchema), v.maxLength(200)),
});

export const PdfRequestSchema = v.strictObject({
  suggestedName: text(255),
  pageSize: v.picklist(['A4', 'Letter']),
});

export const ExternalUrlSchema = text(2048);

type Channel = keyof typeof IPC_CHANNEL;

/** What each channel accepts after the event: exactly these arguments, nothing more. */
export const IPC_ARGUMENTS = {
  getAppInfo: v.strictTuple([]),
  loadStore: v.strictTuple([]),
  saveStore: v.strictTuple([ReaderStoreSchema]),
  print: v.strictTuple([]),
  saveAsPdf: v.strictTuple([PdfRequestSchema]),
  openExternal: v.strictTuple([ExternalUrlSchema]),
} as const satisfies Record<Channel, v.GenericSchema<unknown[]>>;

export type IpcArguments = { [K in Channel]: v.InferOutput<(typeof IPC_ARGUMENTS)[K]> };

export class IpcArgumentError extends Error {}

export function parseIpcArguments<K extends Channel>(channel: K, args: unknown[]): IpcArguments[K] {
  const result = v.safeParse(IPC_ARGUMENTS[channel], args);
  if (!result.success) {
    const issue = result.issues[0];
    throw new IpcArgumentError(`invalid arguments for ${channel}: ${issue?.message ?? 'unknown issue'}`);
  }
  return result.output as IpcArguments[K];
}
