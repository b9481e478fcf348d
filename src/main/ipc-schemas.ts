import * as v from 'valibot';
import { MAX_EXTERNAL_URL_LENGTH, PdfRequestSchema, type IPC_CHANNEL } from '@shared/bridge';
import { ReaderStoreSchema } from '@shared/reader-store';

/**
 * Argument schemas for every bridge call, one tuple per channel. Objects are strict: an extra
 * field, a missing field or a wrong type rejects the whole call. The store is checked with the
 * same schema (src/shared/reader-store.ts) as when it is read back, size cap included.
 */
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const ExternalUrlSchema = text(MAX_EXTERNAL_URL_LENGTH);

type Channel = keyof typeof IPC_CHANNEL;

/** What each channel accepts after the event: exactly these arguments, nothing more. */
const IPC_ARGUMENTS = {
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
    const where = issue ? v.getDotPath(issue) : null;
    throw new IpcArgumentError(
      `invalid arguments for ${channel}: ${where ? `${where}: ` : ''}${issue?.message ?? 'unknown issue'}`,
    );
  }
  return result.output as IpcArguments[K];
}
