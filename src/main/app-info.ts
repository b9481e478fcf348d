import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppInfo } from '@shared/bridge';
import { fromDataScript } from '@shared/data-script';
import { CONTENT_FILES } from '@shared/handbook-data';

/** The content edition from the built start file (meta.edition), or "unknown". */
export async function readContentEdition(rendererRoot: string): Promise<string> {
  try {
    const source = await readFile(join(rendererRoot, CONTENT_FILES.start), 'utf8');
    const data = fromDataScript(source, 'start');
    const edition = (data as { meta?: { edition?: unknown } } | null)?.meta?.edition;
    return typeof edition === 'string' && edition.length > 0 && edition.length <= 100 ? edition : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** getAppInfo, with the edition read once and remembered. */
export function createAppInfo(appVersion: string, rendererRoot: string): () => Promise<AppInfo> {
  let edition: Promise<string> | undefined;
  return async () => {
    edition ??= readContentEdition(rendererRoot);
    return { appVersion, contentEdition: await edition, platform: 'desktop' };
  };
}

export function aboutMessage(productName: string, info: AppInfo): { message: string; detail: string } {
  return {
    message: productName,
    detail: `Version ${info.appVersion}\nContent edition ${info.contentEdition}\n\nGeneral information only, not a substitute for medical advice.`,
  };
}
